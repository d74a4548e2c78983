import { Role } from "@ascent/domain";
import type { ConsoleFeature } from "../../lib/consoleFeature";
import { PublicLayout } from "../catalogue";
import { CohortOutcomesPage } from "./CohortOutcomesPage";
import { FollowUpPage } from "./FollowUpPage";
import { ImpactPage } from "./ImpactPage";
import { OutcomesPage } from "./OutcomesPage";
import { outcomePaths } from "./paths";

export { outcomePaths } from "./paths";

/** Career outcomes and programme impact for academy staff; the follow-up page is public (a signed link, no sign-in). */
export const outcomesFeature: ConsoleFeature = {
  name: "outcomes",
  routes: [
    { path: outcomePaths.outcomes, Component: OutcomesPage },
    { path: outcomePaths.cohort(":id"), Component: CohortOutcomesPage },
    { path: outcomePaths.impact(":programmeId"), Component: ImpactPage },
  ],
  publicRoutes: [{ Component: PublicLayout, children: [{ path: outcomePaths.followUp(":token"), Component: FollowUpPage }] }],
  navigation: { label: "Career outcomes", to: outcomePaths.outcomes, roles: [Role.ADMIN, Role.PROGRAMME_MANAGER] },
};
