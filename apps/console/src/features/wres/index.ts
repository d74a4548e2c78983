import { type ConsoleFeature, lazyPage } from "../../lib/consoleFeature";
import { wresPaths } from "./paths";
import { WRES_READ_ROLES } from "./wresRoles";

export { wresPaths } from "./paths";

/** WRES pages load on first visit: their charts (recharts) stay out of the first download. */
export const wresFeature: ConsoleFeature = {
  name: "wres",
  routes: [
    {
      path: wresPaths.wres,
      // On a first load at a dashboard's address, its report and trends are asked for while its code downloads.
      lazy: lazyPage(
        () => {
          void import("./startDashboardQueries").then((m) => m.startDashboardQueries(window.location));
          return import("./WresDashboardPage");
        },
        (m) => m.WresDashboardPage,
      ),
    },
    { path: wresPaths.wresNational, lazy: lazyPage(() => import("./WresNationalPage"), (m) => m.WresNationalPage) },
    { path: wresPaths.wresUpload, lazy: lazyPage(() => import("./WresUploadPage"), (m) => m.WresUploadPage) },
  ],
  navigation: { label: "WRES", to: wresPaths.wres, roles: WRES_READ_ROLES },
};
