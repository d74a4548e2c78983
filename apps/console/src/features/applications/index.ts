import { type ConsoleFeature, lazyPage } from "../../lib/consoleFeature";
import { PublicLayout } from "../catalogue";
import { applicationPaths, staffApplicationPaths } from "./paths";

export { applicationPaths, staffApplicationPaths } from "./paths";
export { CohortPlacesSection } from "./CohortPlacesSection";
export { SelectionCriteriaSection } from "./SelectionCriteriaSection";

/**
 * Applying, following an application and endorsing one: public pages in the
 * catalogue's frame, no sign-in. For academy staff: each cohort's queue,
 * waiting list and panel, and each application with its timeline and scores.
 */
export const applicationsFeature: ConsoleFeature = {
  name: "applications",
  routes: [
    { path: staffApplicationPaths.queue(":cohortId"), lazy: lazyPage(() => import("./ApplicationQueuePage"), (m) => m.ApplicationQueuePage) },
    { path: staffApplicationPaths.waitlist(":cohortId"), lazy: lazyPage(() => import("./WaitlistPage"), (m) => m.WaitlistPage) },
    { path: staffApplicationPaths.panel(":cohortId"), lazy: lazyPage(() => import("./PanelPage"), (m) => m.PanelPage) },
    { path: staffApplicationPaths.application(":id"), lazy: lazyPage(() => import("./ApplicationDetailPage"), (m) => m.ApplicationDetailPage) },
    { path: staffApplicationPaths.score(":id"), lazy: lazyPage(() => import("./ScoreApplicationPage"), (m) => m.ScoreApplicationPage) },
  ],
  publicRoutes: [
    {
      Component: PublicLayout,
      children: [
        { path: applicationPaths.apply(":cohortId"), lazy: lazyPage(() => import("./ApplyPage"), (m) => m.ApplyPage) },
        { path: "/applications/status/:token", lazy: lazyPage(() => import("./ApplicationStatusPage"), (m) => m.ApplicationStatusPage) },
        { path: "/applications/endorse/:token", lazy: lazyPage(() => import("./EndorsementPage"), (m) => m.EndorsementPage) },
      ],
    },
  ],
};
