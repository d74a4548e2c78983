import type { ConsoleFeature } from "../../lib/consoleFeature";
import { deliveryPaths } from "./paths";
import { RegisterPage } from "./RegisterPage";

export { deliveryPaths } from "./paths";
export { RosterSection } from "./RosterSection";
export { CompletionRuleSection } from "./CompletionRuleSection";

/** Delivery: a cohort's roster and its sessions' registers (the roster is a section of the cohort page; the register its own page, for a phone). */
export const deliveryFeature: ConsoleFeature = {
  name: "delivery",
  routes: [{ path: deliveryPaths.register(":id", ":sessionId"), Component: RegisterPage }],
};
