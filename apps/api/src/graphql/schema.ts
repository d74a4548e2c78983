import "reflect-metadata";
import { GraphQLSchema, isObjectType } from "graphql";
import { GraphQLDateTime } from "graphql-scalars";
import { buildSchema, ContainerType, getMetadataStorage, NonEmptyArray, registerEnumType } from "type-graphql";
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
  }).then(readPlainFieldsDirectly);
}

/**
 * type-graphql wraps every field, even one that only reads a property of its
 * object (no resolver, no access rule, no middleware), in a function that
 * builds a resolver-data object and runs an empty middleware chain: on a page
 * of 50 cohorts, hundreds of calls per request for nothing. Decided once per
 * type here: such fields get graphql-js's default resolver, which reads the
 * same property. Fields with a rule (`@Allow` of anything but the public),
 * a field resolver, arguments, or a GraphQL name other than the property's
 * (Node's `id`, read from `globalId`) keep type-graphql's wrapper.
 */
export function readPlainFieldsDirectly(schema: GraphQLSchema): GraphQLSchema {
  const storage = getMetadataStorage();
  const resolvers = new Set(storage.fieldResolvers.map((resolver) => `${resolver.methodName}@${resolver.getObjectType?.()?.name ?? "?"}`));
  const hasResolver = (target: Function, name: string) => storage.fieldResolvers.some((resolver) => resolver.methodName === name && resolver.getObjectType?.() === target);
  for (const objectType of storage.objectTypes) {
    const type = schema.getType(objectType.name);
    if (!isObjectType(type)) continue;
    const fields = type.getFields();
    for (const field of objectType.fields ?? []) {
      const definition = fields[field.schemaName];
      if (!definition?.resolve || field.name !== field.schemaName) continue;
      if (field.roles !== undefined || (field.middlewares?.length ?? 0) > 0 || (field.params?.length ?? 0) > 0 || definition.args.length > 0) continue;
      if (resolvers.has(`${field.name}@${field.target.name}`) && hasResolver(field.target, field.name)) continue;
      definition.resolve = undefined;
    }
  }
  return schema;
}
