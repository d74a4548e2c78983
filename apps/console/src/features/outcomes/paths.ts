export const outcomePaths = {
  outcomes: "/outcomes",
  cohort: (id: string) => `/outcomes/cohorts/${id}`,
  impact: (programmeId: string) => `/outcomes/impact/${programmeId}`,
  followUp: (token: string) => `/outcomes/follow-up/${token}`,
} as const;
