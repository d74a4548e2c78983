import { Role } from "@ascent/domain";
import { type ConsoleFeature, lazyPage } from "../../lib/consoleFeature";
import { apiTokenPaths } from "./paths";

export { apiTokenPaths } from "./paths";

/** Partner API tokens, for administrators. */
export const apiTokensFeature: ConsoleFeature = {
  name: "api-tokens",
  routes: [
    { path: apiTokenPaths.apiTokens, lazy: lazyPage(() => import("./ApiTokensListPage"), (m) => m.ApiTokensListPage) },
    { path: apiTokenPaths.newApiToken, lazy: lazyPage(() => import("./CreateApiTokenPage"), (m) => m.CreateApiTokenPage) },
  ],
  navigation: { label: "API tokens", to: apiTokenPaths.apiTokens, roles: [Role.ADMIN] },
};
