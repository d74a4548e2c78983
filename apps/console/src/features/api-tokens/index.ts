import { Role } from "@ascent/domain";
import type { ConsoleFeature } from "../../lib/consoleFeature";
import { ApiTokensListPage } from "./ApiTokensListPage";
import { CreateApiTokenPage } from "./CreateApiTokenPage";
import { apiTokenPaths } from "./paths";

export { apiTokenPaths } from "./paths";

/** Partner API tokens, for administrators. */
export const apiTokensFeature: ConsoleFeature = {
  name: "api-tokens",
  routes: [
    { path: apiTokenPaths.apiTokens, Component: ApiTokensListPage },
    { path: apiTokenPaths.newApiToken, Component: CreateApiTokenPage },
  ],
  navigation: { label: "API tokens", to: apiTokenPaths.apiTokens, roles: [Role.ADMIN] },
};
