import type { KirkpatrickLevel } from "@ascent/client";
import { Badge } from "@mantine/core";
import { kirkpatrickLabels, levelColours } from "./evaluationWording";

/** Which Kirkpatrick level a question or figure evidences. Light badge, dark text: readable in every colour. */
export function KirkpatrickBadge({ level }: { level: KirkpatrickLevel }) {
  return (
    <Badge color={levelColours[level]} variant="light" c="dark.8" tt="none" style={{ whiteSpace: "normal", height: "auto" }}>
      {kirkpatrickLabels[level]}
    </Badge>
  );
}
