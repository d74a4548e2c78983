import { IndicatorKind } from "@ascent/domain";
import type { IndicatorResult } from "./types";

export interface FormatOptions {
  /** Decimal places: default 2 for ratios and percentage points, 1 for percentages. */
  readonly decimals?: number;
}

/**
 * A result's value as text for people: `3.21` (relative likelihood), `14.7%`
 * (proportion, representation), `-0.64 pp` (difference, in percentage
 * points). Null when there is no value; say why with `result.reason`.
 */
export function formatIndicatorValue(
  result: Pick<IndicatorResult, "kind" | "value">,
  options: FormatOptions = {},
): string | null {
  return formatValue(result.kind, result.value, options);
}

export function formatValue(kind: IndicatorKind, value: number | null, options: FormatOptions = {}): string | null {
  if (value === null) return null;
  switch (kind) {
    case IndicatorKind.RELATIVE_LIKELIHOOD:
      return value.toFixed(options.decimals ?? 2);
    case IndicatorKind.PROPORTION:
    case IndicatorKind.REPRESENTATION:
      return `${(value * 100).toFixed(options.decimals ?? 1)}%`;
    case IndicatorKind.DIFFERENCE: {
      const text = (value * 100).toFixed(options.decimals ?? 2);
      return `${/^-0(\.0*)?$/.test(text) ? text.slice(1) : text} pp`;
    }
  }
}
