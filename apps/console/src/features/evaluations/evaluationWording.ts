import type { ChangeVerdict, KirkpatrickLevel } from "@ascent/client";
import { kirkpatrickLabels, selfRatingLabels } from "@ascent/domain";

export { kirkpatrickLabels, selfRatingLabels };

export const verdictLabels: Record<ChangeVerdict, string> = {
  ROSE: "Rose: the interval is above 0",
  FELL: "Fell: the interval is below 0",
  INCONCLUSIVE: "Inconclusive: the interval includes 0",
};

/** Kirkpatrick level badges in colours that keep AA contrast with dark text. */
export const levelColours: Record<KirkpatrickLevel, string> = {
  REACTION: "blue",
  LEARNING: "grape",
  BEHAVIOUR: "teal",
};

/** "+1.20", "−0.30" (a real minus sign), for changes on the 1-5 scale. */
export function signed(value: number): string {
  const fixed = Math.abs(value).toFixed(2);
  return value > 0 ? `+${fixed}` : value < 0 ? `−${fixed}` : fixed;
}

/** A figure that disclosure control may have withheld. */
export function shown(value: number | null | undefined, suffix = ""): string {
  return value === null || value === undefined ? "not shown" : `${value}${suffix}`;
}
