import type { EntityManager } from "typeorm";
import type { LoaderFactory } from "../feature-module";

/**
 * Every feature's per-request loaders. Each feature adds its own by
 * augmenting this interface next to its loader factory:
 *   declare module "../../graphql/loaders" { interface Loaders extends MyLoaders {} }
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Loaders {}

/** Created per request (and per transaction), so nothing cached outlives it or crosses viewers. */
export function loadersFactory(factories: readonly LoaderFactory[]): (db: EntityManager) => Loaders {
  return (db) => Object.assign({}, ...factories.map((create) => create(db))) as Loaders;
}

export { byIdLoader, groupedByLoader } from "./generic";
