import type { DisclosureStatus, IndicatorKind, IndicatorNullReason, Parity } from "@ascent/domain";
import type { ParityBand } from "./settings";

/**
 * Every comparison is between a reference group (white staff for WRES,
 * non-disabled staff for WDES) and a focus group (BME staff, disabled staff).
 */
export type GroupSide = "reference" | "focus";

/** Whether the event is good for the person (appointment, training) or bad (disciplinary, harassment). */
export type Outcome = "favourable" | "adverse";

/** A group as a family names it, e.g. `{ code: "BME", label: "Black, Asian and minority ethnic" }`. */
export interface GroupDefinition {
  /** Upper-case code used in result sub-codes such as `WRES5.BME`. */
  readonly code: string;
  readonly label: string;
}

/**
 * How a result was computed from its counts. Disclosure control recomputes a
 * result from its rounded counts with this recipe, so every figure shown
 * comes from the figures shown.
 *
 * Count names by type (a count is `null` once suppressed):
 * - `relativeLikelihood`, `rateDifference`: `referenceEvents`, `referenceTotal`,
 *   `focusEvents`, `focusTotal`, and `unknownEvents`, `unknownTotal` when reported.
 * - `groupRate`: `events`, `total`.
 * - `share`, `shareDifference`: `reference`, `focus`, `unknown`, `total` (all
 *   three groups, so unknowns are in the denominator as in published WRES
 *   tables), and `comparatorFocus`, `comparatorTotal` for what it is compared with.
 */
export type IndicatorBasis =
  /** (numerator group's rate) ÷ (the other group's rate), log-method interval. */
  | { readonly type: "relativeLikelihood"; readonly numerator: GroupSide; readonly outcome: Outcome }
  /** One group's rate, Wilson interval. */
  | { readonly type: "groupRate"; readonly group: GroupSide }
  /** focus rate − reference rate, Newcombe interval. */
  | { readonly type: "rateDifference"; readonly outcome: Outcome }
  /** focus ÷ total, Wilson interval; parity compares it with the comparator share as a ratio. */
  | { readonly type: "share" }
  /** focus share − comparator's focus share, Newcombe interval. */
  | { readonly type: "shareDifference" };

export type IndicatorCounts = Readonly<Record<string, number | null>>;

/** The settings a result was computed with, kept so it can be recomputed and explained. */
export interface IndicatorMethod {
  readonly confidenceLevel: number;
  /** The band `parity` was judged against, or null when the result has no parity. */
  readonly parityBand: ParityBand | null;
}

/**
 * One figure of a report, e.g. `WRES2` or the band row `WRES1.NON_CLINICAL.BAND_8A`.
 *
 * Units: relative likelihoods are plain ratios (1 = parity); proportions and
 * representation shares are fractions in [0, 1]; differences are differences
 * of fractions (-0.0064 = -0.64 percentage points). `formatIndicatorValue`
 * turns them into text.
 */
export interface IndicatorResult {
  /** `WRES2`, `WRES5.BME`, `WRES1.CLINICAL.CONSULTANT`. */
  readonly code: string;
  /** The registered metric this comes from, e.g. `WRES1`. */
  readonly metricCode: string;
  /** The family, e.g. `WRES`. */
  readonly familyId: string;
  readonly label: string;
  readonly kind: IndicatorKind;
  readonly value: number | null;
  readonly lower: number | null;
  readonly upper: number | null;
  readonly parity: Parity | null;
  /** Why `value` is null; null when there is a value. */
  readonly reason: IndicatorNullReason | null;
  /** True when disclosure control withheld the value (an input count was suppressed). */
  readonly suppressed: boolean;
  readonly disclosure: DisclosureStatus;
  /** Named whole-number counts behind the figure (see `IndicatorBasis`); null = suppressed. */
  readonly counts: IndicatorCounts;
  readonly basis: IndicatorBasis;
  readonly method: IndicatorMethod;
}

/** The results of one family for one return, or for a benchmark of several. */
export interface IndicatorReport {
  readonly familyId: string;
  readonly reference: GroupDefinition;
  readonly focus: GroupDefinition;
  /** How many returns were added together (1 for a single organisation). */
  readonly returns: number;
  readonly indicators: readonly IndicatorResult[];
}
