import { BME_GROUP_KEYS, type BmeGroupKey, WorkforceCategory, type WresGrade, WRES_GRADES_IN_ORDER, isMedicalGrade } from "@ascent/domain";
import { checkCount, type InputIssue } from "../errors";

/**
 * One organisation's WRES return for one year: the raw counts and survey
 * results behind the nine indicators. Indicators are always computed from
 * this, never typed in.
 */

/**
 * A BME count split into the broad groups of the NHS data dictionary (codes
 * H-L Asian, M-P Black, D-G Mixed, R-S Other; `bmeGroupOf` in packages/domain).
 * The four add up to the BME count.
 */
export type BmeGroupCounts = Readonly<Record<BmeGroupKey, number>>;

/**
 * Headcounts by WRES group. `unknown` (not stated or blank) is reported but
 * kept out of ratios; default 0. `bmeGroups`, optional, splits `bme` into
 * the broad groups (see `validateWresReturn` for when it is required).
 */
export interface EthnicCounts {
  readonly white: number;
  readonly bme: number;
  readonly unknown?: number;
  readonly bmeGroups?: BmeGroupCounts;
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
  /** Optional: the BME result split into the broad groups; respondents (and yes-counts, when all are counts) add up to BME's. */
  readonly bmeGroups?: Readonly<Record<BmeGroupKey, SurveyGroupResult>>;
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
  if (counts.bmeGroups !== undefined) ok = checkGroupCounts(counts, path, issues) && ok;
  return ok;
}

const GROUP_NAMES: Record<BmeGroupKey, string> = { asian: "Asian", black: "Black", mixed: "Mixed", other: "Other" };

/** The four groups are whole numbers that add up to the BME count. */
function checkGroupCounts(counts: EthnicCounts, path: string, issues: InputIssue[]): boolean {
  const groups = counts.bmeGroups;
  if (typeof groups !== "object" || groups === null) {
    issues.push({ path: `${path}.bmeGroups`, message: "must give asian, black, mixed and other" });
    return false;
  }
  let ok = true;
  for (const key of BME_GROUP_KEYS) ok = checkCount(groups[key], `${path}.bmeGroups.${key}`, issues) && ok;
  if (!ok) return false;
  const sum = BME_GROUP_KEYS.reduce((total, key) => total + groups[key], 0);
  if (Number.isSafeInteger(counts.bme) && sum !== counts.bme) {
    const parts = BME_GROUP_KEYS.map((key) => `${GROUP_NAMES[key]} ${groups[key]}`).join(" + ");
    issues.push({ path: `${path}.bmeGroups`, message: `the groups add up to ${sum} (${parts}), not the ${counts.bme} BME` });
    return false;
  }
  return true;
}

/** True when any count of the return is split by group (a valid return then splits every BME count above 0). */
export function hasBmeGroups(input: WresReturnInput): boolean {
  const counted = (counts: EthnicCounts | undefined) => counts?.bmeGroups !== undefined;
  return (
    input.workforce.some(counted) ||
    counted(input.shortlisting?.shortlisted) ||
    counted(input.shortlisting?.appointed) ||
    counted(input.disciplinary?.entering) ||
    counted(input.disciplinary?.headcount) ||
    counted(input.training?.accessed) ||
    counted(input.training?.headcount) ||
    counted(input.board) ||
    SURVEY_KEYS.some((key) => input.survey?.[key]?.bmeGroups !== undefined)
  );
}

/** Every count and survey result of a return with its path, for the all-or-nothing rule of splits. */
function splitPlaces(input: WresReturnInput): Array<{ path: string; bme: number; split: boolean }> {
  const places: Array<{ path: string; bme: number; split: boolean }> = [];
  const add = (counts: EthnicCounts | undefined, path: string) => {
    if (typeof counts === "object" && counts !== null) places.push({ path, bme: counts.bme, split: counts.bmeGroups !== undefined });
  };
  (Array.isArray(input.workforce) ? input.workforce : []).forEach((row, index) => add(row, `workforce[${index}]`));
  add(input.shortlisting?.shortlisted, "shortlisting.shortlisted");
  add(input.shortlisting?.appointed, "shortlisting.appointed");
  add(input.disciplinary?.headcount, "disciplinary.headcount");
  add(input.disciplinary?.entering, "disciplinary.entering");
  add(input.training?.headcount, "training.headcount");
  add(input.training?.accessed, "training.accessed");
  for (const key of SURVEY_KEYS) {
    const comparison = input.survey?.[key];
    if (comparison?.bme) places.push({ path: `survey.${key}`, bme: comparison.bme.respondents, split: comparison.bmeGroups !== undefined });
  }
  add(input.board, "board");
  return places;
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
  if (!part.bmeGroups || !whole.bmeGroups) return;
  for (const key of BME_GROUP_KEYS) {
    const a = part.bmeGroups[key];
    const b = whole.bmeGroups[key];
    if (Number.isSafeInteger(a) && Number.isSafeInteger(b) && a > b) {
      issues.push({ path: `${partPath}.bmeGroups.${key}`, message: `${a} is more than the ${b} ${GROUP_NAMES[key]} ${WHOLE_WORDS[wholeItem] ?? wholeItem}` });
    }
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
    checkSurveyGroups(input.survey?.[key], `survey.${key}`, issues);
  }
  checkEthnicCounts(input.board, "board", issues);
  checkSplitEverywhere(input, issues);
  return issues;
}

function checkSurveyGroups(comparison: SurveyComparison | undefined, path: string, issues: InputIssue[]): void {
  const groups = comparison?.bmeGroups;
  if (groups === undefined || !comparison) return;
  if (typeof groups !== "object" || groups === null) {
    issues.push({ path: `${path}.bmeGroups`, message: "must give asian, black, mixed and other" });
    return;
  }
  const before = issues.length;
  for (const key of BME_GROUP_KEYS) checkSurvey(groups[key], `${path}.bmeGroups.${key}`, issues);
  if (issues.length > before || typeof comparison.bme !== "object" || comparison.bme === null) return;
  const respondents = BME_GROUP_KEYS.reduce((total, key) => total + groups[key].respondents, 0);
  if (respondents !== comparison.bme.respondents) {
    issues.push({ path: `${path}.bmeGroups`, message: `the groups' respondents add up to ${respondents}, not the ${comparison.bme.respondents} BME respondents` });
    return;
  }
  // Published percentages are weighted, so only counts can be checked against each other.
  const allCounts = "yes" in comparison.bme && BME_GROUP_KEYS.every((key) => "yes" in groups[key]);
  if (allCounts) {
    const yes = BME_GROUP_KEYS.reduce((total, key) => total + surveyYesCount(groups[key]), 0);
    const bmeYes = surveyYesCount(comparison.bme);
    if (yes !== bmeYes) issues.push({ path: `${path}.bmeGroups`, message: `the groups answering yes add up to ${yes}, not the ${bmeYes} BME answering yes` });
  }
}

/**
 * All or nothing: a return that splits one BME count by group splits every
 * BME count above 0 (a count of 0 needs no split). Group figures, and group
 * benchmarks over the trusts that gave them, then always cover the same
 * organisations, so no two of them differ by one trust's counts.
 */
function checkSplitEverywhere(input: WresReturnInput, issues: InputIssue[]): void {
  const places = splitPlaces(input);
  if (!places.some((place) => place.split)) return;
  for (const place of places) {
    if (!place.split && Number.isSafeInteger(place.bme) && place.bme > 0) {
      issues.push({ path: `${place.path}.bmeGroups`, message: `is missing: this return splits BME staff into groups elsewhere, so the ${place.bme} BME here need a split too` });
    }
  }
}
