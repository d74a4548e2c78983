export const evaluationPaths = {
  evaluations: "/evaluations",
  programme: (id: string) => `/evaluations/programmes/${encodeURIComponent(id)}`,
  results: (id: string) => `/evaluations/programmes/${encodeURIComponent(id)}/results`,
  answer: (token: string) => `/evaluations/answer/${encodeURIComponent(token)}`,
} as const;
