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

/**
 * `value` to `decimals` places as text, rounding halves away from zero on the
 * decimal value people see: 14.65 → "14.7" even though 0.1465 * 100 is
 * 14.649999999999999 in binary floating point.
 */
export function toFixedHalfUp(value: number, decimals: number): string {
  if (!Number.isFinite(value)) return String(value);
  const factor = 10 ** decimals;
  // Drop binary noise beyond 12 significant digits before deciding which way a half goes.
  const scaled = Math.round(Number((Math.abs(value) * factor).toPrecision(12)));
  const rounded = scaled === 0 ? 0 : (Math.sign(value) * scaled) / factor;
  return rounded.toFixed(decimals);
}

export function formatValue(kind: IndicatorKind, value: number | null, options: FormatOptions = {}): string | null {
  if (value === null) return null;
  switch (kind) {
    case IndicatorKind.RELATIVE_LIKELIHOOD:
      return toFixedHalfUp(value, options.decimals ?? 2);
    case IndicatorKind.PROPORTION:
    case IndicatorKind.REPRESENTATION:
      return `${toFixedHalfUp(value * 100, options.decimals ?? 1)}%`;
    case IndicatorKind.DIFFERENCE:
      return `${toFixedHalfUp(value * 100, options.decimals ?? 2)} pp`;
  }
}
