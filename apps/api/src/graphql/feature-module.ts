import type { Request, Router } from "express";
import type { EntityManager } from "typeorm";
import type { AppConfig } from "../config";
import type { JobDefinition } from "../jobs";
import type { SessionCookie } from "../http/session-cookie";
import type { Viewer } from "./context";
import type { ReplicaReadRule } from "./replica-reads";
import type { CachedReadRule } from "./response-cache";
import type { NodeFetcher } from "./relay/node-fetcher";
import type { RequestContextFactory } from "./request-context";

/** A type-graphql enum from packages/domain and how the schema names it. */
export type EnumRegistration = readonly [enumObject: object, options: { name: string; description?: string }];

/** Per-request DataLoaders a feature contributes; their types augment the `Loaders` interface. */
export type LoaderFactory = (db: EntityManager) => object;

/** Recognises the caller of a request; `undefined` when this way of signing in does not apply. */
export type Authenticator = (req: Request, db: EntityManager, sessionCookie: SessionCookie) => Promise<Viewer | undefined>;

/** A figure a feature reports on /metrics, read from the database each time the metrics are scraped. */
export interface FeatureGauge {
  name: string;
  help: string;
  labelNames?: string[];
  read: (db: EntityManager) => Promise<Array<{ labels?: Record<string, string>; value: number }>>;
}

/** What a feature builds once per schema: its resolvers (with their services), node fetchers and routes. */
export interface FeatureParts {
  resolvers?: object[];
  /** `node(id:)` fetchers by GraphQL type name: load a row and apply the caller's scope, or answer null. */
  nodes?: Record<string, NodeFetcher>;
  /** Plain HTTP routes that share the GraphQL request context. */
  routes?: (contextFor: RequestContextFactory) => Router;
}

/**
 * Everything one feature contributes, declared in its `<feature>.module.ts`.
 * The infrastructure takes the list of these (modules/index.ts) as input and
 * imports no feature.
 */
export interface FeatureModule {
  name: string;
  entities?: Function[];
  enums?: readonly EnumRegistration[];
  loaders?: LoaderFactory;
  /** Tried in module order; the first that recognises the request decides the viewer. */
  authenticate?: Authenticator;
  setup?: (config: AppConfig) => FeatureParts;
  /** Figures for /metrics (for example messages not yet sent). */
  gauges?: readonly FeatureGauge[];
  /**
   * Root Query fields whose answers may lag the primary a little, with who may
   * read them so: a query made only of such fields runs on a read replica
   * when DATABASE_REPLICA_URLS names any (graphql/replica-reads.ts). Only
   * fields that write nothing, and never a read-your-writes path.
   */
  replicaReads?: Readonly<Record<string, ReplicaReadRule>>;
  /**
   * Reads whose answers each api process may cache (graphql/response-cache.ts):
   * the fields they may contain, and the SQL that reads the version PostgreSQL
   * keeps of what those fields show (bumped by triggers with every write).
   */
  cachedReads?: readonly CachedReadRule[];
  /**
   * Background and timed work by queue name ("<feature>.<what>"), run by the
   * job workers of every api process; schedule with scheduleJob from jobs/.
   */
  jobs?: Record<string, JobDefinition> | ((config: AppConfig) => Record<string, JobDefinition>);
}

export const defineModule = (module: FeatureModule): FeatureModule => module;

/** Every module's job handlers by queue name; a name declared twice is a mistake. */
export function jobsOf(modules: readonly FeatureModule[], config: AppConfig): Record<string, JobDefinition> {
  const all: Record<string, JobDefinition> = {};
  for (const module of modules) {
    const jobs = typeof module.jobs === "function" ? module.jobs(config) : (module.jobs ?? {});
    for (const [name, definition] of Object.entries(jobs)) {
      if (all[name]) throw new Error(`job "${name}" is declared by two modules`);
      all[name] = definition;
    }
  }
  return all;
}

/** Every module's lag-tolerant root fields; a field declared twice is a mistake. */
export function replicaReadsOf(modules: readonly FeatureModule[]): Record<string, ReplicaReadRule> {
  const all: Record<string, ReplicaReadRule> = {};
  for (const module of modules) {
    for (const [field, rule] of Object.entries(module.replicaReads ?? {})) {
      if (all[field]) throw new Error(`replica read "${field}" is declared by two modules`);
      all[field] = rule;
    }
  }
  return all;
}

export const entitiesOf = (modules: readonly FeatureModule[]): Function[] => modules.flatMap((module) => module.entities ?? []);
