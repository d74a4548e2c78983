import type { ConsoleFeature } from "../../lib/consoleFeature";
import { wresPaths } from "./paths";
import { WRES_READ_ROLES } from "./wresRoles";

export { wresPaths } from "./paths";

/** WRES pages load on first visit: their charts (recharts) stay out of the first download. */
export const wresFeature: ConsoleFeature = {
  name: "wres",
  routes: [
    { path: wresPaths.wres, lazy: () => import("./WresDashboardPage").then((m) => ({ Component: m.WresDashboardPage })) },
    { path: wresPaths.wresNational, lazy: () => import("./WresNationalPage").then((m) => ({ Component: m.WresNationalPage })) },
    { path: wresPaths.wresUpload, lazy: () => import("./WresUploadPage").then((m) => ({ Component: m.WresUploadPage })) },
  ],
  navigation: { label: "WRES", to: wresPaths.wres, roles: WRES_READ_ROLES },
};
