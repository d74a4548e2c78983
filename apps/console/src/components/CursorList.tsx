import { Box, Button, Group, Select, Table, VisuallyHidden } from "@mantine/core";
import type { CSSProperties, ReactNode } from "react";
import type { CombinedError } from "urql";
import classes from "./CursorList.module.css";
import { CursorPagination } from "./CursorPagination";
import { EmptyState } from "./EmptyState";
import { ErrorState } from "./ErrorState";
import { LoadingState } from "./LoadingState";
import { SortableColumnHeader } from "./SortableColumnHeader";
import type { CursorListParams } from "./useCursorListParams";

export interface ListColumn<Row, Field extends string = never> {
  /** The column's heading; on a phone, the label before each value ("" for none, e.g. the row's name). */
  header: string;
  /** Read out instead of a visible heading (e.g. "Actions" for a column of buttons). */
  hiddenHeader?: boolean;
  cell: (row: Row) => ReactNode;
  nowrap?: boolean;
  /** The api's sort field, when the list can be sorted by this column. */
  sortField?: Field;
  /** Show no label before the value on a phone (the row's name or its buttons). */
  unlabelledOnPhone?: boolean;
}

interface Connection<Row> {
  totalCount: number;
  pageInfo: { startCursor?: string | null; endCursor?: string | null };
  edges: readonly { node: Row }[];
}

interface CursorListProps<Row, Field extends string> {
  /** What the rows are, plural and lower case: "organisations". */
  noun: string;
  /** Read out before the table, e.g. "Organisations, by name". */
  caption: string;
  list: CursorListParams<Field>;
  pageSize: number;
  connection: Connection<Row> | undefined;
  fetching: boolean;
  error: CombinedError | undefined;
  retry: () => void;
  columns: readonly ListColumn<Row, Field>[];
  rowKey: (row: Row) => string;
  /** The list's filter controls; "Clear filters" is added when any is set. */
  filters?: ReactNode;
  /** Shown when there is nothing at all (no filters set). */
  empty: { title: string; description: ReactNode; action?: ReactNode };
  /** Shown when the filters match nothing. */
  noMatch?: { title?: string; description?: string };
  /** The table's width below which it scrolls sideways (wide screens); phones get stacked rows instead. */
  minWidth?: number;
}

/**
 * Every list page's building block: filters, the table (stacked rows on a
 * phone), paging, and the loading, empty, no-match and error states.
 */
export function CursorList<Row, Field extends string = never>(props: CursorListProps<Row, Field>) {
  const { noun, list, connection, error, retry } = props;
  const rows = connection?.edges.map((edge) => edge.node) ?? [];
  const sortable = props.columns.filter((column) => column.sortField);

  function results() {
    if (error && !connection) return <ErrorState error={error} onRetry={retry} />;
    if (!connection) return <LoadingState label={`Loading ${noun}`} lines={8} />;
    if (rows.length === 0) {
      return list.hasFilters ? (
        <EmptyState
          title={props.noMatch?.title ?? `No ${noun} match`}
          description={props.noMatch?.description ?? "Try a different search, or remove some filters."}
          action={
            <Button variant="default" onClick={list.clearFilters}>
              Clear filters
            </Button>
          }
        />
      ) : (
        <EmptyState {...props.empty} />
      );
    }
    return (
      <>
        <div className={classes.scroll} style={{ "--list-min-width": `${props.minWidth ?? 800}px` } as CSSProperties}>
          <Table striped highlightOnHover verticalSpacing="sm" className={classes.table}>
            <Table.Caption>
              <VisuallyHidden>{props.caption}</VisuallyHidden>
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                {props.columns.map((column) =>
                  column.sortField && list.sort ? (
                    <SortableColumnHeader
                      key={column.header}
                      label={column.header}
                      direction={list.sort.field === column.sortField ? list.sort.direction : null}
                      onSort={() => list.sortBy(column.sortField!)}
                    />
                  ) : (
                    <Table.Th key={column.header}>{column.hiddenHeader ? <VisuallyHidden>{column.header}</VisuallyHidden> : column.header}</Table.Th>
                  ),
                )}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={props.rowKey(row)}>
                  {props.columns.map((column) => (
                    <Table.Td
                      key={column.header}
                      data-label={column.unlabelledOnPhone || column.hiddenHeader ? "" : column.header}
                      className={column.nowrap ? classes.nowrap : undefined}
                    >
                      {/* One element per cell, so the phone layout's label and value sit side by side. */}
                      <div>{column.cell(row)}</div>
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </div>
        <CursorPagination
          noun={noun}
          page={list.position.page}
          pageSize={props.pageSize}
          shown={rows.length}
          connection={connection}
          onPrevious={list.goToPreviousPage}
          onNext={list.goToNextPage}
        />
      </>
    );
  }

  return (
    <>
      {props.filters || (sortable.length > 0 && list.sort) ? (
        <Group align="flex-end" gap="md" mb="md" role="search" aria-label={`Filter ${noun}`}>
          {props.filters}
          {sortable.length > 0 && list.sort ? (
            // Column headings sort wide tables; a phone's stacked rows have none, so it gets this instead.
            <Select
              hiddenFrom="sm"
              label="Sort by"
              allowDeselect={false}
              data={sortable.map((column) => ({ value: column.sortField!, label: column.header }))}
              value={list.sort.field}
              onChange={(field) => field && list.sortBy(field as Field)}
              w="100%"
            />
          ) : null}
          {list.hasFilters ? (
            <Button variant="subtle" onClick={list.clearFilters}>
              Clear filters
            </Button>
          ) : null}
        </Group>
      ) : null}
      {error && connection ? <ErrorState error={error} onRetry={retry} /> : null}
      <Box aria-busy={props.fetching}>{results()}</Box>
    </>
  );
}
