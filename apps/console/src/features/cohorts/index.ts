import { Role } from "@ascent/domain";
import { type ConsoleFeature, lazyPage } from "../../lib/consoleFeature";
import { cohortPaths } from "./paths";

export { cohortPaths } from "./paths";
export { CohortStatusBadge } from "./CohortStatusBadge";

export const cohortsFeature: ConsoleFeature = {
  name: "cohorts",
  routes: [
    { path: cohortPaths.cohorts, lazy: lazyPage(() => import("./CohortsListPage"), (m) => m.CohortsListPage) },
    { path: cohortPaths.newCohort, lazy: lazyPage(() => import("./CreateCohortPage"), (m) => m.CreateCohortPage) },
    { path: cohortPaths.cohort(":id"), lazy: lazyPage(() => import("./CohortPage"), (m) => m.CohortPage) },
  ],
  navigation: { label: "Cohorts", to: cohortPaths.cohorts, roles: [Role.ADMIN, Role.PROGRAMME_MANAGER, Role.FACILITATOR] },
};
