import { IndicatorKind, IndicatorNullReason, type Parity } from "@ascent/domain";
import {
  type Cell,
  type Estimate,
  logRelativeRiskInterval,
  newcombeDifferenceInterval,
  wilsonInterval,
} from "./intervals";
import { otherSide, parityFromPosition, positionAgainstBand } from "./parity";
import type { IndicatorBasis, IndicatorCounts, IndicatorResult } from "./types";

/** Everything about a result except the figures computed from its counts. */
export type IndicatorSpec = Omit<IndicatorResult, "value" | "lower" | "upper" | "parity" | "reason" | "suppressed" | "kind">;

export function kindOf(basis: IndicatorBasis): IndicatorKind {
  switch (basis.type) {
    case "relativeLikelihood":
      return IndicatorKind.RELATIVE_LIKELIHOOD;
    case "groupRate":
      return IndicatorKind.PROPORTION;
    case "rateDifference":
    case "shareDifference":
      return IndicatorKind.DIFFERENCE;
    case "share":
      return IndicatorKind.REPRESENTATION;
  }
}

interface Figures {
  readonly value: number | null;
  readonly lower: number | null;
  readonly upper: number | null;
  readonly parity: Parity | null;
  readonly reason: IndicatorNullReason | null;
}

const withReason = (reason: IndicatorNullReason): Figures => ({
  value: null,
  lower: null,
  upper: null,
  parity: null,
  reason,
});

/** Reads named counts; returns null when any is suppressed (null). */
function read<K extends string>(counts: IndicatorCounts, names: readonly K[]): Record<K, number> | null {
  const out = {} as Record<K, number>;
  for (const name of names) {
    const count = counts[name];
    if (count === undefined) throw new Error(`internal: count "${name}" is missing`);
    if (count === null) return null;
    out[name] = count;
  }
  return out;
}

const RATE_NAMES = ["referenceEvents", "referenceTotal", "focusEvents", "focusTotal"] as const;

function rateCells(counts: IndicatorCounts): { reference: Cell; focus: Cell } | null {
  const c = read(counts, RATE_NAMES);
  if (c === null) return null;
  return {
    reference: { events: c.referenceEvents, total: c.referenceTotal },
    focus: { events: c.focusEvents, total: c.focusTotal },
  };
}

function estimateFigures(estimate: Estimate, parity: Parity | null): Figures {
  return { value: estimate.value, lower: estimate.lower, upper: estimate.upper, parity, reason: null };
}

function figuresFor(spec: IndicatorSpec): Figures {
  const { basis, counts, method } = spec;
  const { confidenceLevel, parityBand } = method;
  switch (basis.type) {
    case "relativeLikelihood": {
      const cells = rateCells(counts);
      if (cells === null) return withReason(IndicatorNullReason.SUPPRESSED);
      if (cells.reference.total === 0 || cells.focus.total === 0) return withReason(IndicatorNullReason.EMPTY_GROUP);
      const numerator = cells[basis.numerator];
      const denominator = cells[otherSide(basis.numerator)];
      const estimate = logRelativeRiskInterval(numerator, denominator, confidenceLevel);
      if (estimate === null) return withReason(IndicatorNullReason.ZERO_EVENTS);
      // Above the band, the numerator group's rate is the higher one.
      const aboveFavours = basis.outcome === "favourable" ? basis.numerator : otherSide(basis.numerator);
      const parity =
        parityBand && parityFromPosition(positionAgainstBand(estimate.lower, estimate.upper, parityBand), aboveFavours);
      return estimateFigures(estimate, parity);
    }
    case "groupRate": {
      const c = read(counts, ["events", "total"] as const);
      if (c === null) return withReason(IndicatorNullReason.SUPPRESSED);
      const estimate = wilsonInterval(c.events, c.total, confidenceLevel);
      return estimate === null ? withReason(IndicatorNullReason.EMPTY_GROUP) : estimateFigures(estimate, null);
    }
    case "rateDifference": {
      const cells = rateCells(counts);
      if (cells === null) return withReason(IndicatorNullReason.SUPPRESSED);
      const estimate = newcombeDifferenceInterval(cells.focus, cells.reference, confidenceLevel);
      if (estimate === null) return withReason(IndicatorNullReason.EMPTY_GROUP);
      // Above the band, the focus group's rate is the higher one.
      const aboveFavours = basis.outcome === "favourable" ? "focus" : "reference";
      const parity =
        parityBand && parityFromPosition(positionAgainstBand(estimate.lower, estimate.upper, parityBand), aboveFavours);
      return estimateFigures(estimate, parity);
    }
    case "share": {
      const c = read(counts, ["focus", "total"] as const);
      if (c === null) return withReason(IndicatorNullReason.SUPPRESSED);
      const estimate = wilsonInterval(c.focus, c.total, confidenceLevel);
      if (estimate === null) return withReason(IndicatorNullReason.EMPTY_GROUP);
      // Representation index: the share's interval divided by the comparator's share.
      const comparator =
        "comparatorFocus" in counts ? read(counts, ["comparatorFocus", "comparatorTotal"] as const) : null;
      let parity: Parity | null = null;
      if (parityBand && comparator && comparator.comparatorFocus > 0) {
        const comparatorShare = comparator.comparatorFocus / comparator.comparatorTotal;
        const position = positionAgainstBand(
          estimate.lower / comparatorShare,
          estimate.upper / comparatorShare,
          parityBand,
        );
        parity = parityFromPosition(position, "focus");
      }
      return estimateFigures(estimate, parity);
    }
    case "shareDifference": {
      const c = read(counts, ["focus", "total", "comparatorFocus", "comparatorTotal"] as const);
      if (c === null) return withReason(IndicatorNullReason.SUPPRESSED);
      const estimate = newcombeDifferenceInterval(
        { events: c.focus, total: c.total },
        { events: c.comparatorFocus, total: c.comparatorTotal },
        confidenceLevel,
      );
      if (estimate === null) return withReason(IndicatorNullReason.EMPTY_GROUP);
      const parity =
        parityBand && parityFromPosition(positionAgainstBand(estimate.lower, estimate.upper, parityBand), "focus");
      return estimateFigures(estimate, parity);
    }
  }
}

/**
 * Compute a result's figures from its counts and recipe. The single place
 * where counts become values, used for raw results, disclosed results and
 * benchmarks alike.
 */
export function computeIndicator(spec: IndicatorSpec): IndicatorResult {
  const figures = figuresFor(spec);
  return {
    code: spec.code,
    metricCode: spec.metricCode,
    familyId: spec.familyId,
    label: spec.label,
    kind: kindOf(spec.basis),
    ...figures,
    suppressed: figures.reason === IndicatorNullReason.SUPPRESSED,
    disclosure: spec.disclosure,
    counts: spec.counts,
    basis: spec.basis,
    method: spec.method,
  };
}
