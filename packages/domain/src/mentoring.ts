/** What a person in the mentoring directory offers participants. */
export enum MentoringOffer {
  MENTORING = "MENTORING",
  COACHING = "COACHING",
  MENTORING_AND_COACHING = "MENTORING_AND_COACHING",
}

export const mentoringOfferLabels: Record<MentoringOffer, string> = {
  [MentoringOffer.MENTORING]: "Mentoring",
  [MentoringOffer.COACHING]: "Coaching",
  [MentoringOffer.MENTORING_AND_COACHING]: "Mentoring and coaching",
};

/** Limits of a directory entry, checked by the api and shown by the console's form. */
export const MENTOR_LIMITS = {
  nameMaxLength: 200,
  /** Mentees at one time: programmes ask for regular one-to-one time, so a handful at most. */
  capacityMin: 1,
  capacityMax: 10,
  expertiseMaxItems: 10,
  expertiseItemMaxLength: 100,
} as const;

/** Why a mentor's capacity is refused, or null when it is fine. Never rounds or clamps what was typed. */
export function mentorCapacityProblem(capacity: number): string | null {
  if (!Number.isInteger(capacity) || capacity < MENTOR_LIMITS.capacityMin || capacity > MENTOR_LIMITS.capacityMax) {
    return `Enter a whole number of mentees from ${MENTOR_LIMITS.capacityMin} to ${MENTOR_LIMITS.capacityMax}.`;
  }
  return null;
}

/** What one pairing is: a mentor or a coach (someone offering both is paired as one or the other). */
export enum MentoringKind {
  MENTORING = "MENTORING",
  COACHING = "COACHING",
}

export const mentoringKindLabels: Record<MentoringKind, string> = {
  [MentoringKind.MENTORING]: "Mentor",
  [MentoringKind.COACHING]: "Coach",
};

/** Whether someone offering `offers` can be paired as `kind`. */
export function offersKind(offers: MentoringOffer, kind: MentoringKind): boolean {
  return offers === MentoringOffer.MENTORING_AND_COACHING || (offers as string) === (kind as string);
}

/** Limits of pairings, check-ins and a programme's mentoring rules. */
export const MENTORING_LIMITS = {
  reasonMaxLength: 500,
  checkInNoteMaxLength: 2000,
  /** A programme's minimum length of a mentoring or coaching relationship. */
  minimumMonthsMin: 1,
  minimumMonthsMax: 24,
} as const;
