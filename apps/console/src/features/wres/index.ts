import { type ConsoleFeature, lazyPage } from "../../lib/consoleFeature";
import { wresPaths } from "./paths";
import { WRES_READ_ROLES } from "./wresRoles";

export { wresPaths } from "./paths";

/** WRES pages load on first visit: their charts (recharts) stay out of the first download. */
export const wresFeature: ConsoleFeature = {
  name: "wres",
  routes: [
    { path: wresPaths.wres, lazy: lazyPage(() => import("./WresDashboardPage"), (m) => m.WresDashboardPage) },
    { path: wresPaths.wresNational, lazy: lazyPage(() => import("./WresNationalPage"), (m) => m.WresNationalPage) },
    { path: wresPaths.wresUpload, lazy: lazyPage(() => import("./WresUploadPage"), (m) => m.WresUploadPage) },
  ],
  navigation: { label: "WRES", to: wresPaths.wres, roles: WRES_READ_ROLES },
};
