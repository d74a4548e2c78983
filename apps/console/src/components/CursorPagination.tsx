import { Button, Group, Text } from "@mantine/core";

interface ConnectionPage {
  totalCount: number;
  pageInfo: { startCursor?: string | null; endCursor?: string | null };
}

interface CursorPaginationProps {
  /** What is being counted, for screen readers: "organisations". */
  noun: string;
  /** 1-based page number, from the list's position in the address. */
  page: number;
  pageSize: number;
  /** How many rows this page shows. */
  shown: number;
  connection: ConnectionPage;
  onPrevious: (startCursor: string) => void;
  onNext: (endCursor: string) => void;
}

/** "Showing 26–50 of 64" with Previous and Next, for any Relay connection paged by cursor. */
export function CursorPagination({ noun, page, pageSize, shown, connection, onPrevious, onNext }: CursorPaginationProps) {
  const { startCursor, endCursor } = connection.pageInfo;
  const firstRow = shown > 0 ? (page - 1) * pageSize + 1 : 0;
  const lastRow = firstRow > 0 ? firstRow + shown - 1 : 0;
  return (
    <Group justify="space-between" mt="md" component="nav" aria-label={`Pages of ${noun}`}>
      <Text size="sm" aria-live="polite">
        Showing {firstRow}–{lastRow} of {connection.totalCount}
      </Text>
      <Group gap="xs">
        <Button variant="default" onClick={() => startCursor && onPrevious(startCursor)} disabled={page <= 1 || !startCursor}>
          Previous
        </Button>
        <Button variant="default" onClick={() => endCursor && onNext(endCursor)} disabled={lastRow >= connection.totalCount || !endCursor}>
          Next
        </Button>
      </Group>
    </Group>
  );
}
