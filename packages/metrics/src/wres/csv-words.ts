import { SURVEY_KEYS } from "./input";

/**
 * The words of the WRES technical guidance for the CSV template's sections
 * and items, so that a return reads like the guidance and not like code. The
 * parser accepts these, the short codes of earlier templates (`shortlisting`,
 * `appointed`, `survey` with `harassmentFromPublic.respondents`, `BAND_8A`),
 * and an indicator number alone ("Indicator 2").
 */

type SurveyKey = (typeof SURVEY_KEYS)[number];
export type CsvSection = "workforce" | "shortlisting" | "disciplinary" | "training" | "survey" | "board";

export const SECTION_WORDS: Record<Exclude<CsvSection, "survey">, string> = {
  workforce: "Indicator 1: staff in post at 31 March",
  shortlisting: "Indicator 2: appointment from shortlisting",
  disciplinary: "Indicator 3: formal disciplinary process",
  training: "Indicator 4: non-mandatory training and CPD",
  board: "Indicator 9: board voting membership",
};

/** Indicators 5-8, from the NHS Staff Survey. */
export const SURVEY_SECTION_WORDS: Record<SurveyKey, string> = {
  harassmentFromPublic: "Indicator 5: harassment, bullying or abuse from patients, relatives or the public in the last 12 months",
  harassmentFromStaff: "Indicator 6: harassment, bullying or abuse from staff in the last 12 months",
  equalOpportunities: "Indicator 7: believing the organisation provides equal opportunities for career progression or promotion",
  discrimination: "Indicator 8: discrimination at work from a manager, team leader or other colleagues in the last 12 months",
};

/** What each line of the two-line sections counts. */
export const PAIR_ITEM_WORDS = {
  shortlisting: { shortlisted: "Shortlisted applicants", appointed: "Appointed from shortlisting" },
  disciplinary: { headcount: "Staff in post (headcount)", entering: "Entering the formal disciplinary process" },
  training: { headcount: "Staff in post (headcount)", accessed: "Accessed non-mandatory training or CPD" },
} as const;

/** How a count in one line compares with its whole, in messages: "2500 is more than the 2000 shortlisted applicants". */
export const WHOLE_WORDS = {
  shortlisted: "shortlisted applicants",
  headcount: "staff in post",
} as const;

export const SURVEY_MEASURE_WORDS = {
  respondents: "Staff Survey respondents",
  yes: "Answering yes",
  percentage: "Percentage answering yes",
} as const;

export const BOARD_ITEM_WORDS = "Voting members";

/** The template's header; any case, and the old lower-case names, are read too. */
export const COLUMN_WORDS = {
  section: "Section",
  category: "Category",
  item: "Item",
  white: "White",
  bme: "BME",
  unknown: "Unknown",
  asian: "Asian",
  black: "Black",
  mixed: "Mixed",
  other: "Other",
} as const;

const INDICATOR_NUMBER = /^indicator\s*([1-9])\b/i;

/** A section cell: its section, and for indicators 5-8 which survey question. Null when unrecognised. */
export function readSection(text: string): { section: CsvSection; surveyKey: SurveyKey | null } | null {
  const trimmed = text.trim();
  const number = INDICATOR_NUMBER.exec(trimmed)?.[1];
  if (number) {
    const n = Number(number);
    if (n === 1) return { section: "workforce", surveyKey: null };
    if (n === 2) return { section: "shortlisting", surveyKey: null };
    if (n === 3) return { section: "disciplinary", surveyKey: null };
    if (n === 4) return { section: "training", surveyKey: null };
    if (n <= 8) return { section: "survey", surveyKey: SURVEY_KEYS[n - 5] };
    return { section: "board", surveyKey: null };
  }
  const code = trimmed.toLowerCase();
  if (code === "workforce" || code === "shortlisting" || code === "disciplinary" || code === "training" || code === "survey" || code === "board") {
    return { section: code, surveyKey: null };
  }
  return null;
}

export const normaliseWords = (text: string) => text.trim().toLowerCase().replace(/[\s_-]+/g, "");
