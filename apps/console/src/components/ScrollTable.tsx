import { Table, type TableProps, type TableScrollContainerProps } from "@mantine/core";
import type { ReactNode } from "react";
import classes from "./ScrollTable.module.css";

type ScrollTableProps = TableProps &
  Pick<TableScrollContainerProps, "minWidth"> & {
    caption: ReactNode;
    /** Makes the scrolling box a named region in the tab order, so a keyboard can scroll it (and a test can find it). */
    regionLabel?: string;
  };

/**
 * A table wider than a phone, scrolling sideways in its box, with a caption that stays within what the box shows.
 * The caption is still the table's <caption>, so it remains the table's accessible name.
 */
export function ScrollTable({ minWidth, caption, regionLabel, children, ...tableProps }: ScrollTableProps) {
  const table = (
    <Table miw={regionLabel ? minWidth : undefined} {...tableProps}>
      <Table.Caption className={classes.caption}>
        <span className={classes.captionText}>{caption}</span>
      </Table.Caption>
      {children}
    </Table>
  );
  if (regionLabel) {
    return (
      <div role="region" aria-label={regionLabel} tabIndex={0} className={`${classes.frame} ${classes.region}`}>
        {table}
      </div>
    );
  }
  return (
    <Table.ScrollContainer minWidth={minWidth} className={classes.frame}>
      {table}
    </Table.ScrollContainer>
  );
}
