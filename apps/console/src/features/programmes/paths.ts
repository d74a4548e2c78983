export const programmePaths = {
  programmes: "/programmes",
  newProgramme: "/programmes/new",
  programme: (id: string) => `/programmes/${id}`,
  editProgramme: (id: string) => `/programmes/${id}/edit`,
} as const;
