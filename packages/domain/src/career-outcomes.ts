import { AfcBand, compareBands } from "./bands";
import { isValidLocalDate } from "./london-time";

/**
 * Career outcomes: what happened to a person's career after a programme
 * (Kirkpatrick level 4, results), for participants and for the comparison
 * group (applicants who were waitlisted, never placed, and agreed to be
 * followed up).
 */
export enum CareerOutcomeKind {
  PROMOTION = "PROMOTION",
  ACTING_UP = "ACTING_UP",
  SECONDMENT = "SECONDMENT",
  NEW_ROLE_SAME_BAND = "NEW_ROLE_SAME_BAND",
  LEFT_NHS = "LEFT_NHS",
}

export const careerOutcomeKindLabels: Record<CareerOutcomeKind, string> = {
  [CareerOutcomeKind.PROMOTION]: "Promotion",
  [CareerOutcomeKind.ACTING_UP]: "Acting up",
  [CareerOutcomeKind.SECONDMENT]: "Secondment",
  [CareerOutcomeKind.NEW_ROLE_SAME_BAND]: "New role at the same band",
  [CareerOutcomeKind.LEFT_NHS]: "Left the NHS",
};

/** Who told us. */
export enum CareerOutcomeSource {
  STAFF = "STAFF",
  SELF_REPORTED = "SELF_REPORTED",
  PARTNER = "PARTNER",
}

export const careerOutcomeSourceLabels: Record<CareerOutcomeSource, string> = {
  [CareerOutcomeSource.STAFF]: "Academy staff",
  [CareerOutcomeSource.SELF_REPORTED]: "The person, from their follow-up link",
  [CareerOutcomeSource.PARTNER]: "Their employer, through the API",
};

/** Whose outcome: a participant, or someone in the comparison group. */
export enum OutcomeGroup {
  PARTICIPANT = "PARTICIPANT",
  COMPARISON = "COMPARISON",
}

export const outcomeGroupLabels: Record<OutcomeGroup, string> = {
  [OutcomeGroup.PARTICIPANT]: "Participant",
  [OutcomeGroup.COMPARISON]: "Comparison group (waitlisted, not placed)",
};

/** Months after completion at which people are followed up and promotion is measured. */
export const FOLLOW_UP_MONTHS = [6, 12, 24] as const;
export type FollowUpMonths = (typeof FOLLOW_UP_MONTHS)[number];

/** What the comparison of participants with the comparison group says, in the style of the WRES dashboard. */
export enum ImpactVerdict {
  /** The whole interval of the difference is above 0. */
  PARTICIPANTS_MORE_LIKELY = "PARTICIPANTS_MORE_LIKELY",
  /** The whole interval of the difference is below 0. */
  PARTICIPANTS_LESS_LIKELY = "PARTICIPANTS_LESS_LIKELY",
  /** The interval includes 0: the difference could be chance. */
  INCONCLUSIVE = "INCONCLUSIVE",
  /** No figure: too few people, figures withheld, or nobody has been followed up that long yet. */
  NO_FIGURE = "NO_FIGURE",
}

export const impactVerdictLabels: Record<ImpactVerdict, string> = {
  [ImpactVerdict.PARTICIPANTS_MORE_LIKELY]: "Participants more likely to be promoted",
  [ImpactVerdict.PARTICIPANTS_LESS_LIKELY]: "Participants less likely to be promoted",
  [ImpactVerdict.INCONCLUSIVE]: "Inconclusive",
  [ImpactVerdict.NO_FIGURE]: "No figure",
};

export const impactVerdictExplanations: Record<ImpactVerdict, string> = {
  [ImpactVerdict.PARTICIPANTS_MORE_LIKELY]: "The whole 95% interval of the difference is above zero: participants were promoted more often than the comparison group, by more than chance would explain.",
  [ImpactVerdict.PARTICIPANTS_LESS_LIKELY]: "The whole 95% interval of the difference is below zero: participants were promoted less often than the comparison group, by more than chance would explain.",
  [ImpactVerdict.INCONCLUSIVE]: "The 95% interval of the difference includes zero, so the difference could be chance. Small groups nearly always give this.",
  [ImpactVerdict.NO_FIGURE]: "There is no comparison to make yet: a group is too small to show, or nobody has been followed up for that long.",
};

/** Why a figure is missing. */
export enum ImpactNullReason {
  /** Nobody in the group has reached this many months after completion yet. */
  NOT_YET = "NOT_YET",
  /** Fewer than 8 people promoted or not promoted: shown, it could point to a person. */
  SUPPRESSED = "SUPPRESSED",
  /** No people in the group. */
  EMPTY_GROUP = "EMPTY_GROUP",
}

export const CAREER_OUTCOME_LIMITS = {
  /** Annual baseline promotion rate, as a percentage. */
  baselineMinPercent: 0,
  baselineMaxPercent: 100,
  baselineSourceMaxLength: 300,
} as const;

export interface CareerOutcomeFacts {
  kind: CareerOutcomeKind;
  effectiveOn: string;
  bandBefore: AfcBand | null;
  bandAfter: AfcBand | null;
}

/** One problem with a career outcome, on a field of the form. */
export interface CareerOutcomeProblem {
  field: "kind" | "effectiveOn" | "bandBefore" | "bandAfter";
  /** REQUIRED when something is missing, INVALID when it is wrong. */
  missing: boolean;
  message: string;
}

/**
 * The rules a career outcome must meet, the same for staff, partners and the
 * person's own follow-up link: a real date not in the future (London's
 * calendar) and no earlier than `earliest` (the person's application); a
 * promotion goes to a higher band and acting up to a higher band than the
 * substantive one; a new role at the same band keeps the band; a band after
 * leaving the NHS means nothing.
 */
export function careerOutcomeProblems(facts: CareerOutcomeFacts, today: string, earliest: string | null): CareerOutcomeProblem[] {
  const problems: CareerOutcomeProblem[] = [];
  const { kind, effectiveOn, bandBefore, bandAfter } = facts;
  if (!isValidLocalDate(effectiveOn)) problems.push({ field: "effectiveOn", missing: false, message: "Enter the date it took effect, as a real date (YYYY-MM-DD)." });
  else if (effectiveOn > today) problems.push({ field: "effectiveOn", missing: false, message: "The date can't be in the future: record it once it has happened." });
  else if (earliest && effectiveOn < earliest) problems.push({ field: "effectiveOn", missing: false, message: `The date can't be before the application (${earliest}).` });
  const needsBands = kind === CareerOutcomeKind.PROMOTION || kind === CareerOutcomeKind.ACTING_UP;
  if (needsBands || kind === CareerOutcomeKind.NEW_ROLE_SAME_BAND) {
    if (!bandBefore) problems.push({ field: "bandBefore", missing: true, message: "Choose the band before the change." });
    if (!bandAfter) problems.push({ field: "bandAfter", missing: true, message: "Choose the band after the change." });
  }
  if (bandBefore && bandAfter) {
    if (needsBands && compareBands(bandAfter, bandBefore) <= 0) {
      problems.push({
        field: "bandAfter",
        missing: false,
        message: kind === CareerOutcomeKind.PROMOTION ? "A promotion goes to a higher band than the one before." : "Acting up is at a higher band than the substantive one.",
      });
    }
    if (kind === CareerOutcomeKind.NEW_ROLE_SAME_BAND && bandAfter !== bandBefore) {
      problems.push({ field: "bandAfter", missing: false, message: "A new role at the same band keeps the band; record a different band as a promotion (or say what happened)." });
    }
  }
  if (kind === CareerOutcomeKind.LEFT_NHS && bandAfter) problems.push({ field: "bandAfter", missing: false, message: "Leave the band after empty: they have left the NHS." });
  return problems;
}

/** An annual promotion rate for a horizon of `months`, assuming the same chance each month (1 - (1 - p)^(months/12)). */
export function baselineForHorizon(annualRate: number, months: number): number {
  return 1 - (1 - annualRate) ** (months / 12);
}

