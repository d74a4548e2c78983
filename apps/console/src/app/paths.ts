/** Every address in the console, in one place so links and routes cannot drift apart. */
export const paths = {
  home: "/",
  login: "/login",
  organisations: "/organisations",
  newOrganisation: "/organisations/new",
  organisation: (id: string) => `/organisations/${id}`,
} as const;

/** Where a freshly signed-in user lands when no page was asked for. */
export const DEFAULT_SIGNED_IN_PATH = paths.organisations;
