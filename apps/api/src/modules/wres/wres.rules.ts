import { BME_GROUP_KEYS, type BmeGroupKey, UserErrorCode } from "@ascent/domain";
import {
  type EthnicCounts,
  type SurveyComparison,
  formatIndicatorValue,
  type InputIssue,
  type IndicatorResult,
  type SurveyGroupResult,
  validateWresReturn,
  type WresReturnInput,
} from "@ascent/metrics";
import { userError, type UserError } from "../../graphql/user-error";
import type { WresIndicator } from "./dto/wres-report.types";
import type { EthnicCountsInput, SubmitWresReturnInput, WresSurveyGroupInput } from "./dto/wres-return.input";
import { FIRST_WRES_YEAR, latestWresYear } from "./wres.settings";

/** `workforce[3].grade` → ["workforce", "3", "grade"]: the metric engine's input paths as userErrors fields. */
export function fieldOfPath(path: string): string[] {
  return path
    .replace(/\[(\d+)\]/g, ".$1")
    .split(".")
    .filter((part) => part !== "");
}

export function userErrorOfIssue(issue: InputIssue): UserError {
  const code = issue.message === "is missing" ? UserErrorCode.REQUIRED : UserErrorCode.INVALID;
  const field = fieldOfPath(issue.path);
  return userError(field.length ? field : null, code, `${issue.path}: ${issue.message}`);
}

const counts = (input: EthnicCountsInput): EthnicCounts => ({
  white: input.white,
  bme: input.bme,
  ...(input.unknown === null || input.unknown === undefined ? {} : { unknown: input.unknown }),
  ...(input.bmeGroups ? { bmeGroups: { asian: input.bmeGroups.asian, black: input.bmeGroups.black, mixed: input.bmeGroups.mixed, other: input.bmeGroups.other } } : {}),
});

/**
 * The GraphQL input as the engine's `WresReturnInput`, and every problem with
 * it: survey groups need exactly one of yes or percentage; then
 * `validateWresReturn`'s checks, with their paths as fields.
 */
export function wresReturnFromInput(input: SubmitWresReturnInput, now: Date = new Date()): { value: WresReturnInput; problems: UserError[] } {
  const problems: UserError[] = [];
  const surveyGroup = (group: WresSurveyGroupInput, path: string[]): SurveyGroupResult => {
    const hasYes = group.yes !== null && group.yes !== undefined;
    const hasPercentage = group.percentage !== null && group.percentage !== undefined;
    if (hasYes === hasPercentage) {
      problems.push(userError([...path, "yes"], UserErrorCode.INVALID, `${path.join(".")}: give either yes (a count) or percentage, not ${hasYes ? "both" : "neither"}.`));
    }
    return hasYes || !hasPercentage ? { respondents: group.respondents, yes: group.yes ?? 0 } : { respondents: group.respondents, percentage: group.percentage as number };
  };
  const comparison = (key: keyof SubmitWresReturnInput["survey"]): SurveyComparison => {
    const groups = input.survey[key].bmeGroups;
    return {
      white: surveyGroup(input.survey[key].white, ["survey", key, "white"]),
      bme: surveyGroup(input.survey[key].bme, ["survey", key, "bme"]),
      ...(groups
        ? { bmeGroups: Object.fromEntries(BME_GROUP_KEYS.map((group) => [group, surveyGroup(groups[group], ["survey", key, "bmeGroups", group])])) as Record<BmeGroupKey, SurveyGroupResult> }
        : {}),
    };
  };
  const value: WresReturnInput = {
    year: input.year,
    workforce: input.workforce.map((row) => ({ category: row.category, grade: row.grade, ...counts(row) })),
    shortlisting: { shortlisted: counts(input.shortlisting.shortlisted), appointed: counts(input.shortlisting.appointed) },
    disciplinary: { entering: counts(input.disciplinary.entering), headcount: counts(input.disciplinary.headcount) },
    training: { accessed: counts(input.training.accessed), headcount: counts(input.training.headcount) },
    survey: {
      harassmentFromPublic: comparison("harassmentFromPublic"),
      harassmentFromStaff: comparison("harassmentFromStaff"),
      equalOpportunities: comparison("equalOpportunities"),
      discrimination: comparison("discrimination"),
    },
    board: counts(input.board),
  };
  problems.push(...yearProblems(input.year, now));
  const yesPaths = new Set(problems.map((problem) => problem.field?.join(".")));
  for (const issue of validateWresReturn(value)) {
    if (issue.path === "year") continue; // reported by yearProblems
    if (yesPaths.has(fieldOfPath(issue.path).join("."))) continue;
    problems.push(userErrorOfIssue(issue));
  }
  return { value, problems };
}

export function yearProblems(year: number, now: Date = new Date()): UserError[] {
  const latest = latestWresYear(now);
  if (!Number.isSafeInteger(year) || year < FIRST_WRES_YEAR || year > latest) {
    return [userError(["year"], UserErrorCode.INVALID, `The year must be from ${FIRST_WRES_YEAR} to ${latest}.`)];
  }
  return [];
}

/** An engine result as the GraphQL type. */
export function toIndicator(result: IndicatorResult): WresIndicator {
  return {
    code: result.code,
    metricCode: result.metricCode,
    label: result.label,
    kind: result.kind,
    value: result.value,
    lower: result.lower,
    upper: result.upper,
    parity: result.parity,
    suppressed: result.suppressed,
    reason: result.reason,
    disclosure: result.disclosure,
    counts: Object.entries(result.counts).map(([name, value]) => ({ name, value })),
    formatted: formatIndicatorValue(result),
    confidenceLevel: result.method.confidenceLevel,
    parityBandLower: result.method.parityBand?.lower ?? null,
    parityBandUpper: result.method.parityBand?.upper ?? null,
  };
}
