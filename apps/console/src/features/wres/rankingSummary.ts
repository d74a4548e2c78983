import type { IndicatorKind } from "@ascent/client";
import { formatNumber, trustsText } from "./wresText";

export interface RankingSummaryInput {
  year: number;
  regionName: string | null;
  kind: IndicatorKind;
  /** Trusts with a figure, highest first, with their figures as text. */
  ranked: ReadonlyArray<{ name: string; value: string }>;
  /** England's figure; null when it is not shown (withheld or absent). */
  england: number | null;
  /** Set when England's figure is withheld: how many organisations have returned, and how many besides one's own it needs. */
  englandWithheld: { organisationCount: number; minimumOrganisations: number } | null;
  beyondReference: number;
  beyondFocus: number;
  /** The parity wording for "beyond the band towards the reference group", e.g. "favours white applicants". */
  beyondReferenceText: string;
}

/**
 * The sentence above the national ranking (also the chart's label for screen
 * readers). With one trust there is no highest and lowest, and England is
 * only ever what the api released: a withheld England is said to be withheld.
 */
export function rankingSummary(input: RankingSummaryInput): string {
  const { ranked, year, regionName, kind } = input;
  const where = regionName ? ` in ${regionName}` : "";
  const parts: string[] = [];
  if (ranked.length === 1) {
    parts.push(`Only one trust has a figure for ${year}${where}: ${ranked[0].name} (${ranked[0].value}).`);
  } else {
    const top = ranked[0];
    const bottom = ranked[ranked.length - 1];
    parts.push(`${trustsText(ranked.length)} with a figure for ${year}${where}.`, `Highest: ${top.name} (${top.value}); lowest: ${bottom.name} (${bottom.value}).`);
  }
  if (input.englandWithheld) {
    const { organisationCount, minimumOrganisations } = input.englandWithheld;
    parts.push(`England: withheld (${organisationCount} ${organisationCount === 1 ? "return" : "returns"} so far; shown once ${minimumOrganisations} besides your own are in).`);
  } else if (input.england !== null) {
    parts.push(`England: ${formatNumber(kind, input.england)}.`);
  }
  parts.push(`${input.beyondReference} with the interval wholly beyond the parity band: ${input.beyondReferenceText}.`);
  if (input.beyondFocus) parts.push(`${input.beyondFocus} beyond it the other way.`);
  return parts.join(" ");
}
