import { computeBenchmark } from "../benchmark";
import { MetricInputError } from "../errors";
import { type EvaluateOptions, evaluateFamily } from "../evaluate";
import type { IndicatorReport } from "../types";
import { wresFamily } from "./family";
import type { WresReturnInput } from "./input";

export { groupCountOf, wresFamily, wresGroupFamilies, wholeWorkforce } from "./family";
export {
  benchmarkWresByGroup,
  computeWresByGroup,
  groupContributorLookup,
  groupCountKey,
  seniorRoleCode,
  tallyWresGroupContributors,
  wresGroupCountLayout,
  type WresGroupIndicators,
  type WresGroupReport,
} from "./groups";
export {
  type BmeGroupCounts,
  type EthnicCounts,
  hasBmeGroups,
  SURVEY_KEYS,
  type SurveyComparison,
  type SurveyGroupResult,
  surveyYesCount,
  validateWresReturn,
  type WorkforceRow,
  type WresReturnInput,
} from "./input";
export {
  type CsvRecord,
  formatWresReturnCsv,
  parseCsvRecords,
  parseWresReturnCsv,
  WRES_CSV_COLUMNS,
  WRES_CSV_MAX_RECORDS,
  WRES_CSV_TEMPLATE,
  type WresCsvColumn,
  type WresCsvIssue,
  type WresCsvResult,
} from "./csv";
export { sumWresReturns, sumWresReturnsWithGroups } from "./sum";
export { tallyWresContributors, wresContributorsOf, wresCountLayout } from "./contributors";
export { countEthnicGroups, countEthnicGroupsWithSplit, type PlainEthnicCounts, type StaffRecord, workforceRowsFromStaff } from "./tally";

export interface WresReport extends IndicatorReport {
  readonly year: number;
}

/**
 * All nine WRES indicators for one organisation's return. Throws
 * `MetricInputError` (with `issues`) when the return is invalid; call
 * `validateWresReturn` first to report problems without throwing.
 */
export function computeWres(input: WresReturnInput, options: EvaluateOptions = {}): WresReport {
  return { year: input.year, ...evaluateFamily(wresFamily, input, options) };
}

/**
 * A WRES benchmark over several organisations' returns for the same year:
 * raw counts are summed, then every indicator is computed once.
 */
export function benchmarkWres(returns: readonly WresReturnInput[], options: EvaluateOptions = {}): WresReport {
  const years = new Set(returns.map((r) => r.year));
  if (years.size > 1) {
    throw new MetricInputError([{ path: "year", message: `returns are for different years: ${[...years].join(", ")}` }]);
  }
  const report = computeBenchmark(wresFamily, returns, options);
  return { year: returns[0].year, ...report };
}
