import type { SubmitWresReturnInput } from "@ascent/client";
import { BME_GROUP_KEYS } from "@ascent/domain";
import type { EthnicCounts, SurveyComparison, SurveyGroupResult, WresReturnInput } from "@ascent/metrics";

const survey = (result: SurveyGroupResult) =>
  "yes" in result ? { respondents: result.respondents, yes: result.yes } : { respondents: result.respondents, percentage: result.percentage };

/** Counts as the api's input, with the split of BME by group when the file gives one. */
const counts = (value: EthnicCounts) => ({
  white: value.white,
  bme: value.bme,
  unknown: value.unknown ?? 0,
  ...(value.bmeGroups ? { bmeGroups: { ...value.bmeGroups } } : {}),
});

const comparison = (value: SurveyComparison) => {
  const groups = value.bmeGroups;
  return {
    white: survey(value.white),
    bme: survey(value.bme),
    ...(groups ? { bmeGroups: Object.fromEntries(BME_GROUP_KEYS.map((key) => [key, survey(groups[key])])) as Record<(typeof BME_GROUP_KEYS)[number], ReturnType<typeof survey>> } : {}),
  };
};

/** A parsed return as the submitWresReturn mutation's input, marked as coming from a CSV file. */
export function submitInputFrom(input: WresReturnInput, organisationId: string): SubmitWresReturnInput {
  return {
    organisationId,
    year: input.year,
    fromCsv: true,
    workforce: input.workforce.map((row) => ({ category: row.category, grade: row.grade, ...counts(row) })),
    shortlisting: { shortlisted: counts(input.shortlisting.shortlisted), appointed: counts(input.shortlisting.appointed) },
    disciplinary: { headcount: counts(input.disciplinary.headcount), entering: counts(input.disciplinary.entering) },
    training: { headcount: counts(input.training.headcount), accessed: counts(input.training.accessed) },
    survey: {
      harassmentFromPublic: comparison(input.survey.harassmentFromPublic),
      harassmentFromStaff: comparison(input.survey.harassmentFromStaff),
      equalOpportunities: comparison(input.survey.equalOpportunities),
      discrimination: comparison(input.survey.discrimination),
    },
    board: counts(input.board),
  };
}
