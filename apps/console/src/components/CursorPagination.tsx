import { Button, Group, Text } from "@mantine/core";

interface CursorPaginationProps {
  /** 1-based position of the first row shown; 0 when nothing is shown. */
  firstRow: number;
  lastRow: number;
  totalCount: number;
  hasPrevious: boolean;
  hasNext: boolean;
  onPrevious: () => void;
  onNext: () => void;
  /** What is being counted, for screen readers: "organisations". */
  noun: string;
}

export function CursorPagination(props: CursorPaginationProps) {
  const { firstRow, lastRow, totalCount, hasPrevious, hasNext, onPrevious, onNext, noun } = props;
  return (
    <Group justify="space-between" mt="md" component="nav" aria-label={`Pages of ${noun}`}>
      <Text size="sm" aria-live="polite">
        Showing {firstRow}–{lastRow} of {totalCount}
      </Text>
      <Group gap="xs">
        <Button variant="default" onClick={onPrevious} disabled={!hasPrevious}>
          Previous
        </Button>
        <Button variant="default" onClick={onNext} disabled={!hasNext}>
          Next
        </Button>
      </Group>
    </Group>
  );
}
