export const organisationPaths = {
  organisations: "/organisations",
  newOrganisation: "/organisations/new",
  organisation: (id: string) => `/organisations/${id}`,
} as const;
