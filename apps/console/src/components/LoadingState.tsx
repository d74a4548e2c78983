import { Skeleton, Stack, VisuallyHidden } from "@mantine/core";

interface LoadingStateProps {
  /** Read out to screen readers, e.g. "Loading organisations". */
  label: string;
  /** How many placeholder lines to draw; roughly the shape of what is coming. */
  lines?: number;
}

/** Placeholder shapes while data loads, so the page does not jump when it arrives. */
export function LoadingState({ label, lines = 6 }: LoadingStateProps) {
  return (
    <Stack gap="sm" my="md" aria-busy="true" role="status">
      <VisuallyHidden>{label}</VisuallyHidden>
      {Array.from({ length: lines }, (_, index) => (
        <Skeleton key={index} height={index === 0 ? 36 : 28} radius="sm" />
      ))}
    </Stack>
  );
}
