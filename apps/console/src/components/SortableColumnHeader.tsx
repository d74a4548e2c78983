import { Table, UnstyledButton } from "@mantine/core";
import classes from "./SortableColumnHeader.module.css";

interface SortableColumnHeaderProps {
  label: string;
  /** "ASC"/"DESC" when the table is sorted by this column, otherwise null. */
  direction: "ASC" | "DESC" | null;
  onSort: () => void;
}

const arrows = { ASC: "▲", DESC: "▼" } as const;

/** A column heading that sorts the table when pressed; aria-sort tells screen readers the current order. */
export function SortableColumnHeader({ label, direction, onSort }: SortableColumnHeaderProps) {
  return (
    <Table.Th aria-sort={direction === "ASC" ? "ascending" : direction === "DESC" ? "descending" : undefined}>
      <UnstyledButton onClick={onSort} className={classes.button}>
        {label}
        <span aria-hidden="true" className={classes.arrow}>
          {direction ? arrows[direction] : "↕"}
        </span>
      </UnstyledButton>
    </Table.Th>
  );
}
