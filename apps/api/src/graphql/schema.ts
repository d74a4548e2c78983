import "reflect-metadata";
import { GraphQLSchema } from "graphql";
import { GraphQLDateTime } from "graphql-scalars";
import { buildSchema, ContainerType, NonEmptyArray, registerEnumType } from "type-graphql";
import type { AppConfig } from "../config";
import { authChecker } from "./auth-checker";
import { registerSharedEnums } from "./enums";
import type { FeatureModule, FeatureParts } from "./feature-module";
import { Node } from "./relay/node";
import type { NodeFetcher } from "./relay/node-fetcher";
import { NodeResolver } from "./relay/node.resolver";

/** Each module's parts, built once (services are stateless: they take the request context). */
export function setUpModules(modules: readonly FeatureModule[], config: AppConfig): FeatureParts[] {
  return modules.map((module) => module.setup?.(config) ?? {});
}

function nodeFetchers(parts: readonly FeatureParts[]): Map<string, NodeFetcher> {
  const fetchers = new Map<string, NodeFetcher>();
  for (const [typeName, fetch] of parts.flatMap((part) => Object.entries(part.nodes ?? {}))) {
    if (fetchers.has(typeName)) throw new Error(`two modules register node(id:) fetchers for ${typeName}`);
    fetchers.set(typeName, fetch);
  }
  return fetchers;
}

function containerFor(instances: object[]): ContainerType {
  const byClass = new Map<Function, object>(instances.map((instance) => [instance.constructor, instance]));
  return {
    get(resolverClass: Function) {
      const instance = byClass.get(resolverClass);
      if (!instance) throw new Error(`no instance registered for ${resolverClass.name}`);
      return instance;
    },
  };
}

let sharedEnumsRegistered = false;

/** The GraphQL schema of the given modules: their enums, resolvers and node types, plus node(id:). */
export function buildAscentSchema(modules: readonly FeatureModule[], parts: readonly FeatureParts[]): Promise<GraphQLSchema> {
  if (!sharedEnumsRegistered) {
    registerSharedEnums();
    for (const [enumObject, options] of modules.flatMap((module) => module.enums ?? [])) registerEnumType(enumObject, options);
    sharedEnumsRegistered = true;
  }
  const instances = [new NodeResolver(nodeFetchers(parts)), ...parts.flatMap((part) => part.resolvers ?? [])];
  return buildSchema({
    resolvers: instances.map((instance) => instance.constructor) as NonEmptyArray<Function>,
    orphanedTypes: [Node],
    container: containerFor(instances),
    authChecker,
    authMode: "error",
    validate: false,
    scalarsMap: [{ type: Date, scalar: GraphQLDateTime }],
  });
}
