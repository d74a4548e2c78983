export const actionLearningPaths = {
  /** A cohort's Action Learning Sets: sets, members, facilitators, forming and scheduling meetings. */
  sets: (cohortId: string) => `/cohorts/${cohortId}/action-learning-sets`,
} as const;
