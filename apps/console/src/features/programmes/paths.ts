export const programmePaths = {
  programmes: "/programmes",
  newProgramme: "/programmes/new",
  programme: (id: string) => `/programmes/${id}`,
} as const;
