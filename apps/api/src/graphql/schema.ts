import "reflect-metadata";
import { GraphQLSchema } from "graphql";
import { GraphQLDateTime } from "graphql-scalars";
import { buildSchema, ContainerType, NonEmptyArray } from "type-graphql";
import { AuthResolver } from "../modules/auth/auth.resolver";
import { AuthService } from "../modules/auth/auth.service";
import { OrganisationResolver } from "../modules/organisation/organisation.resolver";
import { OrganisationService } from "../modules/organisation/organisation.service";
import { NodeResolver } from "../modules/system/node.resolver";
import { NodeService } from "../modules/system/node.service";
import { ViewerResolver } from "../modules/user/user.resolver";
import { authChecker } from "./auth-checker";
import { registerEnums } from "./enums";
import { Node } from "./relay/node";

registerEnums();

export const resolvers: NonEmptyArray<Function> = [NodeResolver, ViewerResolver, AuthResolver, OrganisationResolver];

export interface SchemaOptions {
  sessionTtlHours: number;
}

/** Resolvers are built once with their services; services are stateless and take the request context. */
function containerFor(options: SchemaOptions): ContainerType {
  const organisations = new OrganisationService();
  const instances = new Map<Function, object>([
    [NodeResolver, new NodeResolver(new NodeService(organisations))],
    [ViewerResolver, new ViewerResolver()],
    [AuthResolver, new AuthResolver(new AuthService(options.sessionTtlHours))],
    [OrganisationResolver, new OrganisationResolver(organisations)],
  ]);
  return {
    get(resolverClass: Function) {
      const instance = instances.get(resolverClass);
      if (!instance) throw new Error(`no instance registered for ${resolverClass.name}`);
      return instance;
    },
  };
}

export function buildAscentSchema(options: SchemaOptions = { sessionTtlHours: 12 }): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    orphanedTypes: [Node],
    container: containerFor(options),
    authChecker,
    authMode: "error",
    validate: false,
    scalarsMap: [{ type: Date, scalar: GraphQLDateTime }],
  });
}
