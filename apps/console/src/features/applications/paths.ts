/** Public pages for applicants and line managers: no sign-in; the status and endorsement pages open from emailed links. */
import { cataloguePaths } from "../catalogue";

export const applicationPaths = {
  apply: cataloguePaths.apply,
  /** Must match the links the api emails (ApplicationNotifier). */
  status: (token: string) => `/applications/status/${encodeURIComponent(token)}`,
  endorse: (token: string) => `/applications/endorse/${encodeURIComponent(token)}`,
} as const;
