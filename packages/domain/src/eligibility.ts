import { AfcBand, AFC_BANDS_IN_ORDER, afcBandLabels } from "./bands";
import { StaffGroup, staffGroupLabels } from "./staff-groups";
import { MedicalGrade, medicalGradeLabels } from "./wres";

/**
 * Who a programme (or one of its tracks) is for, as data. The application
 * step evaluates these rules with `evaluateEligibility`; the catalogue shows
 * them with `describeEligibility`. Both are pure, so the console can tell an
 * applicant "you are eligible because ..." before they submit.
 */

/** Whether a programme is positive action under the Equality Act 2010, or open to everyone. */
export enum EthnicityCriterion {
  OPEN_TO_ALL = "OPEN_TO_ALL",
  /** For staff who identify as Black, Asian or minority ethnic (their own declaration). */
  POSITIVE_ACTION_BME = "POSITIVE_ACTION_BME",
}

export const ethnicityCriterionLabels: Record<EthnicityCriterion, string> = {
  [EthnicityCriterion.OPEN_TO_ALL]: "Open to staff of all ethnicities",
  [EthnicityCriterion.POSITIVE_ACTION_BME]: "Positive action for Black, Asian and minority ethnic staff",
};

/** Things an applicant must have in place. */
export enum EligibilityRequirement {
  LINE_MANAGER_SUPPORT = "LINE_MANAGER_SUPPORT",
  MENTOR_OR_COACH_IDENTIFIED = "MENTOR_OR_COACH_IDENTIFIED",
  EQUALITY_MONITORING_FORM = "EQUALITY_MONITORING_FORM",
}

export const eligibilityRequirementLabels: Record<EligibilityRequirement, string> = {
  [EligibilityRequirement.LINE_MANAGER_SUPPORT]: "Support of your line manager",
  [EligibilityRequirement.MENTOR_OR_COACH_IDENTIFIED]: "A mentor or coach identified before the start",
  [EligibilityRequirement.EQUALITY_MONITORING_FORM]: "A completed equality monitoring form",
};

/**
 * Every field is optional: null or absent means "no rule" on a programme,
 * and "inherit the programme's" on a track (see mergeEligibilityRules).
 * An empty list of bands, grades or staff groups also means "no rule".
 */
export interface EligibilityRules {
  /** Agenda for Change bands admitted. With medicalGrades: a band here OR a grade there. */
  bands?: AfcBand[] | null;
  /** Medical and dental grades admitted. */
  medicalGrades?: MedicalGrade[] | null;
  staffGroups?: StaffGroup[] | null;
  ethnicity?: EthnicityCriterion | null;
  /** Only staff of organisations that are members of the owning academy. */
  memberOrganisationsOnly?: boolean | null;
  requirements?: EligibilityRequirement[] | null;
}

/** The rule kinds evaluateEligibility reports on. */
export enum EligibilityRuleKind {
  GRADE = "GRADE",
  STAFF_GROUP = "STAFF_GROUP",
  POSITIVE_ACTION = "POSITIVE_ACTION",
  MEMBER_ORGANISATION = "MEMBER_ORGANISATION",
  LINE_MANAGER_SUPPORT = "LINE_MANAGER_SUPPORT",
  MENTOR_OR_COACH = "MENTOR_OR_COACH",
  EQUALITY_MONITORING_FORM = "EQUALITY_MONITORING_FORM",
}

/** What the applicant says about themselves; null or absent means "not told". */
export interface EligibilityApplicant {
  band?: AfcBand | null;
  medicalGrade?: MedicalGrade | null;
  staffGroup?: StaffGroup | null;
  /**
   * The applicant's own declaration that they identify as Black, Asian or
   * minority ethnic, given for a positive-action programme with its own
   * consent. Never derived from equality monitoring data.
   */
  identifiesAsBlackAsianOrMinorityEthnic?: boolean | null;
  /** Whether the applicant's organisation is a member of the programme's academy (the api looks it up). */
  organisationIsAcademyMember?: boolean | null;
  lineManagerSupports?: boolean | null;
  mentorOrCoachIdentified?: boolean | null;
  equalityMonitoringFormCompleted?: boolean | null;
}

export interface EligibilityReason {
  rule: EligibilityRuleKind;
  met: boolean;
  explanation: string;
}

export interface EligibilityResult {
  eligible: boolean;
  /** One entry per rule that applies, in a stable order; empty when the programme is open to everyone. */
  reasons: EligibilityReason[];
}

export interface EligibilityWording {
  /** Used in sentences about membership, e.g. "HPMA London Academy". */
  academyName?: string;
}

const nonEmpty = <T>(list: readonly T[] | null | undefined): list is T[] => Array.isArray(list) && list.length > 0;

/** A track's rules over its programme's: each field the track sets replaces the programme's. */
export function mergeEligibilityRules(programme: EligibilityRules | null | undefined, track: EligibilityRules | null | undefined): EligibilityRules {
  const base = programme ?? {};
  const override = track ?? {};
  const pick = <K extends keyof EligibilityRules>(key: K): EligibilityRules[K] => (override[key] !== undefined && override[key] !== null ? override[key] : base[key]) ?? null;
  return {
    bands: pick("bands"),
    medicalGrades: pick("medicalGrades"),
    staffGroups: pick("staffGroups"),
    ethnicity: pick("ethnicity"),
    memberOrganisationsOnly: pick("memberOrganisationsOnly"),
    requirements: pick("requirements"),
  };
}

/** "a, b and c" */
export function joinWithAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

function joinWithOr(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} or ${items.at(-1)}`;
}

/** "bands 5, 6 and 7", "band 7", "bands 8a to 8d" */
export function describeBands(bands: readonly AfcBand[]): string {
  const sorted = [...new Set(bands)].sort((a, b) => AFC_BANDS_IN_ORDER.indexOf(a) - AFC_BANDS_IN_ORDER.indexOf(b));
  const short = (band: AfcBand) => (band === AfcBand.VSM ? "very senior managers" : afcBandLabels[band].replace(/^Band /, ""));
  const numbered = sorted.filter((band) => band !== AfcBand.VSM);
  const parts: string[] = [];
  if (numbered.length > 0) {
    const contiguous = numbered.every((band, i) => i === 0 || AFC_BANDS_IN_ORDER.indexOf(band) === AFC_BANDS_IN_ORDER.indexOf(numbered[i - 1]) + 1);
    const list = contiguous && numbered.length > 3 ? `${short(numbered[0])} to ${short(numbered.at(-1) as AfcBand)}` : joinWithAnd(numbered.map(short));
    parts.push(`${numbered.length === 1 ? "band" : "bands"} ${list}`);
  }
  if (sorted.includes(AfcBand.VSM)) parts.push(short(AfcBand.VSM));
  return joinWithAnd(parts);
}

function describeGrades(rules: EligibilityRules): string {
  const parts: string[] = [];
  if (nonEmpty(rules.bands)) parts.push(`Agenda for Change ${describeBands(rules.bands)}`);
  if (nonEmpty(rules.medicalGrades)) parts.push(`medical and dental staff at ${joinWithOr(rules.medicalGrades.map((g) => medicalGradeLabels[g].toLowerCase()))}`);
  return joinWithOr(parts);
}

const staffGroupList = (groups: readonly StaffGroup[]) => joinWithOr(groups.map((g) => staffGroupLabels[g]));

const membershipPhrase = (wording: EligibilityWording) =>
  wording.academyName ? `a member organisation of ${wording.academyName}` : "a member organisation of the academy";

const requirementRule: Record<EligibilityRequirement, EligibilityRuleKind> = {
  [EligibilityRequirement.LINE_MANAGER_SUPPORT]: EligibilityRuleKind.LINE_MANAGER_SUPPORT,
  [EligibilityRequirement.MENTOR_OR_COACH_IDENTIFIED]: EligibilityRuleKind.MENTOR_OR_COACH,
  [EligibilityRequirement.EQUALITY_MONITORING_FORM]: EligibilityRuleKind.EQUALITY_MONITORING_FORM,
};

const REQUIREMENTS_IN_ORDER = Object.values(EligibilityRequirement);

/**
 * Checks an applicant against the rules. Every applicable rule gets a
 * reason, met or not, so the caller can explain the whole result; the
 * applicant is eligible when every reason is met. Unknown answers do not
 * meet a rule.
 */
export function evaluateEligibility(rules: EligibilityRules, applicant: EligibilityApplicant, wording: EligibilityWording = {}): EligibilityResult {
  const reasons: EligibilityReason[] = [];

  if (nonEmpty(rules.bands) || nonEmpty(rules.medicalGrades)) {
    const wanted = describeGrades(rules);
    const bandMet = applicant.band != null && nonEmpty(rules.bands) && rules.bands.includes(applicant.band);
    const gradeMet = applicant.medicalGrade != null && nonEmpty(rules.medicalGrades) && rules.medicalGrades.includes(applicant.medicalGrade);
    const yours =
      applicant.band != null ? afcBandLabels[applicant.band].replace(/^Band/, "band") : applicant.medicalGrade != null ? medicalGradeLabels[applicant.medicalGrade].toLowerCase() : null;
    reasons.push({
      rule: EligibilityRuleKind.GRADE,
      met: bandMet || gradeMet,
      explanation:
        yours === null
          ? `The programme is for ${wanted}; tell us your band or grade.`
          : bandMet || gradeMet
            ? `You are at ${yours}, and the programme is for ${wanted}.`
            : `You are at ${yours}, but the programme is for ${wanted}.`,
    });
  }

  if (nonEmpty(rules.staffGroups)) {
    const met = applicant.staffGroup != null && rules.staffGroups.includes(applicant.staffGroup);
    const wanted = staffGroupList(rules.staffGroups);
    reasons.push({
      rule: EligibilityRuleKind.STAFF_GROUP,
      met,
      explanation:
        applicant.staffGroup == null
          ? `The programme is for ${wanted} staff; tell us your staff group.`
          : met
            ? `You work in ${staffGroupLabels[applicant.staffGroup]}, a staff group the programme is for.`
            : `You work in ${staffGroupLabels[applicant.staffGroup]}, but the programme is for ${wanted} staff.`,
    });
  }

  if (rules.ethnicity === EthnicityCriterion.POSITIVE_ACTION_BME) {
    const met = applicant.identifiesAsBlackAsianOrMinorityEthnic === true;
    reasons.push({
      rule: EligibilityRuleKind.POSITIVE_ACTION,
      met,
      explanation: met
        ? "You identify as Black, Asian or minority ethnic, and this is a positive action programme for Black, Asian and minority ethnic staff."
        : "This is a positive action programme for staff who identify as Black, Asian or minority ethnic.",
    });
  }

  if (rules.memberOrganisationsOnly === true) {
    const met = applicant.organisationIsAcademyMember === true;
    const member = membershipPhrase(wording);
    reasons.push({
      rule: EligibilityRuleKind.MEMBER_ORGANISATION,
      met,
      explanation:
        applicant.organisationIsAcademyMember == null
          ? `The programme is only for staff of ${member}; tell us your organisation.`
          : met
            ? `Your organisation is ${member}.`
            : `The programme is only for staff of ${member}, and your organisation is not one.`,
    });
  }

  const required = new Set(rules.requirements ?? []);
  for (const requirement of REQUIREMENTS_IN_ORDER.filter((r) => required.has(r))) {
    const answer =
      requirement === EligibilityRequirement.LINE_MANAGER_SUPPORT
        ? applicant.lineManagerSupports
        : requirement === EligibilityRequirement.MENTOR_OR_COACH_IDENTIFIED
          ? applicant.mentorOrCoachIdentified
          : applicant.equalityMonitoringFormCompleted;
    const met = answer === true;
    reasons.push({ rule: requirementRule[requirement], met, explanation: requirementExplanation(requirement, met) });
  }

  return { eligible: reasons.every((reason) => reason.met), reasons };
}

function requirementExplanation(requirement: EligibilityRequirement, met: boolean): string {
  switch (requirement) {
    case EligibilityRequirement.LINE_MANAGER_SUPPORT:
      return met ? "Your line manager supports your application." : "You need the support of your line manager, who will support you throughout the programme.";
    case EligibilityRequirement.MENTOR_OR_COACH_IDENTIFIED:
      return met ? "You have identified a mentor or coach." : "You need to identify a mentor or coach before the programme starts.";
    case EligibilityRequirement.EQUALITY_MONITORING_FORM:
      return met ? "You have completed the equality monitoring form." : "You need to complete an equality monitoring form.";
  }
}

/** The rules in plain English, one sentence each, for the public catalogue. */
export function describeEligibility(rules: EligibilityRules, wording: EligibilityWording = {}): string[] {
  const sentences: string[] = [];
  if (nonEmpty(rules.bands) || nonEmpty(rules.medicalGrades)) sentences.push(`Open to ${describeGrades(rules)}.`);
  if (nonEmpty(rules.staffGroups)) sentences.push(`For ${staffGroupList(rules.staffGroups)} staff.`);
  sentences.push(
    rules.ethnicity === EthnicityCriterion.POSITIVE_ACTION_BME
      ? "A positive action programme for staff who identify as Black, Asian or minority ethnic (Equality Act 2010)."
      : "Open to staff of all ethnicities.",
  );
  if (rules.memberOrganisationsOnly === true) sentences.push(`Only for staff of ${membershipPhrase(wording)}.`);
  const required = new Set(rules.requirements ?? []);
  if (required.has(EligibilityRequirement.LINE_MANAGER_SUPPORT)) sentences.push("You need your line manager's support before applying.");
  if (required.has(EligibilityRequirement.MENTOR_OR_COACH_IDENTIFIED)) sentences.push("You need to identify a mentor or coach before the programme starts.");
  if (required.has(EligibilityRequirement.EQUALITY_MONITORING_FORM)) sentences.push("You need to complete an equality monitoring form with your application.");
  return sentences;
}

export interface EligibilityProblem {
  /** Path inside the rules, e.g. ["bands", "2"]. */
  path: string[];
  message: string;
}

const isOneOf = (values: readonly string[], value: unknown): boolean => typeof value === "string" && values.includes(value);

/**
 * Checks rules that arrive as data (JSON, an import, a seed): every value
 * must be a known band, grade, staff group, criterion or requirement, and
 * lists must not repeat themselves.
 */
export function eligibilityRulesProblems(rules: unknown): EligibilityProblem[] {
  if (rules === null || rules === undefined) return [];
  if (typeof rules !== "object" || Array.isArray(rules)) return [{ path: [], message: "Eligibility rules must be an object." }];
  const problems: EligibilityProblem[] = [];
  const record = rules as Record<string, unknown>;
  const known = ["bands", "medicalGrades", "staffGroups", "ethnicity", "memberOrganisationsOnly", "requirements"];
  for (const key of Object.keys(record)) if (!known.includes(key)) problems.push({ path: [key], message: `${key} is not an eligibility rule.` });
  const lists: Array<[string, readonly string[], string]> = [
    ["bands", Object.values(AfcBand), "band"],
    ["medicalGrades", Object.values(MedicalGrade), "medical grade"],
    ["staffGroups", Object.values(StaffGroup), "staff group"],
    ["requirements", Object.values(EligibilityRequirement), "requirement"],
  ];
  for (const [key, values, noun] of lists) {
    const list = record[key];
    if (list === null || list === undefined) continue;
    if (!Array.isArray(list)) {
      problems.push({ path: [key], message: `${key} must be a list.` });
      continue;
    }
    const seen = new Set<unknown>();
    list.forEach((value, index) => {
      if (!isOneOf(values, value)) problems.push({ path: [key, String(index)], message: `${JSON.stringify(value)} is not a known ${noun}.` });
      else if (seen.has(value)) problems.push({ path: [key, String(index)], message: `${String(value)} is listed twice.` });
      seen.add(value);
    });
  }
  const ethnicity = record.ethnicity;
  if (ethnicity !== null && ethnicity !== undefined && !isOneOf(Object.values(EthnicityCriterion), ethnicity)) {
    problems.push({ path: ["ethnicity"], message: `${JSON.stringify(ethnicity)} is not a known ethnicity criterion.` });
  }
  const membersOnly = record.memberOrganisationsOnly;
  if (membersOnly !== null && membersOnly !== undefined && typeof membersOnly !== "boolean") {
    problems.push({ path: ["memberOrganisationsOnly"], message: "memberOrganisationsOnly must be true or false." });
  }
  return problems;
}
