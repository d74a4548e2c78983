/**
 * @ascent/metrics: the pure indicator engine. No I/O and no Node-only
 * imports, so it runs in the api, the console (browser) and partners' code.
 *
 * - WRES: `computeWres`, `benchmarkWres`, `validateWresReturn`, `wresFamily`.
 * - Any family: `evaluateFamily`, `computeBenchmark`, `defineMetricFamily`, `metricRegistry`.
 * - Disclosure control: `applyDisclosureControl` (one figure), `releaseAggregate`
 *   and `withheldParts` (aggregates over several organisations, for one reader).
 * - Statistics: `wilsonInterval`, `logRelativeRiskInterval`, `newcombeDifferenceInterval`.
 * - Programme impact: `countImpact` (promotion within 6, 12 and 24 months, per cohort) and
 *   `releaseImpact` (exact for the owning academy, disclosure-controlled for everyone else).
 */
export * from "./settings";
export * from "./types";
export * from "./errors";
export * from "./intervals";
export { positionAgainstBand, parityFromPosition, type BandPosition } from "./parity";
export { computeIndicator, type IndicatorSpec } from "./compute";
export { applyDisclosureControl, controlCount, roundHalfUpTo } from "./disclosure";
export * from "./definitions";
export {
  evaluateFamily,
  validateFamilyInput,
  extractCounts,
  addExtractedCounts,
  specsFromCounts,
  type EvaluateOptions,
  type ExtractedCounts,
} from "./evaluate";
export { computeBenchmark } from "./benchmark";
export {
  aggregateRelease,
  type AggregateMembership,
  combineTallies,
  type ContributorLookup,
  type ContributorTally,
  CountLayout,
  emptyTally,
  partBesideWholeOk,
  releaseAggregate,
  type ReleasedAggregate,
  sumTallies,
  tallyLookup,
  withheldParts,
} from "./aggregate";
export { MetricRegistry } from "./registry";
export { metricRegistry } from "./families";
export { formatIndicatorValue, formatValue, toFixedHalfUp, type FormatOptions } from "./format";
export * from "./wres";
export * from "./selection";
export * from "./impact";
export * from "./evaluation";
