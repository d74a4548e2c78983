import type { MetricFamily } from "./definitions";
import { MetricInputError, type InputIssue } from "./errors";
import {
  addExtractedCounts,
  disclose,
  type EvaluateOptions,
  extractCounts,
  resultsFromCounts,
  validateFamilyInput,
} from "./evaluate";
import { resolveMetricSettings } from "./settings";
import type { IndicatorReport } from "./types";

/**
 * A benchmark (regional, national, a peer group) over several returns: for
 * each metric the raw counts of all returns are added first, then the
 * indicator is computed once from the sums. Ratios are never averaged.
 *
 * The result equals `evaluateFamily` of a single return holding the summed
 * counts. Release it to a reader with `releaseAggregate` (aggregate.ts):
 * its count of organisations and their contributors decide what is shown,
 * nationally as regionally. Throws `MetricInputError` when there are
 * no returns or a return fails validation (paths start with `[index]`).
 */
export function computeBenchmark<I>(
  family: MetricFamily<I>,
  inputs: readonly I[],
  options: EvaluateOptions = {},
): IndicatorReport {
  const settings = resolveMetricSettings(options.settings);
  if (inputs.length === 0) throw new MetricInputError([{ path: "", message: "a benchmark needs at least one return" }]);
  const issues: InputIssue[] = inputs.flatMap((input, index) =>
    validateFamilyInput(family, input).map((issue) => ({ ...issue, path: `[${index}].${issue.path}` })),
  );
  if (issues.length > 0) throw new MetricInputError(issues);
  const results = family.metrics.flatMap((metric) => {
    const summed = inputs.map((input) => extractCounts(metric, input)).reduce(addExtractedCounts);
    return resultsFromCounts(family, metric, summed, settings);
  });
  return {
    familyId: family.id,
    reference: family.reference,
    focus: family.focus,
    returns: inputs.length,
    indicators: disclose(results, options),
  };
}
