import { ParticipantStatus } from "./applications";

/**
 * Delivery: a cohort's roster, the register taken at each session, and the
 * programme's completion rule. Pure rules both the api and the console use.
 */

export enum AttendanceStatus {
  PRESENT = "PRESENT",
  LATE = "LATE",
  /** Absent with a reason the facilitator accepted: not counted against the person. */
  EXCUSED = "EXCUSED",
  ABSENT = "ABSENT",
}

export const attendanceStatusLabels: Record<AttendanceStatus, string> = {
  [AttendanceStatus.PRESENT]: "Present",
  [AttendanceStatus.LATE]: "Late",
  [AttendanceStatus.EXCUSED]: "Excused",
  [AttendanceStatus.ABSENT]: "Absent",
};

export const participantStatusLabels: Record<ParticipantStatus, string> = {
  [ParticipantStatus.ENROLLED]: "Enrolled",
  [ParticipantStatus.ACTIVE]: "Active",
  [ParticipantStatus.COMPLETED]: "Completed",
  [ParticipantStatus.WITHDRAWN]: "Withdrawn",
};

/** Where a participant's status may go next, by hand or by the register. COMPLETED and WITHDRAWN are final. */
export const PARTICIPANT_TRANSITIONS: Record<ParticipantStatus, readonly ParticipantStatus[]> = {
  [ParticipantStatus.ENROLLED]: [ParticipantStatus.ACTIVE, ParticipantStatus.COMPLETED, ParticipantStatus.WITHDRAWN],
  [ParticipantStatus.ACTIVE]: [ParticipantStatus.COMPLETED, ParticipantStatus.WITHDRAWN],
  [ParticipantStatus.COMPLETED]: [],
  [ParticipantStatus.WITHDRAWN]: [],
};

export const canMoveParticipant = (from: ParticipantStatus, to: ParticipantStatus) => PARTICIPANT_TRANSITIONS[from].includes(to);

/** The longest reason (adding by hand, withdrawing) a person may type. */
export const PARTICIPANT_REASON_MAX = 500;

/**
 * The longest reason for completing someone by exception: shorter than other reasons so that
 * "Completed by exception: " and the reason always fit the 500 characters of their history line.
 */
export const COMPLETION_EXCEPTION_REASON_MAX = 400;

/** Counts as attending a session. */
export const attended = (status: AttendanceStatus) => status === AttendanceStatus.PRESENT || status === AttendanceStatus.LATE;

export interface AttendanceTally {
  /** Present or late. */
  attended: number;
  /** Absent without an accepted reason. */
  absent: number;
  excused: number;
  /** attended / (attended + absent); excused sessions count neither way; null when nothing counts yet. */
  rate: number | null;
}

/** The attendance rate of a set of register entries (one person's, or one session's). */
export function attendanceTally(statuses: readonly AttendanceStatus[]): AttendanceTally {
  let present = 0;
  let absent = 0;
  let excused = 0;
  for (const status of statuses) {
    if (attended(status)) present += 1;
    else if (status === AttendanceStatus.ABSENT) absent += 1;
    else excused += 1;
  }
  const counted = present + absent;
  return { attended: present, absent, excused, rate: counted === 0 ? null : present / counted };
}

/**
 * Two absences in a row: given one person's register entries in session
 * order (sessions where no register was taken for them left out), whether
 * two consecutive ones are ABSENT. An excused absence breaks the run: the
 * facilitator knew why.
 */
export function hasConsecutiveAbsences(statusesInSessionOrder: readonly AttendanceStatus[], run = 2): boolean {
  let streak = 0;
  for (const status of statusesInSessionOrder) {
    streak = status === AttendanceStatus.ABSENT ? streak + 1 : 0;
    if (streak >= run) return true;
  }
  return false;
}

/** What a programme asks before a participant is marked completed. A programme that sets none asks nothing. */
export interface CompletionRule {
  /** The least share of counted sessions attended, as a whole percentage (0 to 100); null for none. */
  minimumAttendancePercent: number | null;
  /** A mentor or coach in place (a running pairing). */
  mentorOrCoachRequired: boolean;
  /** The post-programme evaluation returned. */
  postProgrammeEvaluationRequired: boolean;
}

export const NO_COMPLETION_RULE: CompletionRule = { minimumAttendancePercent: null, mentorOrCoachRequired: false, postProgrammeEvaluationRequired: false };

export interface CompletionFacts {
  /** attendanceTally(...).rate of the person's register entries. */
  attendanceRate: number | null;
  /** Register entries counted (attended + absent). */
  sessionsCounted: number;
  /** A mentoring or coaching pairing is running (or ran). */
  hasMentorOrCoach: boolean;
  postProgrammeEvaluationReturned: boolean;
}

export interface CompletionCheck {
  met: boolean;
  /** Plain words, one per part of the rule: what is met and what is missing. */
  reasons: string[];
  /** Only what is missing (empty when met). */
  missing: string[];
}

/** 0.75 → "75%", 2/3 → "66.7%" (never rounded up to the minimum it falls short of). */
export const formatShare = (share: number) => `${Math.floor(share * 1000 + 1e-9) / 10}%`;

/** Whether a participant meets the programme's completion rule, with the reasons in plain words. */
export function evaluateCompletion(rule: CompletionRule, facts: CompletionFacts): CompletionCheck {
  const reasons: string[] = [];
  const missing: string[] = [];
  const check = (ok: boolean, metText: string, missingText: string) => {
    reasons.push(ok ? metText : missingText);
    if (!ok) missing.push(missingText);
  };
  if (rule.minimumAttendancePercent !== null) {
    if (facts.attendanceRate === null || facts.sessionsCounted === 0) {
      check(rule.minimumAttendancePercent === 0, "No sessions needed.", `No attendance recorded yet; needs at least ${rule.minimumAttendancePercent}% of sessions.`);
    } else {
      // Compare in whole counts so 2 of 3 against 67% is decided as a person would (66.7% is below 67%).
      const ok = facts.attendanceRate * 100 + 1e-9 >= rule.minimumAttendancePercent;
      check(
        ok,
        `Attended ${formatShare(facts.attendanceRate)} of sessions (at least ${rule.minimumAttendancePercent}% needed).`,
        `Attended ${formatShare(facts.attendanceRate)} of sessions; needs at least ${rule.minimumAttendancePercent}%.`,
      );
    }
  }
  if (rule.mentorOrCoachRequired) check(facts.hasMentorOrCoach, "Has a mentor or coach.", "No mentor or coach in place.");
  if (rule.postProgrammeEvaluationRequired) check(facts.postProgrammeEvaluationReturned, "Returned the post-programme evaluation.", "The post-programme evaluation has not been returned.");
  if (reasons.length === 0) reasons.push("The programme sets no completion rule.");
  return { met: missing.length === 0, reasons, missing };
}

/** A completion rule's percentage must be a whole number from 0 to 100. */
export function completionPercentProblem(value: number | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  return Number.isInteger(value) && value >= 0 && value <= 100 ? null : "Give a whole percentage from 0 to 100.";
}
