/** The public catalogue: no sign-in needed. */
export const cataloguePaths = {
  catalogue: "/catalogue",
  catalogueProgramme: (id: string) => `/catalogue/programmes/${id}`,
  /** The application form of an open cohort (the applications feature serves it). */
  apply: (cohortId: string) => `/apply/${cohortId}`,
} as const;
