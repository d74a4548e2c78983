import { Role } from "@ascent/domain";
import { type ConsoleFeature, lazyPage } from "../../lib/consoleFeature";
import { PublicLayout } from "../catalogue";
import { outcomePaths } from "./paths";

export { outcomePaths } from "./paths";

/** Career outcomes and programme impact for academy staff; the follow-up page is public (a signed link, no sign-in). */
export const outcomesFeature: ConsoleFeature = {
  name: "outcomes",
  routes: [
    { path: outcomePaths.outcomes, lazy: lazyPage(() => import("./OutcomesPage"), (m) => m.OutcomesPage) },
    { path: outcomePaths.cohort(":id"), lazy: lazyPage(() => import("./CohortOutcomesPage"), (m) => m.CohortOutcomesPage) },
    { path: outcomePaths.impact(":programmeId"), lazy: lazyPage(() => import("./ImpactPage"), (m) => m.ImpactPage) },
  ],
  publicRoutes: [{ Component: PublicLayout, children: [{ path: outcomePaths.followUp(":token"), lazy: lazyPage(() => import("./FollowUpPage"), (m) => m.FollowUpPage) }] }],
  navigation: { label: "Career outcomes", to: outcomePaths.outcomes, roles: [Role.ADMIN, Role.PROGRAMME_MANAGER] },
};
