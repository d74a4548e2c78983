import type { SubmitWresReturnInput } from "@ascent/client";
import type { SurveyGroupResult, WresReturnInput } from "@ascent/metrics";

const survey = (result: SurveyGroupResult) =>
  "yes" in result ? { respondents: result.respondents, yes: result.yes } : { respondents: result.respondents, percentage: result.percentage };

/** A parsed return as the submitWresReturn mutation's input, marked as coming from a CSV file. */
export function submitInputFrom(input: WresReturnInput, organisationId: string): SubmitWresReturnInput {
  const comparison = (key: keyof WresReturnInput["survey"]) => ({ white: survey(input.survey[key].white), bme: survey(input.survey[key].bme) });
  return {
    organisationId,
    year: input.year,
    fromCsv: true,
    workforce: input.workforce.map((row) => ({ category: row.category, grade: row.grade, white: row.white, bme: row.bme, unknown: row.unknown ?? 0 })),
    shortlisting: { shortlisted: { ...input.shortlisting.shortlisted }, appointed: { ...input.shortlisting.appointed } },
    disciplinary: { headcount: { ...input.disciplinary.headcount }, entering: { ...input.disciplinary.entering } },
    training: { headcount: { ...input.training.headcount }, accessed: { ...input.training.accessed } },
    survey: {
      harassmentFromPublic: comparison("harassmentFromPublic"),
      harassmentFromStaff: comparison("harassmentFromStaff"),
      equalOpportunities: comparison("equalOpportunities"),
      discrimination: comparison("discrimination"),
    },
    board: { ...input.board },
  };
}
