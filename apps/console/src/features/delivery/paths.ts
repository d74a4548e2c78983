export const deliveryPaths = {
  /** A session's register, laid out for a phone. */
  register: (cohortId: string, sessionId: string) => `/cohorts/${cohortId}/sessions/${sessionId}/register`,
  /** The cohort page, where the roster is (the cohorts feature's address, restated so the two features don't import each other). */
  cohort: (cohortId: string) => `/cohorts/${cohortId}`,
} as const;
