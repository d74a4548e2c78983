export const cohortPaths = {
  cohorts: "/cohorts",
  newCohort: "/cohorts/new",
  cohort: (id: string) => `/cohorts/${id}`,
} as const;
