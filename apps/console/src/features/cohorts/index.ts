import { Role } from "@ascent/domain";
import type { ConsoleFeature } from "../../lib/consoleFeature";
import { CohortPage } from "./CohortPage";
import { CohortsListPage } from "./CohortsListPage";
import { CreateCohortPage } from "./CreateCohortPage";
import { cohortPaths } from "./paths";

export { cohortPaths } from "./paths";
export { CohortStatusBadge } from "./CohortStatusBadge";

export const cohortsFeature: ConsoleFeature = {
  name: "cohorts",
  routes: [
    { path: cohortPaths.cohorts, Component: CohortsListPage },
    { path: cohortPaths.newCohort, Component: CreateCohortPage },
    { path: cohortPaths.cohort(":id"), Component: CohortPage },
  ],
  navigation: { label: "Cohorts", to: cohortPaths.cohorts, roles: [Role.ADMIN, Role.PROGRAMME_MANAGER, Role.FACILITATOR] },
};
