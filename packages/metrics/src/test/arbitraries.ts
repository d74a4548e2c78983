import { WorkforceCategory, wresGradesFor } from "@ascent/domain";
import fc from "fast-check";
import type { EthnicCounts, SurveyComparison, WorkforceRow, WresReturnInput } from "../wres";

/** Counts that are often small (to exercise suppression) and sometimes large. */
export const count = (): fc.Arbitrary<number> =>
  fc.oneof({ weight: 3, arbitrary: fc.nat({ max: 30 }) }, { weight: 1, arbitrary: fc.nat({ max: 5000 }) });

/** A part and a whole by group, with part <= whole in each group. */
const partOfWhole = (): fc.Arbitrary<{ part: EthnicCounts; whole: EthnicCounts }> =>
  fc
    .tuple(count(), count(), count(), count(), count(), count())
    .map(([w1, w2, b1, b2, u1, u2]) => ({
      part: { white: Math.min(w1, w2), bme: Math.min(b1, b2), unknown: Math.min(u1, u2) },
      whole: { white: Math.max(w1, w2), bme: Math.max(b1, b2), unknown: Math.max(u1, u2) },
    }));

const surveyComparison = (): fc.Arbitrary<SurveyComparison> =>
  fc.tuple(count(), count(), count(), count()).map(([a, b, c, d]) => ({
    white: { respondents: Math.max(a, b), yes: Math.min(a, b) },
    bme: { respondents: Math.max(c, d), yes: Math.min(c, d) },
  }));

const ROW_KEYS = Object.values(WorkforceCategory).flatMap((category) =>
  wresGradesFor(category).map((grade) => ({ category, grade })),
);

const workforce = (): fc.Arbitrary<WorkforceRow[]> =>
  fc
    .uniqueArray(fc.integer({ min: 0, max: ROW_KEYS.length - 1 }), { maxLength: 8 })
    .chain((indexes) =>
      fc.tuple(
        ...indexes.map((index) =>
          fc.tuple(count(), count(), count()).map(([white, bme, unknown]) => ({ ...ROW_KEYS[index], white, bme, unknown })),
        ),
      ),
    );

/** Any valid WRES return (survey results as yes-counts, so returns can be added). */
export const wresReturn = (year = 2024): fc.Arbitrary<WresReturnInput> =>
  fc
    .record({
      workforce: workforce(),
      shortlisting: partOfWhole(),
      disciplinary: partOfWhole(),
      training: partOfWhole(),
      survey: fc.record({
        harassmentFromPublic: surveyComparison(),
        harassmentFromStaff: surveyComparison(),
        equalOpportunities: surveyComparison(),
        discrimination: surveyComparison(),
      }),
      board: fc.record({ white: count(), bme: count(), unknown: count() }),
    })
    .map((r) => ({
      year,
      workforce: r.workforce,
      shortlisting: { appointed: r.shortlisting.part, shortlisted: r.shortlisting.whole },
      disciplinary: { entering: r.disciplinary.part, headcount: r.disciplinary.whole },
      training: { accessed: r.training.part, headcount: r.training.whole },
      survey: r.survey,
      board: r.board,
    }));

/** Valid disclosure settings: roundTo at most 2 * (threshold + 1). */
export const disclosureSettings = () =>
  fc
    .integer({ min: 0, max: 20 })
    .chain((suppressBelowOrEqual) =>
      fc
        .integer({ min: 1, max: 2 * (suppressBelowOrEqual + 1) })
        .map((roundTo) => ({ suppressBelowOrEqual, roundTo })),
    );
