import { type ConsoleFeature, lazyPage } from "../../lib/consoleFeature";
import { actionLearningPaths } from "./paths";

export { actionLearningPaths } from "./paths";
export { LearningSetsSummary } from "./LearningSetsSummary";

/** A cohort's Action Learning Sets: managed by the academy's staff, read by the cohort's facilitators (no menu entry: reached from the cohort page). */
export const actionLearningFeature: ConsoleFeature = {
  name: "action-learning",
  routes: [{ path: actionLearningPaths.sets(":id"), lazy: lazyPage(() => import("./ActionLearningSetsPage"), (m) => m.ActionLearningSetsPage) }],
};
