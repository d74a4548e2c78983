import type { Request, Router } from "express";
import type { EntityManager } from "typeorm";
import type { AppConfig } from "../config";
import type { SessionCookie } from "../http/session-cookie";
import type { Viewer } from "./context";
import type { NodeFetcher } from "./relay/node-fetcher";
import type { RequestContextFactory } from "./request-context";

/** A type-graphql enum from packages/domain and how the schema names it. */
export type EnumRegistration = readonly [enumObject: object, options: { name: string; description?: string }];

/** Per-request DataLoaders a feature contributes; their types augment the `Loaders` interface. */
export type LoaderFactory = (db: EntityManager) => object;

/** Recognises the caller of a request; `undefined` when this way of signing in does not apply. */
export type Authenticator = (req: Request, db: EntityManager, sessionCookie: SessionCookie) => Promise<Viewer | undefined>;

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
}

export const defineModule = (module: FeatureModule): FeatureModule => module;

export const entitiesOf = (modules: readonly FeatureModule[]): Function[] => modules.flatMap((module) => module.entities ?? []);
