import fs from "node:fs";
import path from "node:path";
import { GraphQLSchema, isObjectType } from "graphql";
import { getMetadataStorage } from "type-graphql";
import { loadConfig } from "../../src/config";
import { modules } from "../../src/modules";
import { BY_NAME, FeatureAuthorizationRows, FeatureSubject, OperationRow, Subject, SUBJECT_TYPE } from "../authorization-table";

/**
 * The authorization table is assembled from the features: each feature keeps
 * its own rows in `src/modules/<feature>/test/authorization-rows.ts` (test-only:
 * the build leaves `test/` folders out), and this file collects them. A row
 * must sit in the folder of the feature that declares the operation or field:
 * the one whose resolver declares it, or, for a Node type's own fields, the one
 * that registers its `node(id:)` fetcher.
 */
export const MODULES_DIR = path.resolve(__dirname, "..", "..", "src", "modules");
export const ROWS_FILE = path.join("test", "authorization-rows.ts");

export interface CollectedRows {
  /** Operation rows (`Query.x`, `Mutation.x`) of every feature. */
  operations: Record<string, OperationRow>;
  /** Field rows (`Type.field`) of every feature. */
  fields: Record<string, string>;
  /** Row key → the feature folder it was found in. */
  featureOf: Record<string, string>;
  /** Per feature folder with a rows file: how many operation and field rows it holds. */
  counts: Record<string, { operations: number; fields: number }>;
  /** The features' own subjects, in the order of modules/index.ts (a subject's finder may use earlier ones). */
  subjects: Array<[Subject, FeatureSubject]>;
  /** Every subject's GraphQL type, shared and the features'. */
  subjectTypes: Record<Subject, string>;
  /** ID argument names → subject, shared and the features'. */
  byName: Record<string, Subject>;
  /** Problems found while collecting: a key given twice, a rows file in a folder that is not a registered feature. */
  problems: string[];
}

/** Reads every feature folder's rows file (a glob over modules/*, so a new feature needs no line here). */
export async function collectFeatureRows(): Promise<CollectedRows> {
  const collected: CollectedRows = { operations: {}, fields: {}, featureOf: {}, counts: {}, subjects: [], subjectTypes: { ...SUBJECT_TYPE }, byName: { ...BY_NAME }, problems: [] };
  const registered = modules.map((module) => module.name);
  const rank = (feature: string) => (registered.includes(feature) ? registered.indexOf(feature) : registered.length);
  const folders = fs
    .readdirSync(MODULES_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  for (const feature of folders) {
    const file = path.join(MODULES_DIR, feature, ROWS_FILE);
    if (!fs.existsSync(file)) continue;
    if (!registered.includes(feature)) collected.problems.push(`${feature}/${ROWS_FILE}: ${feature} is not a module listed in modules/index.ts`);
    const { authorizationRows } = (await import(file)) as { authorizationRows?: FeatureAuthorizationRows };
    if (!authorizationRows) {
      collected.problems.push(`${feature}/${ROWS_FILE}: exports no authorizationRows`);
      continue;
    }
    const operations = authorizationRows.operations ?? {};
    const fields = authorizationRows.fields ?? {};
    collected.counts[feature] = { operations: Object.keys(operations).length, fields: Object.keys(fields).length };
    for (const [key, row] of Object.entries(operations)) {
      if (collected.featureOf[key]) collected.problems.push(`${key}: a row in both ${collected.featureOf[key]} and ${feature}`);
      collected.operations[key] = row;
      collected.featureOf[key] = feature;
    }
    for (const [key, letters] of Object.entries(fields)) {
      if (collected.featureOf[key]) collected.problems.push(`${key}: a row in both ${collected.featureOf[key]} and ${feature}`);
      collected.fields[key] = letters;
      collected.featureOf[key] = feature;
    }
    for (const [subject, declared] of Object.entries(authorizationRows.subjects ?? {})) {
      if (collected.subjectTypes[subject]) collected.problems.push(`subject ${subject} of ${feature}: the name is taken`);
      collected.subjects.push([subject, declared]);
      collected.subjectTypes[subject] = declared.type ?? subject;
      for (const name of declared.arguments ?? []) {
        if (collected.byName[name]) collected.problems.push(`subject ${subject} of ${feature}: argument ${name} already names ${collected.byName[name]}`);
        collected.byName[name] = subject;
      }
    }
  }
  for (const [key, row] of Object.entries(collected.operations)) {
    for (const subject of [row.subject, row.fresh]) {
      if (subject && !collected.subjectTypes[subject]) collected.problems.push(`${key}: no subject ${subject} (shared in authorization-table.ts, or a feature's subjects)`);
    }
  }
  return collected;
}

/**
 * Which feature declares each root operation and each field of each Node type of the schema (built with
 * buildAppSchema, so type-graphql's metadata is complete): `Query.x`/`Mutation.x` → the module of the
 * resolver that declares it; `Type.field` → the module of the resolver whose @FieldResolver adds it, else
 * the module that registers the type's `node(id:)` fetcher.
 */
export function declaringFeatures(schema: GraphQLSchema): Record<string, string> {
  const config = loadConfig({});
  const featureOfClass = new Map<Function, string>();
  const featureOfNode = new Map<string, string>();
  for (const module of modules) {
    const parts = module.setup?.(config) ?? {};
    for (const resolver of parts.resolvers ?? []) featureOfClass.set(resolver.constructor, module.name);
    for (const typeName of Object.keys(parts.nodes ?? {})) featureOfNode.set(typeName, module.name);
  }
  const storage = getMetadataStorage();
  const typeNameOf = (target: Function) => storage.objectTypes.find((type) => type.target === target)?.name;
  const objectTypeOf = (r: (typeof storage.fieldResolvers)[number]) => {
    const get = r.getObjectType ?? r.resolverClassMetadata?.getObjectType;
    return get ? typeNameOf(get() as Function) : undefined;
  };
  const owners: Record<string, string> = {};
  for (const [root, declared] of [
    ["Query", storage.queries],
    ["Mutation", storage.mutations],
  ] as const) {
    for (const operation of declared) {
      const feature = featureOfClass.get(operation.target);
      if (feature) owners[`${root}.${operation.schemaName}`] = feature;
    }
  }
  const node = schema.getType("Node");
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || !type.getInterfaces().some((i) => i === node)) continue;
    for (const field of Object.keys(type.getFields())) {
      const resolver = storage.fieldResolvers.find((r) => r.schemaName === field && featureOfClass.has(r.target) && objectTypeOf(r) === type.name);
      const feature = resolver ? featureOfClass.get(resolver.target) : featureOfNode.get(type.name);
      if (feature) owners[`${type.name}.${field}`] = feature;
    }
  }
  return owners;
}
