import { Role } from "@ascent/domain";
import type { ConsoleFeature } from "../../lib/consoleFeature";
import { CreateUserPage } from "./CreateUserPage";
import { EditUserPage } from "./EditUserPage";
import { userPaths } from "./paths";
import { UsersListPage } from "./UsersListPage";

export { userPaths } from "./paths";

/** For administrators; each page shows others "no access". */
export const usersFeature: ConsoleFeature = {
  name: "users",
  routes: [
    { path: userPaths.users, Component: UsersListPage },
    { path: userPaths.newUser, Component: CreateUserPage },
    { path: userPaths.user(":id"), Component: EditUserPage },
  ],
  navigation: { label: "Users", to: userPaths.users, roles: [Role.ADMIN] },
};
