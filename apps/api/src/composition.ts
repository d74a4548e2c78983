import type { EntityManager } from "typeorm";
import type { AppConfig } from "./config";
import { loadConfig } from "./config";
import { createDataSource, DataSourceOptions } from "./db/data-source";
import { entitiesOf, jobsOf, replicaReadsOf } from "./graphql/feature-module";
import type { Loaders } from "./graphql/loaders";
import { loadersFactory } from "./graphql/loaders";
import { buildAscentSchema, setUpModules } from "./graphql/schema";
import { modules } from "./modules";

/**
 * The composition root: the one place that hands the feature modules to the
 * infrastructure (schema, data source, loaders, request context).
 */
export const appEntities = entitiesOf(modules);

export const createAppDataSource = (url: string, options: Omit<DataSourceOptions, "entities"> = {}) => createDataSource(url, { ...options, entities: appEntities });

export const appLoadersFor: (db: EntityManager) => Loaders = loadersFactory(modules.flatMap((module) => (module.loaders ? [module.loaders] : [])));

export const appAuthenticators = modules.flatMap((module) => (module.authenticate ? [module.authenticate] : []));

/** The features' figures for /metrics. */
export const appGauges = modules.flatMap((module) => module.gauges ?? []);

/** The features' lag-tolerant root Query fields, for the replica-reads plugin. */
export const appReplicaReads = replicaReadsOf(modules);

/** The features' cacheable reads, for the response cache. */
export const appCachedReads = modules.flatMap((module) => module.cachedReads ?? []);

/** The features' job handlers by queue name, for the job workers. */
export const appJobs = (config: AppConfig) => jobsOf(modules, config);

/** The features' resolvers, node fetchers and routes, and the schema built from them. */
export async function composeApi(config: AppConfig) {
  const parts = setUpModules(modules, config);
  const schema = await buildAscentSchema(modules, parts);
  const routes = parts.flatMap((part) => (part.routes ? [part.routes] : []));
  return { schema, routes };
}

/** The schema as `npm run generate` and the tests see it: default settings, no server. */
export async function buildAppSchema() {
  return (await composeApi(loadConfig({}))).schema;
}
