export const mentoringPaths = {
  mentors: "/mentors",
  newMentor: "/mentors/new",
  editMentor: (id: string) => `/mentors/${id}/edit`,
  /** A cohort's mentoring board: who has a mentor or coach, suggestions, pairing, ending and check-ins. */
  board: (cohortId: string) => `/cohorts/${cohortId}/mentoring`,
} as const;
