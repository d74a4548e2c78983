import { type ConsoleFeature, lazyPage } from "../../lib/consoleFeature";
import { accountPaths } from "./paths";

export { accountPaths } from "./paths";

/** Your own account: change your password. Reached from the header, not the menu. */
export const accountFeature: ConsoleFeature = {
  name: "account",
  routes: [{ path: accountPaths.account, lazy: lazyPage(() => import("./AccountPage"), (m) => m.AccountPage) }],
};
