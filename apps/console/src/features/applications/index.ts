import type { ConsoleFeature } from "../../lib/consoleFeature";
import { ApplicationDetailPage } from "./ApplicationDetailPage";
import { ApplicationQueuePage } from "./ApplicationQueuePage";
import { PanelPage } from "./PanelPage";
import { ScoreApplicationPage } from "./ScoreApplicationPage";
import { WaitlistPage } from "./WaitlistPage";
import { PublicLayout } from "../catalogue";
import { ApplicationStatusPage } from "./ApplicationStatusPage";
import { ApplyPage } from "./ApplyPage";
import { EndorsementPage } from "./EndorsementPage";
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
    { path: staffApplicationPaths.queue(":cohortId"), Component: ApplicationQueuePage },
    { path: staffApplicationPaths.waitlist(":cohortId"), Component: WaitlistPage },
    { path: staffApplicationPaths.panel(":cohortId"), Component: PanelPage },
    { path: staffApplicationPaths.application(":id"), Component: ApplicationDetailPage },
    { path: staffApplicationPaths.score(":id"), Component: ScoreApplicationPage },
  ],
  publicRoutes: [
    {
      Component: PublicLayout,
      children: [
        { path: applicationPaths.apply(":cohortId"), Component: ApplyPage },
        { path: "/applications/status/:token", Component: ApplicationStatusPage },
        { path: "/applications/endorse/:token", Component: EndorsementPage },
      ],
    },
  ],
};
