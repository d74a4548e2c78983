import { type ConsoleFeature, lazyPage } from "../../lib/consoleFeature";
import { deliveryPaths } from "./paths";

export { deliveryPaths } from "./paths";
export { RosterSection } from "./RosterSection";
export { CompletionRuleSection } from "./CompletionRuleSection";

/** Delivery: a cohort's roster and its sessions' registers (the roster is a section of the cohort page; the register its own page, for a phone). */
export const deliveryFeature: ConsoleFeature = {
  name: "delivery",
  routes: [{ path: deliveryPaths.register(":id", ":sessionId"), lazy: lazyPage(() => import("./RegisterPage"), (m) => m.RegisterPage) }],
};
