import type { ImpactNullReason, ImpactVerdict, OutcomeGroup } from "@ascent/client";
import { AFC_BANDS_IN_ORDER, afcBandLabels, type AfcBand, CareerOutcomeKind, careerOutcomeKindLabels } from "@ascent/domain";
import { toFixedHalfUp } from "@ascent/metrics";

/** 0.4167 → "41.7%". */
const toFixedHalfUpPercent = (fraction: number) => `${toFixedHalfUp(fraction * 100, 1)}%`;

export const kindOptions = Object.values(CareerOutcomeKind).map((kind) => ({ value: kind, label: careerOutcomeKindLabels[kind] }));
export const bandOptions = AFC_BANDS_IN_ORDER.map((band) => ({ value: band, label: afcBandLabels[band] }));
export const bandLabel = (band: AfcBand | null | undefined) => (band ? afcBandLabels[band] : "–");

/** "Band 6 → Band 7", "Band 6", or nothing when no band applies. */
export function bandChange(before: AfcBand | null | undefined, after: AfcBand | null | undefined): string {
  if (before && after && before !== after) return `${afcBandLabels[before]} → ${afcBandLabels[after]}`;
  if (before ?? after) return afcBandLabels[(before ?? after) as AfcBand];
  return "";
}

export const percent = (value: number | null | undefined) => (value === null || value === undefined ? "–" : toFixedHalfUpPercent(value));
export const points = (value: number | null | undefined) => (value === null || value === undefined ? "–" : `${value >= 0 ? "+" : "−"}${toFixedHalfUpPercent(Math.abs(value)).replace("%", "")} points`);

/** Why a group has no share, in words. */
export const whyNoShare: Record<ImpactNullReason, string> = {
  NOT_YET: "Nobody has reached this point yet",
  SUPPRESSED: "Not shown: fewer than 8 promoted or not promoted",
  EMPTY_GROUP: "Nobody in this group",
};

/** Verdict badges in the WRES dashboard's style: red-free, since "less likely" is a finding, not an error. */
export const verdictColour: Record<ImpactVerdict, string> = {
  PARTICIPANTS_MORE_LIKELY: "green",
  PARTICIPANTS_LESS_LIKELY: "orange",
  INCONCLUSIVE: "gray",
  NO_FIGURE: "gray",
};

export const baselineVerdictText: Record<ImpactVerdict, string> = {
  PARTICIPANTS_MORE_LIKELY: "Participants promoted more often than the baseline",
  PARTICIPANTS_LESS_LIKELY: "Participants promoted less often than the baseline",
  INCONCLUSIVE: "Inconclusive against the baseline",
  NO_FIGURE: "No comparison with the baseline",
};

export const groupShortLabel: Record<OutcomeGroup, string> = { PARTICIPANT: "Participant", COMPARISON: "Comparison group" };

/** "2025-03-07" → "7 Mar 2025" (a calendar date: no time zone to shift it). */
export const shortDate = (date: string) => new Date(`${date}T12:00:00Z`).toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
