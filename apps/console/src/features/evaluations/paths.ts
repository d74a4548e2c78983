export const evaluationPaths = {
  evaluations: "/evaluations",
  programme: (id: string) => `/evaluations/programmes/${encodeURIComponent(id)}`,
  results: (id: string) => `/evaluations/programmes/${encodeURIComponent(id)}/results`,
  answer: (token: string) => `/evaluations/answer/${encodeURIComponent(token)}`,
} as const;

/** Route patterns (the parameters must not be encoded). */
export const evaluationRoutes = {
  programme: "/evaluations/programmes/:id",
  results: "/evaluations/programmes/:id/results",
  answer: "/evaluations/answer/:token",
} as const;
