/**
 * Names for equality indicators (WRES, WDES, ...) shared by the api, the
 * console and partners' code. The computations live in `@ascent/metrics`.
 *
 * Every indicator compares a reference group (white staff for WRES,
 * non-disabled staff for WDES) with a focus group (BME staff, disabled staff).
 */

/** What an indicator's `value` is. */
export enum IndicatorKind {
  /** A ratio of two groups' rates; 1 is parity. */
  RELATIVE_LIKELIHOOD = "RELATIVE_LIKELIHOOD",
  /** One group's rate, a fraction in [0, 1]. */
  PROPORTION = "PROPORTION",
  /** A difference of two fractions (e.g. -0.0064 is -0.64 percentage points); 0 is parity. */
  DIFFERENCE = "DIFFERENCE",
  /** The focus group's share of a headcount, a fraction in [0, 1]. */
  REPRESENTATION = "REPRESENTATION",
}

/**
 * How an indicator's confidence interval sits against the parity band
 * (a setting; by default 0.80-1.25 for ratios).
 */
export enum Parity {
  /** The whole interval is on the side that favours the reference group (e.g. white staff). */
  FAVOURS_REFERENCE = "FAVOURS_REFERENCE",
  /** The whole interval is on the side that favours the focus group (e.g. BME staff). */
  FAVOURS_FOCUS = "FAVOURS_FOCUS",
  /** The whole interval lies inside the parity band. */
  WITHIN_PARITY = "WITHIN_PARITY",
  /** The interval crosses an edge of the parity band: no firm conclusion either way. */
  INCONCLUSIVE = "INCONCLUSIVE",
}

export const parityLabels: Record<Parity, string> = {
  [Parity.FAVOURS_REFERENCE]: "Favours the reference group",
  [Parity.FAVOURS_FOCUS]: "Favours the focus group",
  [Parity.WITHIN_PARITY]: "Within the parity band",
  [Parity.INCONCLUSIVE]: "Inconclusive",
};

/** Why an indicator has no value. */
export enum IndicatorNullReason {
  /** An input count was suppressed by disclosure control. */
  SUPPRESSED = "SUPPRESSED",
  /** A group has no people (a zero denominator). */
  EMPTY_GROUP = "EMPTY_GROUP",
  /** A group has no events, so the ratio is 0, infinite or undefined and has no log interval. */
  ZERO_EVENTS = "ZERO_EVENTS",
}

/** Where figures will be shown: national totals are not suppressed; anything below is. */
export enum DisclosureLevel {
  NATIONAL = "NATIONAL",
  SUBNATIONAL = "SUBNATIONAL",
}

/** Whether disclosure control has been applied to a result. */
export enum DisclosureStatus {
  /** Straight from the computation: for the owning organisation's own use only. */
  RAW = "RAW",
  /** Released at national level, unsuppressed. */
  NATIONAL = "NATIONAL",
  /** Counts suppressed or rounded, and every figure recomputed from them. */
  CONTROLLED = "CONTROLLED",
}
