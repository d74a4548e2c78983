import { WorkforceCategory, type WresGrade, WRES_GRADES_IN_ORDER, isMedicalGrade } from "@ascent/domain";
import { checkCount, type InputIssue } from "../errors";

/**
 * One organisation's WRES return for one year: the raw counts and survey
 * results behind the nine indicators. Indicators are always computed from
 * this, never typed in.
 */

/** Headcounts by WRES group. `unknown` (not stated or blank) is reported but kept out of ratios; default 0. */
export interface EthnicCounts {
  readonly white: number;
  readonly bme: number;
  readonly unknown?: number;
}

/** Indicator 1: staff in post at 31 March in one category and grade. At most one row per category and grade. */
export interface WorkforceRow extends EthnicCounts {
  readonly category: WorkforceCategory;
  /** An AfC band or (clinical only) a medical grade. */
  readonly grade: WresGrade;
}

/**
 * A Staff Survey result for one group: the number answering yes, or the
 * published percentage (0-100), which is turned into a count as
 * `round(percentage / 100 * respondents)` (half up). Give `yes` when you have
 * it: published survey percentages are weighted, so the count is approximate.
 */
export type SurveyGroupResult =
  | { readonly respondents: number; readonly yes: number }
  | { readonly respondents: number; readonly percentage: number };

export interface SurveyComparison {
  readonly white: SurveyGroupResult;
  readonly bme: SurveyGroupResult;
}

export interface WresReturnInput {
  readonly year: number;
  /** Indicator 1 (and the overall workforce for indicator 9): one row per category and grade with staff. */
  readonly workforce: readonly WorkforceRow[];
  /** Indicator 2: people shortlisted and appointed from shortlisting. */
  readonly shortlisting: { readonly shortlisted: EthnicCounts; readonly appointed: EthnicCounts };
  /** Indicator 3: staff entering the formal disciplinary process, and headcount. */
  readonly disciplinary: { readonly entering: EthnicCounts; readonly headcount: EthnicCounts };
  /** Indicator 4: staff accessing non-mandatory training and CPD, and headcount. */
  readonly training: { readonly accessed: EthnicCounts; readonly headcount: EthnicCounts };
  /** Indicators 5-8 from the NHS Staff Survey. */
  readonly survey: {
    /** 5: harassment, bullying or abuse from patients, relatives or the public (last 12 months). */
    readonly harassmentFromPublic: SurveyComparison;
    /** 6: harassment, bullying or abuse from staff (last 12 months). */
    readonly harassmentFromStaff: SurveyComparison;
    /** 7: believing the organisation provides equal opportunities for career progression or promotion. */
    readonly equalOpportunities: SurveyComparison;
    /** 8: discrimination from a manager, team leader or colleagues (last 12 months). */
    readonly discrimination: SurveyComparison;
  };
  /** Indicator 9: board voting members. */
  readonly board: EthnicCounts;
}

export const SURVEY_KEYS = ["harassmentFromPublic", "harassmentFromStaff", "equalOpportunities", "discrimination"] as const;

/** Yes-count of a survey result (see `SurveyGroupResult`). */
export function surveyYesCount(result: SurveyGroupResult): number {
  if ("yes" in result) return result.yes;
  return Math.floor((result.percentage / 100) * result.respondents + 0.5 + 1e-9);
}

function checkEthnicCounts(counts: EthnicCounts | undefined, path: string, issues: InputIssue[]): boolean {
  if (typeof counts !== "object" || counts === null) {
    issues.push({ path, message: "is missing" });
    return false;
  }
  let ok = checkCount(counts.white, `${path}.white`, issues);
  ok = checkCount(counts.bme, `${path}.bme`, issues) && ok;
  if (counts.unknown !== undefined) ok = checkCount(counts.unknown, `${path}.unknown`, issues) && ok;
  return ok;
}

/** What a part is compared with, in the guidance's words: "2500 is more than the 2000 shortlisted applicants". */
const WHOLE_WORDS: Record<string, string> = { shortlisted: "shortlisted applicants", headcount: "staff in post" };
const GROUP_WORDS = { white: "white", bme: "BME", unknown: "unknown-ethnicity" } as const;

function checkWithin(part: EthnicCounts, whole: EthnicCounts, partPath: string, wholeItem: string, issues: InputIssue[]) {
  for (const group of ["white", "bme", "unknown"] as const) {
    const a = part[group] ?? 0;
    const b = whole[group] ?? 0;
    if (a > b) issues.push({ path: `${partPath}.${group}`, message: `${a} is more than the ${b} ${GROUP_WORDS[group]} ${WHOLE_WORDS[wholeItem] ?? wholeItem}` });
  }
}

function checkSurvey(result: SurveyGroupResult | undefined, path: string, issues: InputIssue[]): void {
  if (typeof result !== "object" || result === null) {
    issues.push({ path, message: "is missing" });
    return;
  }
  const respondents = checkCount(result.respondents, `${path}.respondents`, issues);
  if ("yes" in result) {
    if (checkCount(result.yes, `${path}.yes`, issues) && respondents && result.yes > result.respondents) {
      issues.push({ path: `${path}.yes`, message: `${result.yes} answering yes is more than the ${result.respondents} respondents` });
    }
  } else if (!(typeof result.percentage === "number" && result.percentage >= 0 && result.percentage <= 100)) {
    issues.push({ path: `${path}.percentage`, message: `must be a percentage from 0 to 100, got ${String(result.percentage)}` });
  }
}

/**
 * Every problem with a WRES return, with paths in its own terms
 * (`workforce[3].grade`, `shortlisting.appointed.bme`). Empty when valid.
 */
export function validateWresReturn(input: WresReturnInput): InputIssue[] {
  const issues: InputIssue[] = [];
  if (!Number.isSafeInteger(input.year) || input.year < 2000 || input.year > 2200) {
    issues.push({ path: "year", message: `must be a year such as 2024, got ${String(input.year)}` });
  }
  const seen = new Set<string>();
  if (!Array.isArray(input.workforce)) issues.push({ path: "workforce", message: "is missing" });
  (Array.isArray(input.workforce) ? input.workforce : []).forEach((row, index) => {
    const path = `workforce[${index}]`;
    if (!Object.values(WorkforceCategory).includes(row.category)) {
      issues.push({ path: `${path}.category`, message: `unknown category ${String(row.category)}` });
    }
    if (!WRES_GRADES_IN_ORDER.includes(row.grade)) {
      issues.push({ path: `${path}.grade`, message: `unknown grade ${String(row.grade)}` });
    } else if (isMedicalGrade(row.grade) && row.category !== WorkforceCategory.CLINICAL) {
      issues.push({ path: `${path}.grade`, message: `medical grades (consultant, non-consultant career grade, trainee grade) are reported as clinical staff only` });
    }
    const key = `${row.category}.${row.grade}`;
    if (seen.has(key)) issues.push({ path, message: `a second row for ${key}; give one row per category and grade` });
    seen.add(key);
    checkEthnicCounts(row, path, issues);
  });

  const pairs = [
    ["shortlisting", "appointed", "shortlisted"],
    ["disciplinary", "entering", "headcount"],
    ["training", "accessed", "headcount"],
  ] as const;
  for (const [section, part, whole] of pairs) {
    const value = input[section] as Record<string, EthnicCounts> | undefined;
    const partOk = checkEthnicCounts(value?.[part], `${section}.${part}`, issues);
    const wholeOk = checkEthnicCounts(value?.[whole], `${section}.${whole}`, issues);
    if (value && partOk && wholeOk) {
      checkWithin(value[part], value[whole], `${section}.${part}`, whole, issues);
    }
  }
  for (const key of SURVEY_KEYS) {
    checkSurvey(input.survey?.[key]?.white, `survey.${key}.white`, issues);
    checkSurvey(input.survey?.[key]?.bme, `survey.${key}.bme`, issues);
  }
  checkEthnicCounts(input.board, "board", issues);
  return issues;
}
