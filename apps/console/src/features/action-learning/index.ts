import type { ConsoleFeature } from "../../lib/consoleFeature";
import { ActionLearningSetsPage } from "./ActionLearningSetsPage";
import { actionLearningPaths } from "./paths";

export { actionLearningPaths } from "./paths";
export { LearningSetsSummary } from "./LearningSetsSummary";

/** A cohort's Action Learning Sets: managed by the academy's staff, read by the cohort's facilitators (no menu entry: reached from the cohort page). */
export const actionLearningFeature: ConsoleFeature = {
  name: "action-learning",
  routes: [{ path: actionLearningPaths.sets(":id"), Component: ActionLearningSetsPage }],
};
