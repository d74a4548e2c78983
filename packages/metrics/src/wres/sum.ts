import { BME_GROUP_KEYS, type BmeGroupKey } from "@ascent/domain";
import { MetricInputError } from "../errors";
import { type BmeGroupCounts, type EthnicCounts, surveyYesCount, SURVEY_KEYS, type SurveyComparison, type WorkforceRow, type WresReturnInput } from "./input";

type Sum = { white: number; bme: number; unknown: number; bmeGroups?: BmeGroupCounts };
const ZERO_GROUPS: BmeGroupCounts = { asian: 0, black: 0, mixed: 0, other: 0 };

const addPlain = (a: Sum, b: EthnicCounts): Sum => ({ white: a.white + b.white, bme: a.bme + b.bme, unknown: a.unknown + (b.unknown ?? 0) });
const addGroups = (a: Sum, b: EthnicCounts): Sum => {
  const sum = addPlain(a, b);
  const left = a.bmeGroups ?? ZERO_GROUPS;
  const right = b.bmeGroups ?? ZERO_GROUPS;
  return { ...sum, bmeGroups: { asian: left.asian + right.asian, black: left.black + right.black, mixed: left.mixed + right.mixed, other: left.other + right.other } };
};
const ZERO: Sum = { white: 0, bme: 0, unknown: 0 };

type SurveySum = { respondents: number; yes: number };
type SurveyComparisonSum = { white: SurveySum; bme: SurveySum; bmeGroups?: Record<BmeGroupKey, SurveySum> };

/**
 * One return holding the summed raw counts of several returns of the same
 * year: workforce rows added by category and grade, survey results as
 * yes-counts (published percentages converted with `surveyYesCount`, as the
 * engine does). `computeWres(sumWresReturns(rs))` equals `benchmarkWres(rs)`
 * (a property test checks it), so sums can be built once and combined, e.g.
 * England as the sum of the regional sums. Inputs must already be valid.
 *
 * Splits of BME by group are left out, so the benchmarks everyone reads cost
 * nothing extra; `sumWresReturnsWithGroups` keeps them (a BME count of 0
 * without a split counts as 0 in every group).
 */
export function sumWresReturns(returns: readonly WresReturnInput[]): WresReturnInput {
  return sumReturns(returns, false);
}

/** `sumWresReturns` with the splits of BME by group summed too: give only returns that split BME (`hasBmeGroups`). */
export function sumWresReturnsWithGroups(returns: readonly WresReturnInput[]): WresReturnInput {
  return sumReturns(returns, true);
}

function sumReturns(returns: readonly WresReturnInput[], groups: boolean): WresReturnInput {
  if (returns.length === 0) throw new MetricInputError([{ path: "", message: "nothing to sum" }]);
  const years = new Set(returns.map((r) => r.year));
  if (years.size > 1) throw new MetricInputError([{ path: "year", message: `returns are for different years: ${[...years].join(", ")}` }]);
  const add = groups ? addGroups : addPlain;
  const start: Sum = groups ? { ...ZERO, bmeGroups: ZERO_GROUPS } : ZERO;
  const rows = new Map<string, Sum & Pick<WorkforceRow, "category" | "grade">>();
  let shortlisted = start, appointed = start, entering = start, disciplinaryHeadcount = start, accessed = start, trainingHeadcount = start, board = start;
  const survey = Object.fromEntries(
    SURVEY_KEYS.map((key) => [
      key,
      {
        white: { respondents: 0, yes: 0 },
        bme: { respondents: 0, yes: 0 },
        ...(groups ? { bmeGroups: Object.fromEntries(BME_GROUP_KEYS.map((k) => [k, { respondents: 0, yes: 0 }])) } : {}),
      },
    ]),
  ) as Record<(typeof SURVEY_KEYS)[number], SurveyComparisonSum>;
  for (const input of returns) {
    for (const row of input.workforce) {
      const key = `${row.category}.${row.grade}`;
      const seen = rows.get(key);
      rows.set(key, { category: row.category, grade: row.grade, ...add(seen ?? start, row) });
    }
    shortlisted = add(shortlisted, input.shortlisting.shortlisted);
    appointed = add(appointed, input.shortlisting.appointed);
    entering = add(entering, input.disciplinary.entering);
    disciplinaryHeadcount = add(disciplinaryHeadcount, input.disciplinary.headcount);
    accessed = add(accessed, input.training.accessed);
    trainingHeadcount = add(trainingHeadcount, input.training.headcount);
    board = add(board, input.board);
    for (const key of SURVEY_KEYS) {
      const result: SurveyComparison = input.survey[key];
      const sum = survey[key];
      for (const side of ["white", "bme"] as const) {
        sum[side].respondents += result[side].respondents;
        sum[side].yes += surveyYesCount(result[side]);
      }
      if (sum.bmeGroups) {
        for (const group of BME_GROUP_KEYS) {
          const part = result.bmeGroups?.[group];
          if (!part) continue;
          sum.bmeGroups[group].respondents += part.respondents;
          sum.bmeGroups[group].yes += surveyYesCount(part);
        }
      }
    }
  }
  return {
    year: returns[0].year,
    workforce: [...rows.values()],
    shortlisting: { shortlisted, appointed },
    disciplinary: { entering, headcount: disciplinaryHeadcount },
    training: { accessed, headcount: trainingHeadcount },
    survey,
    board,
  };
}
