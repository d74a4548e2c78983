import { AfcBand, MedicalGrade, WorkforceCategory } from "@ascent/domain";
import type { WresReturnInput } from "../wres";

const { CLINICAL, NON_CLINICAL } = WorkforceCategory;

/**
 * A made-up trust of 10,000 staff: 8,000 white, 1,564 BME, 436 unknown.
 * Chosen to reproduce published worked examples:
 * - indicator 2: white 46.99% vs BME 14.65% appointed → RL 3.21 (notes: "3.2");
 * - indicator 9: board 3 of 20 BME (15%) vs workforce 15.64% → -0.64 points.
 */
export function exampleReturn(): WresReturnInput {
  return {
    year: 2024,
    workforce: [
      { category: NON_CLINICAL, grade: AfcBand.BAND_2, white: 1500, bme: 300, unknown: 100 },
      { category: NON_CLINICAL, grade: AfcBand.BAND_8A, white: 250, bme: 10, unknown: 10 },
      { category: CLINICAL, grade: AfcBand.BAND_5, white: 2950, bme: 900, unknown: 200 },
      { category: CLINICAL, grade: AfcBand.BAND_7, white: 2000, bme: 254, unknown: 100 },
      { category: CLINICAL, grade: MedicalGrade.CONSULTANT, white: 1300, bme: 100, unknown: 26 },
    ],
    shortlisting: {
      shortlisted: { white: 10000, bme: 10000, unknown: 400 },
      appointed: { white: 4699, bme: 1465, unknown: 90 },
    },
    disciplinary: {
      headcount: { white: 10000, bme: 10000, unknown: 436 },
      entering: { white: 100, bme: 103, unknown: 4 },
    },
    training: {
      headcount: { white: 8000, bme: 1564, unknown: 436 },
      accessed: { white: 4000, bme: 782, unknown: 100 },
    },
    survey: {
      harassmentFromPublic: { white: { respondents: 1000, yes: 250 }, bme: { respondents: 500, yes: 150 } },
      harassmentFromStaff: { white: { respondents: 1000, percentage: 20 }, bme: { respondents: 500, percentage: 26.4 } },
      equalOpportunities: { white: { respondents: 1000, yes: 700 }, bme: { respondents: 500, yes: 300 } },
      discrimination: { white: { respondents: 1000, yes: 60 }, bme: { respondents: 500, yes: 75 } },
    },
    board: { white: 16, bme: 3, unknown: 1 },
  };
}
