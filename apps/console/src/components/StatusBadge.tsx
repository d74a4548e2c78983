import { Badge, Box } from "@mantine/core";

interface StatusBadgeProps {
  label: string;
  /** A Mantine colour for the dot, e.g. "green.7"; the words carry the meaning, the colour only helps. */
  dotColor: string;
}

/**
 * A status as dark words on a plain badge with a coloured dot, so the text
 * keeps full contrast whatever the colour (WCAG 1.4.3) and colour is never the
 * only cue. The badge never shrinks below its words: a status cut to "Pu…"
 * says nothing.
 */
export function StatusBadge({ label, dotColor }: StatusBadgeProps) {
  return (
    <Badge
      variant="default"
      radius="sm"
      tt="none"
      fw={600}
      c="var(--mantine-color-text)"
      miw="max-content"
      style={{ flexShrink: 0 }}
      styles={{ label: { overflow: "visible", textOverflow: "clip" } }}
      leftSection={<Box component="span" aria-hidden="true" w={8} h={8} bg={dotColor} style={{ borderRadius: "50%", display: "inline-block" }} />}
    >
      {label}
    </Badge>
  );
}
