import type { WresTrendFieldsFragment } from "@ascent/client";
import type { TrendPoint } from "./charts/Sparkline";
import { formatNumber } from "./wresText";
import type { IndicatorKind } from "@ascent/client";

/** A trend's points as plain numbers per series (withheld and missing figures are null). */
export function trendPoints(trend: WresTrendFieldsFragment | null | undefined): TrendPoint[] {
  if (!trend) return [];
  const valueOf = (figure: { value: number | null; suppressed: boolean } | null) => (figure && !figure.suppressed ? figure.value : null);
  return trend.points.map((point) => ({
    year: point.year,
    organisation: valueOf(point.organisation),
    region: valueOf(point.region),
    england: valueOf(point.england),
  }));
}

/** "From 1.45 in 2016 to 1.16 in 2024 (England 1.65)", or null with fewer than two years. */
export function trendSummary(kind: IndicatorKind, points: readonly TrendPoint[]): string | null {
  const own = points.filter((point) => point.organisation !== null);
  if (own.length < 2) return own.length === 1 ? `Only ${own[0].year} has a figure.` : null;
  const first = own[0];
  const last = own[own.length - 1];
  const englandLast = points.find((point) => point.year === last.year)?.england ?? null;
  const england = englandLast === null ? "" : ` (England ${formatNumber(kind, englandLast)})`;
  return `From ${formatNumber(kind, first.organisation as number)} in ${first.year} to ${formatNumber(kind, last.organisation as number)} in ${last.year}${england}.`;
}
