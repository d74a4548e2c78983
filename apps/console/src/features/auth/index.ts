import type { ConsoleFeature } from "../../lib/consoleFeature";
import { LoginPage } from "./LoginPage";
import { authPaths } from "./paths";

export { authPaths } from "./paths";
export { RequireAuth } from "./RequireAuth";
export { SignedInUserSummary } from "./SignedInUserSummary";

/** Signing in and out; RequireAuth guards the signed-in frame. */
export const authFeature: ConsoleFeature = {
  name: "auth",
  publicRoutes: [{ path: authPaths.login, Component: LoginPage }],
};
