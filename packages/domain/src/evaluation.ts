import { fromLondon, toLondon } from "./london-time";

/** When in a cohort's life a questionnaire is answered. */
export enum EvaluationPoint {
  PRE_PROGRAMME = "PRE_PROGRAMME",
  POST_PROGRAMME = "POST_PROGRAMME",
  FOLLOW_UP = "FOLLOW_UP",
}

export enum EvaluationQuestionKind {
  /** A 1-5 scale with labelled ends. */
  LIKERT = "LIKERT",
  FREE_TEXT = "FREE_TEXT",
}

/** Kirkpatrick's levels 1-3 (level 4, results, is the career outcomes feature's). */
export enum KirkpatrickLevel {
  REACTION = "REACTION",
  LEARNING = "LEARNING",
  BEHAVIOUR = "BEHAVIOUR",
}

/** A self-rating asked before and after the programme, so the change can be measured on the same people. */
export enum SelfRatingMeasure {
  CONFIDENCE = "CONFIDENCE",
  LEADERSHIP = "LEADERSHIP",
}

export const evaluationPointLabels: Record<EvaluationPoint, string> = {
  [EvaluationPoint.PRE_PROGRAMME]: "Before the programme",
  [EvaluationPoint.POST_PROGRAMME]: "After the programme",
  [EvaluationPoint.FOLLOW_UP]: "Follow-up",
};

export const kirkpatrickLabels: Record<KirkpatrickLevel, string> = {
  [KirkpatrickLevel.REACTION]: "Level 1 · Reaction",
  [KirkpatrickLevel.LEARNING]: "Level 2 · Learning",
  [KirkpatrickLevel.BEHAVIOUR]: "Level 3 · Behaviour",
};

export const selfRatingLabels: Record<SelfRatingMeasure, string> = {
  [SelfRatingMeasure.CONFIDENCE]: "Confidence",
  [SelfRatingMeasure.LEADERSHIP]: "Leadership",
};

export const LIKERT_MIN = 1;
export const LIKERT_MAX = 5;

export const EVALUATION_LIMITS = {
  promptMaxLength: 300,
  scaleLabelMaxLength: 60,
  titleMaxLength: 200,
  introductionMaxLength: 2000,
  answerTextMaxLength: 4000,
  questionsMax: 30,
  followUpMonthsMin: 1,
  followUpMonthsMax: 36,
  /** Pre-programme questionnaires go out this many days before the first session. */
  preOpensDaysBefore: 14,
  /** Post-programme and follow-up questionnaires stay open this many days. */
  answerDays: 28,
} as const;

/** "Follow-up at 6 months", "After the programme". */
export function evaluationPointLabel(point: EvaluationPoint, followUpMonths: number | null | undefined): string {
  return point === EvaluationPoint.FOLLOW_UP ? `Follow-up at ${followUpMonths} month${followUpMonths === 1 ? "" : "s"}` : evaluationPointLabels[point];
}

export interface EvaluationWindow {
  opensAt: Date;
  closesAt: Date;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The same London wall-clock time, whole months later (the 31st becomes the month's last day). */
export function addMonthsLondon(instant: Date, months: number): Date {
  const { date, time } = toLondon(instant);
  const [year, month, day] = date.split("-").map(Number);
  const first = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  const target = `${first.getUTCFullYear()}-${String(first.getUTCMonth() + 1).padStart(2, "0")}-${String(Math.min(day, lastDay)).padStart(2, "0")}`;
  return fromLondon({ date: target, time }) ?? new Date(instant.getTime() + months * 30 * DAY_MS);
}

/**
 * When a cohort's participants may answer a questionnaire, from its sessions
 * (the cohort's first and last day, 09:00 and 17:00 London, when it has none):
 * before the programme from 14 days before the first session until it starts;
 * after it from the end of the last session for 28 days; a follow-up from that
 * many months after the last session, for 28 days.
 */
export function evaluationWindow(
  point: EvaluationPoint,
  followUpMonths: number | null,
  cohort: { startsOn: string; endsOn: string; sessions: ReadonlyArray<{ startsAt: Date; endsAt: Date }> },
): EvaluationWindow {
  const starts = cohort.sessions.map((s) => s.startsAt.getTime());
  const ends = cohort.sessions.map((s) => s.endsAt.getTime());
  const firstStart = starts.length ? new Date(Math.min(...starts)) : (fromLondon({ date: cohort.startsOn, time: "09:00" }) as Date);
  const lastEnd = ends.length ? new Date(Math.max(...ends)) : (fromLondon({ date: cohort.endsOn, time: "17:00" }) as Date);
  const answerMs = EVALUATION_LIMITS.answerDays * DAY_MS;
  switch (point) {
    case EvaluationPoint.PRE_PROGRAMME:
      return { opensAt: new Date(firstStart.getTime() - EVALUATION_LIMITS.preOpensDaysBefore * DAY_MS), closesAt: firstStart };
    case EvaluationPoint.POST_PROGRAMME:
      return { opensAt: lastEnd, closesAt: new Date(lastEnd.getTime() + answerMs) };
    case EvaluationPoint.FOLLOW_UP: {
      const opensAt = addMonthsLondon(lastEnd, followUpMonths ?? 0);
      return { opensAt, closesAt: new Date(opensAt.getTime() + answerMs) };
    }
  }
}
