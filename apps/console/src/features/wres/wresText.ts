import type { IndicatorKind, Parity, WresIndicatorFieldsFragment } from "@ascent/client";
import { toFixedHalfUp } from "@ascent/metrics";

/** The first data year with WRES returns. */
export const FIRST_WRES_YEAR = 2016;

/** Data years a user may pick: 2016 to last year (the workforce at 31 March). */
export function wresYears(now: Date = new Date()): number[] {
  const last = now.getFullYear();
  return Array.from({ length: last - FIRST_WRES_YEAR + 1 }, (_, index) => last - index);
}

/** The latest year most organisations will have returned for. */
export function defaultWresYear(now: Date = new Date()): number {
  return now.getFullYear() - 1;
}

/** The headline indicators, in the order the WRES report lists them. */
export const HEADLINE_CODES = ["WRES1", "WRES2", "WRES3", "WRES4", "WRES5", "WRES6", "WRES7", "WRES8", "WRES9"] as const;
export type HeadlineCode = (typeof HEADLINE_CODES)[number];

/** Short names for cards, tables and charts; the api's label is the full wording. */
export const shortLabels: Record<HeadlineCode, string> = {
  WRES1: "BME share of the workforce",
  WRES2: "Appointment from shortlisting",
  WRES3: "Entering the disciplinary process",
  WRES4: "Non-mandatory training and CPD",
  WRES5: "Harassment from patients and the public",
  WRES6: "Harassment from staff",
  WRES7: "Equal opportunities for progression",
  WRES8: "Discrimination from managers or colleagues",
  WRES9: "Board compared with the workforce",
};

/** Indicators that can be ranked across organisations (one figure each, with an interval). */
export const RANKABLE_CODES = HEADLINE_CODES;

export function isHeadlineCode(code: string): code is HeadlineCode {
  return (HEADLINE_CODES as readonly string[]).includes(code);
}

type Figure = Pick<WresIndicatorFieldsFragment, "kind" | "value" | "lower" | "upper" | "formatted" | "suppressed" | "reason">;

/** A number in the indicator's unit: 1.23, 14.7%, 3.30 pp. */
export function formatNumber(kind: IndicatorKind, value: number, decimals?: number): string {
  switch (kind) {
    case "RELATIVE_LIKELIHOOD":
      return toFixedHalfUp(value, decimals ?? 2);
    case "PROPORTION":
    case "REPRESENTATION":
      return `${toFixedHalfUp(value * 100, decimals ?? 1)}%`;
    case "DIFFERENCE":
      return `${toFixedHalfUp(value * 100, decimals ?? 2)} pp`;
  }
}

/** The value as shown, or why there is none. */
export function valueText(figure: Figure | null | undefined): string {
  if (!figure) return "No figure";
  if (figure.suppressed) return "Withheld (small numbers)";
  if (figure.formatted !== null && figure.formatted !== undefined) return figure.formatted;
  if (figure.value !== null) return formatNumber(figure.kind, figure.value);
  switch (figure.reason) {
    case "EMPTY_GROUP":
      return "No staff in a group";
    case "ZERO_EVENTS":
      return "Not computable (no events in a group)";
    default:
      return "No figure";
  }
}

/** "95% interval 1.05 to 1.28", or null when there is no interval. */
export function intervalText(figure: Pick<Figure, "kind" | "lower" | "upper"> & { confidenceLevel?: number }): string | null {
  if (figure.lower === null || figure.upper === null) return null;
  const level = Math.round((figure.confidenceLevel ?? 0.95) * 100);
  return `${level}% interval ${formatNumber(figure.kind, figure.lower)} to ${formatNumber(figure.kind, figure.upper)}`;
}

/** What each side of parity means for an indicator, in plain words. */
const paritySides: Record<HeadlineCode, { reference: string; focus: string }> = {
  WRES1: {
    reference: "BME staff under-represented compared with the whole workforce",
    focus: "BME staff over-represented compared with the whole workforce",
  },
  WRES2: {
    reference: "White applicants more likely to be appointed from shortlisting",
    focus: "BME applicants more likely to be appointed from shortlisting",
  },
  WRES3: {
    reference: "BME staff more likely to enter the formal disciplinary process",
    focus: "White staff more likely to enter the formal disciplinary process",
  },
  WRES4: {
    reference: "White staff more likely to access non-mandatory training",
    focus: "BME staff more likely to access non-mandatory training",
  },
  WRES5: {
    reference: "BME staff more likely to report harassment from patients or the public",
    focus: "White staff more likely to report harassment from patients or the public",
  },
  WRES6: {
    reference: "BME staff more likely to report harassment from staff",
    focus: "White staff more likely to report harassment from staff",
  },
  WRES7: {
    reference: "BME staff less likely to believe there are equal opportunities for progression",
    focus: "BME staff more likely to believe there are equal opportunities for progression",
  },
  WRES8: {
    reference: "BME staff more likely to report discrimination at work",
    focus: "White staff more likely to report discrimination at work",
  },
  WRES9: {
    reference: "BME people under-represented on the board compared with the workforce",
    focus: "BME people over-represented on the board compared with the workforce",
  },
};

/**
 * The parity flag in words, e.g. "White applicants more likely to be appointed from shortlisting (interval excludes parity)".
 * `group` names the group compared with white staff when it is not all BME staff ("Black").
 */
export function parityText(code: string, parity: Parity | null | undefined, suppressed = false, group = "BME"): string | null {
  if (suppressed) return "Withheld (small numbers)";
  if (!parity) return null;
  const metric = code.split(".")[0];
  const sides = isHeadlineCode(metric) ? paritySides[metric] : null;
  const named = (text: string) => text.replace(/\bBME\b/g, group);
  switch (parity) {
    case "FAVOURS_REFERENCE":
      return `${named(sides?.reference ?? "Favours white staff")} (interval excludes parity)`;
    case "FAVOURS_FOCUS":
      return `${named(sides?.focus ?? "Favours BME staff")} (interval excludes parity)`;
    case "WITHIN_PARITY":
      return "Within the parity band (the whole interval is inside it)";
    case "INCONCLUSIVE":
      return "Inconclusive (the interval overlaps the edge of the parity band)";
  }
}

/**
 * Text colour for a parity verdict, at least 4.5:1 on white and on the
 * light grey of striped rows (WCAG AA): Mantine's green.9 (#2b8a3e) is only
 * 4.4:1, so darker shades are used. Undefined: the body text colour.
 */
export function parityTextColor(parity: Parity | null | undefined): string | undefined {
  switch (parity) {
    case "FAVOURS_REFERENCE":
    case "FAVOURS_FOCUS":
      return "#a51d24";
    case "WITHIN_PARITY":
      return "#1e6b2f";
    default:
      return undefined;
  }
}

/**
 * The parity band in the value's own unit, for drawing: ratios and gaps use
 * the band as given; an indicator 1 row's band is on share ÷ workforce share,
 * so it is scaled by the workforce share.
 */
export function parityBandInValueUnits(
  figure: Pick<WresIndicatorFieldsFragment, "kind" | "parityBandLower" | "parityBandUpper" | "metricCode" | "counts">,
): { lower: number; upper: number } | null {
  if (figure.parityBandLower === null || figure.parityBandUpper === null) return null;
  if (figure.kind === "REPRESENTATION") {
    const count = (name: string) => figure.counts.find((c) => c.name === name)?.value ?? null;
    const focus = count("comparatorFocus");
    const total = count("comparatorTotal");
    if (focus === null || total === null || total === 0) return null;
    const share = focus / total;
    return { lower: share * figure.parityBandLower, upper: share * figure.parityBandUpper };
  }
  return { lower: figure.parityBandLower, upper: figure.parityBandUpper };
}

/** What parity is for the kind: 1 for ratios, 0 for gaps. */
export function parityValue(kind: IndicatorKind): number | null {
  if (kind === "RELATIVE_LIKELIHOOD") return 1;
  if (kind === "DIFFERENCE") return 0;
  return null;
}

/** A count's value by name, e.g. focusEvents. */
export function countOf(figure: Pick<WresIndicatorFieldsFragment, "counts">, name: string): number | null {
  return figure.counts.find((count) => count.name === name)?.value ?? null;
}

const countLabels: Record<string, string> = {
  reference: "White",
  focus: "BME",
  unknown: "Unknown",
  total: "Total",
  referenceEvents: "White (events)",
  referenceTotal: "White (of)",
  focusEvents: "BME (events)",
  focusTotal: "BME (of)",
  unknownEvents: "Unknown (events)",
  unknownTotal: "Unknown (of)",
  events: "Events",
  comparatorFocus: "BME in the workforce",
  comparatorTotal: "Whole workforce",
};

/** "White (events) 857 of 3,552; BME (events) 555 of 2,669" — the counts behind a figure, in words. */
export function countsText(figure: Pick<WresIndicatorFieldsFragment, "counts">): string {
  return figure.counts
    .map((count) => `${countLabels[count.name] ?? count.name}: ${count.value === null ? "withheld" : count.value.toLocaleString("en-GB")}`)
    .join("; ");
}

export function formatDateTime(iso: string): string {
  return new Date(iso).toLocaleString("en-GB", { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "Europe/London" });
}

/** "1 organisation", "58 organisations". */
export function organisationsText(count: number): string {
  return `${count.toLocaleString("en-GB")} ${count === 1 ? "organisation" : "organisations"}`;
}

/** "1 trust", "58 trusts". */
export function trustsText(count: number): string {
  return `${count.toLocaleString("en-GB")} ${count === 1 ? "trust" : "trusts"}`;
}
