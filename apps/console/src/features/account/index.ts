import type { ConsoleFeature } from "../../lib/consoleFeature";
import { AccountPage } from "./AccountPage";
import { accountPaths } from "./paths";

export { accountPaths } from "./paths";

/** Your own account: change your password. Reached from the header, not the menu. */
export const accountFeature: ConsoleFeature = {
  name: "account",
  routes: [{ path: accountPaths.account, Component: AccountPage }],
};
