import { Text, VisuallyHidden } from "@mantine/core";

/** Shown where an optional value is absent; read out as `spoken` ("none") rather than "dash". */
export function Absent({ spoken = "none" }: { spoken?: string }) {
  return (
    <>
      <Text span c="dimmed" aria-hidden="true">
        —
      </Text>
      <VisuallyHidden>{spoken}</VisuallyHidden>
    </>
  );
}
