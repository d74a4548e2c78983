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

function containerFor(instances: object[]): ContainerType & { byClass: ReadonlyMap<Function, object> } {
  const byClass = new Map<Function, object>(instances.map((instance) => [instance.constructor, instance]));
  return {
    byClass,
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
  const container = containerFor(instances);
  return buildSchema({
    resolvers: instances.map((instance) => instance.constructor) as NonEmptyArray<Function>,
    orphanedTypes: [Node],
    container,
    authChecker,
    authMode: "error",
    validate: false,
    scalarsMap: [{ type: Date, scalar: GraphQLDateTime }],
  }).then((schema) => leanFieldResolvers(readPlainFieldsDirectly(schema), container.byClass));
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

type ParamPick = (root: unknown, context: unknown, info: unknown) => unknown;
/** Marks a call the lean resolver can't make like type-graphql would (a root not of the declared type): the wrapper makes it. */
const DELEGATE = Symbol("delegate to type-graphql");

/**
 * Public field resolvers (no access rule, no middleware) whose parameters are
 * only the whole `@Root()`, `@Ctx()` and `@Info()`: type-graphql calls them
 * through a wrapper that, on every call, sorts the parameter list, builds a
 * resolver-data object, runs an empty middleware chain and checks every
 * parameter for a promise. Decided once per field here, they are called
 * directly with the same arguments. A root that is not an instance of the
 * declared type (type-graphql would convert it) goes through the wrapper.
 */
export function leanFieldResolvers(schema: GraphQLSchema, instances: ReadonlyMap<Function, object>): GraphQLSchema {
  const storage = getMetadataStorage();
  for (const resolver of storage.fieldResolvers) {
    if (resolver.kind !== "external" || resolver.roles !== undefined || (resolver.middlewares?.length ?? 0) > 0) continue;
    const instance = instances.get(resolver.target) as Record<string, (...args: unknown[]) => unknown> | undefined;
    const objectClass = resolver.getObjectType?.();
    const objectType = storage.objectTypes.find((type) => type.target === objectClass);
    const type = objectType && schema.getType(objectType.name);
    if (!instance || typeof instance[resolver.methodName] !== "function" || !isObjectType(type)) continue;
    const definition = type.getFields()[resolver.schemaName];
    const wrapped = definition?.resolve;
    if (!wrapped || definition.args.length > 0) continue;
    const params = [...(resolver.params ?? [])].sort((a, b) => a.index - b.index);
    const picks: ParamPick[] = [];
    for (const param of params) {
      if (param.kind === "context" && !param.propertyName) picks.push((_root, context) => context);
      else if (param.kind === "info") picks.push((_root, _context, info) => info);
      else if (param.kind === "root" && !param.propertyName) {
        const declared = param.getType?.();
        picks.push((root) => (typeof declared !== "function" || root instanceof declared ? root : DELEGATE));
      } else break;
    }
    if (picks.length !== params.length) continue;
    const method = instance[resolver.methodName];
    definition.resolve = (root, args, context, info) => {
      const values = picks.map((pick) => pick(root, context, info));
      return values.includes(DELEGATE) ? wrapped(root, args, context, info) : method.apply(instance, values);
    };
  }
  return schema;
}
