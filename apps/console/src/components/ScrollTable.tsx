import { Table, type TableProps, type TableScrollContainerProps } from "@mantine/core";
import type { ReactNode } from "react";
import classes from "./ScrollTable.module.css";

type ScrollTableProps = TableProps & Pick<TableScrollContainerProps, "minWidth"> & { caption: ReactNode };

/**
 * A table wider than a phone, scrolling sideways in its box, with a caption that stays within what the box shows.
 * The caption is still the table's <caption>, so it remains the table's accessible name.
 */
export function ScrollTable({ minWidth, caption, children, ...tableProps }: ScrollTableProps) {
  return (
    <Table.ScrollContainer minWidth={minWidth} className={classes.frame}>
      <Table {...tableProps}>
        <Table.Caption className={classes.caption}>
          <span className={classes.captionText}>{caption}</span>
        </Table.Caption>
        {children}
      </Table>
    </Table.ScrollContainer>
  );
}
