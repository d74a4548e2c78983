/** Every address in the console, in one place so links and routes cannot drift apart. */
export const paths = {
  home: "/",
  login: "/login",
  organisations: "/organisations",
  newOrganisation: "/organisations/new",
  organisation: (id: string) => `/organisations/${id}`,
  users: "/users",
  newUser: "/users/new",
  user: (id: string) => `/users/${id}`,
  apiTokens: "/api-tokens",
  newApiToken: "/api-tokens/new",
  audit: "/audit",
  account: "/account",
  programmes: "/programmes",
  newProgramme: "/programmes/new",
  programme: (id: string) => `/programmes/${id}`,
  cohorts: "/cohorts",
  newCohort: "/cohorts/new",
  cohort: (id: string) => `/cohorts/${id}`,
  wres: "/wres",
  wresNational: "/wres/national",
  wresUpload: "/wres/upload",
  // The public catalogue: no sign-in needed.
  catalogue: "/catalogue",
  catalogueProgramme: (id: string) => `/catalogue/programmes/${id}`,
} as const;

/** Where a freshly signed-in user lands when no page was asked for. */
export const DEFAULT_SIGNED_IN_PATH = paths.organisations;
