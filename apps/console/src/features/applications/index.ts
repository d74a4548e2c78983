import type { ConsoleFeature } from "../../lib/consoleFeature";
import { PublicLayout } from "../catalogue";
import { ApplicationStatusPage } from "./ApplicationStatusPage";
import { ApplyPage } from "./ApplyPage";
import { EndorsementPage } from "./EndorsementPage";
import { applicationPaths } from "./paths";

export { applicationPaths } from "./paths";
export { CohortPlacesSection } from "./CohortPlacesSection";

/** Applying, following an application and endorsing one: public pages in the catalogue's frame, no sign-in. */
export const applicationsFeature: ConsoleFeature = {
  name: "applications",
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
