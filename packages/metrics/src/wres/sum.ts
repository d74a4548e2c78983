import { MetricInputError } from "../errors";
import { type EthnicCounts, surveyYesCount, SURVEY_KEYS, type SurveyComparison, type WorkforceRow, type WresReturnInput } from "./input";

const add = (a: EthnicCounts, b: EthnicCounts): Required<EthnicCounts> => ({
  white: a.white + b.white,
  bme: a.bme + b.bme,
  unknown: (a.unknown ?? 0) + (b.unknown ?? 0),
});
const ZERO: Required<EthnicCounts> = { white: 0, bme: 0, unknown: 0 };

/**
 * One return holding the summed raw counts of several returns of the same
 * year: workforce rows added by category and grade, survey results as
 * yes-counts (published percentages converted with `surveyYesCount`, as the
 * engine does). `computeWres(sumWresReturns(rs))` equals `benchmarkWres(rs)`
 * (a property test checks it), so sums can be built once and combined, e.g.
 * England as the sum of the regional sums. Inputs must already be valid.
 */
export function sumWresReturns(returns: readonly WresReturnInput[]): WresReturnInput {
  if (returns.length === 0) throw new MetricInputError([{ path: "", message: "nothing to sum" }]);
  const years = new Set(returns.map((r) => r.year));
  if (years.size > 1) throw new MetricInputError([{ path: "year", message: `returns are for different years: ${[...years].join(", ")}` }]);
  const rows = new Map<string, WorkforceRow>();
  let shortlisted = ZERO, appointed = ZERO, entering = ZERO, disciplinaryHeadcount = ZERO, accessed = ZERO, trainingHeadcount = ZERO, board = ZERO;
  const survey = Object.fromEntries(
    SURVEY_KEYS.map((key) => [key, { white: { respondents: 0, yes: 0 }, bme: { respondents: 0, yes: 0 } }]),
  ) as Record<(typeof SURVEY_KEYS)[number], { white: { respondents: number; yes: number }; bme: { respondents: number; yes: number } }>;
  for (const input of returns) {
    for (const row of input.workforce) {
      const key = `${row.category}.${row.grade}`;
      const seen = rows.get(key);
      rows.set(key, { category: row.category, grade: row.grade, ...add(seen ?? ZERO, row) });
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
      for (const side of ["white", "bme"] as const) {
        survey[key][side].respondents += result[side].respondents;
        survey[key][side].yes += surveyYesCount(result[side]);
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
