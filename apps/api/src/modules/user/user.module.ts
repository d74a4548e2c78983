import { Role } from "@ascent/domain";
import type { EntityManager } from "typeorm";
import { defineModule } from "../../graphql/feature-module";
import { byIdLoader } from "../../graphql/loaders";
import { visibleNode } from "../../graphql/relay/node-fetcher";
import { User } from "./user.entity";
import { UserResolver } from "./user.resolver";
import { UserService } from "./user.service";
import { ViewerResolver } from "./viewer.resolver";

const createUserLoaders = (db: EntityManager) => ({ userById: byIdLoader(db, User) });

declare module "../../graphql/loaders" {
  interface Loaders extends ReturnType<typeof createUserLoaders> {}
}

declare module "../../graphql/context" {
  /** A signed-in viewer is a full user row. */
  interface SignedInUser extends User {}
}

export const userModule = defineModule({
  name: "user",
  entities: [User],
  enums: [[Role, { name: "Role" }]],
  loaders: createUserLoaders,
  setup: () => ({
    resolvers: [new UserResolver(new UserService()), new ViewerResolver()],
    nodes: {
      User: visibleNode(
        (ctx, id) => ctx.loaders.userById.load(id),
        (ctx, user) => ctx.viewer.kind === "user" && (ctx.viewer.role === Role.ADMIN || ctx.viewer.user.id === user.id),
      ),
    },
  }),
});
