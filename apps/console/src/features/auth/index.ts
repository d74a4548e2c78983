import { type ConsoleFeature, lazyPage } from "../../lib/consoleFeature";
import { authPaths } from "./paths";

export { authPaths } from "./paths";
export { RequireAuth } from "./RequireAuth";
export { SignedInUserSummary } from "./SignedInUserSummary";

/** Signing in and out; RequireAuth guards the signed-in frame. */
export const authFeature: ConsoleFeature = {
  name: "auth",
  publicRoutes: [{ path: authPaths.login, lazy: lazyPage(() => import("./LoginPage"), (m) => m.LoginPage) }],
};
