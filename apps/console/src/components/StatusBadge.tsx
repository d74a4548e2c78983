import { Badge, Box } from "@mantine/core";

interface StatusBadgeProps {
  label: string;
  /** A Mantine colour for the dot, e.g. "green.8"; the words carry the meaning, the colour only helps. */
  dotColor: string;
}

/**
 * A status as words on a plain badge with a coloured dot, so the text keeps
 * full contrast whatever the colour (WCAG 1.4.3) and colour is never the only cue.
 */
export function StatusBadge({ label, dotColor }: StatusBadgeProps) {
  return (
    <Badge
      variant="default"
      radius="sm"
      tt="none"
      fw={600}
      leftSection={<Box component="span" aria-hidden="true" w={8} h={8} bg={dotColor} style={{ borderRadius: "50%", display: "inline-block" }} />}
    >
      {label}
    </Badge>
  );
}
