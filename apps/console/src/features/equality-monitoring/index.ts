import { type ConsoleFeature, lazyPage } from "../../lib/consoleFeature";
import { PublicLayout } from "../catalogue";
import { equalityMonitoringPaths } from "./paths";

export { equalityMonitoringPaths } from "./paths";
export { FairSelectionLink } from "./FairSelectionLink";
export { MonitoringFormLink } from "./MonitoringFormLink";

/** The applicant's optional monitoring form (public, by private link) and the academy's fair-selection figures. */
export const equalityMonitoringFeature: ConsoleFeature = {
  name: "equality-monitoring",
  publicRoutes: [{ Component: PublicLayout, children: [{ path: equalityMonitoringPaths.form(":token"), lazy: lazyPage(() => import("./EqualityMonitoringFormPage"), (m) => m.EqualityMonitoringFormPage) }] }],
  routes: [{ path: equalityMonitoringPaths.fairSelection(":id"), lazy: lazyPage(() => import("./FairSelectionPage"), (m) => m.FairSelectionPage) }],
};
