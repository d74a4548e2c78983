import { Role } from "@ascent/domain";
import { type ConsoleFeature, lazyPage } from "../../lib/consoleFeature";
import { userPaths } from "./paths";

export { userPaths } from "./paths";

/** For administrators; each page shows others "no access". */
export const usersFeature: ConsoleFeature = {
  name: "users",
  routes: [
    { path: userPaths.users, lazy: lazyPage(() => import("./UsersListPage"), (m) => m.UsersListPage) },
    { path: userPaths.newUser, lazy: lazyPage(() => import("./CreateUserPage"), (m) => m.CreateUserPage) },
    { path: userPaths.user(":id"), lazy: lazyPage(() => import("./EditUserPage"), (m) => m.EditUserPage) },
  ],
  navigation: { label: "Users", to: userPaths.users, roles: [Role.ADMIN] },
};
