export const equalityMonitoringPaths = {
  /** Public: the applicant's optional form, reached from their status page with the same private token. */
  form: (token: string) => `/equality-monitoring/${token}`,
  /** Staff: fair selection for a cohort or a programme (its id). */
  fairSelection: (id: string) => `/fair-selection/${id}`,
} as const;
