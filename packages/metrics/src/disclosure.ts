import { DisclosureLevel, DisclosureStatus } from "@ascent/domain";
import { computeIndicator } from "./compute";
import { type DisclosureSettings, resolveDisclosureSettings } from "./settings";
import type { IndicatorCounts, IndicatorResult } from "./types";

/**
 * Round a whole number half up to the nearest multiple of `roundTo`, in
 * integer arithmetic (no floating-point surprises): 12 → 10, 13 → 15, and the
 * halfway 12.5 cannot occur; with `roundTo` 10, 15 → 20.
 */
export function roundHalfUpTo(count: number, roundTo: number): number {
  return Math.floor((2 * count + roundTo) / (2 * roundTo)) * roundTo;
}

/**
 * Disclosure control of one count: 0 stays 0; 1 to `suppressBelowOrEqual`
 * becomes null (suppressed); anything else is rounded half up to the nearest
 * `roundTo`. Should rounding ever land in 1 to `suppressBelowOrEqual` (only
 * possible with unusual settings, such as a threshold of 11 with rounding to
 * 5), the count is suppressed too, so no shown count is ever in that range.
 */
export function controlCount(count: number, settings: Pick<DisclosureSettings, "suppressBelowOrEqual" | "roundTo">): number | null {
  if (!Number.isSafeInteger(count) || count < 0) throw new RangeError(`a count must be a whole number >= 0, got ${count}`);
  if (count === 0) return 0;
  if (count <= settings.suppressBelowOrEqual) return null;
  const rounded = roundHalfUpTo(count, settings.roundTo);
  return rounded <= settings.suppressBelowOrEqual ? null : rounded;
}

/**
 * THE disclosure-control function. Every figure that leaves the owning
 * organisation goes through it.
 *
 * - `NATIONAL`: national totals are released unsuppressed.
 * - `SUBNATIONAL`: every count goes through `controlCount` (1-7 suppressed,
 *   others rounded to 5 by default), then the value, interval and parity are
 *   recomputed from the rounded counts. So percentages come from the rounded
 *   figures, a ratio with a suppressed input is not shown (value null,
 *   `suppressed` true, reason `SUPPRESSED`), and an interval can never give
 *   away an exact count.
 *
 * Idempotent: a result that is already `CONTROLLED` comes back unchanged.
 */
export function applyDisclosureControl(
  result: IndicatorResult,
  settings: Partial<DisclosureSettings>,
  level: DisclosureLevel,
): IndicatorResult {
  const resolved = resolveDisclosureSettings(settings);
  if (result.disclosure === DisclosureStatus.CONTROLLED) return result;
  if (level === DisclosureLevel.NATIONAL) return { ...result, disclosure: DisclosureStatus.NATIONAL };
  const counts: Record<string, number | null> = {};
  for (const [name, count] of Object.entries(result.counts as IndicatorCounts)) {
    counts[name] = count === null ? null : controlCount(count, resolved);
  }
  return computeIndicator({
    code: result.code,
    metricCode: result.metricCode,
    familyId: result.familyId,
    label: result.label,
    disclosure: DisclosureStatus.CONTROLLED,
    counts,
    basis: result.basis,
    method: result.method,
  });
}
