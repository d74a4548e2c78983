/** Public pages for applicants and line managers: no sign-in; the status and endorsement pages open from emailed links. */
import { cataloguePaths } from "../catalogue";

export const applicationPaths = {
  apply: cataloguePaths.apply,
  /** Must match the links the api emails (ApplicationNotifier). */
  status: (token: string) => `/applications/status/${encodeURIComponent(token)}`,
  endorse: (token: string) => `/applications/endorse/${encodeURIComponent(token)}`,
} as const;

/** Academy staff's screens (signed in): a cohort's queue, waiting list and panel; one application and its scoring. */
export const staffApplicationPaths = {
  queue: (cohortId: string) => `/cohorts/${cohortId}/applications`,
  waitlist: (cohortId: string) => `/cohorts/${cohortId}/waitlist`,
  panel: (cohortId: string) => `/cohorts/${cohortId}/panel`,
  application: (id: string) => `/applications/${id}`,
  score: (id: string) => `/applications/${id}/score`,
} as const;
