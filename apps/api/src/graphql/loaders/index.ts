import type { EntityManager } from "typeorm";
import type { LoaderFactory } from "../feature-module";

/**
 * Every feature's per-request loaders. Each feature adds its own by
 * augmenting this interface next to its loader factory:
 *   declare module "../../graphql/loaders" { interface Loaders extends MyLoaders {} }
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Loaders {}

/**
 * Created per request (and per transaction), so nothing cached outlives it or
 * crosses viewers. Lazily: a feature's loaders are built on the first use of
 * any of them, since most requests use a few features' loaders and a burst of
 * thousands (a window opening) paid for building every feature's, dozens of
 * DataLoaders, on each. The names each feature provides are learnt once, from
 * a first build (building loaders runs no query); a later feature's name
 * shadows an earlier one's, as Object.assign of the built objects would.
 */
export function loadersFactory(factories: readonly LoaderFactory[]): (db: EntityManager) => Loaders {
  let Lazy: (new (db: EntityManager) => Loaders) | undefined;
  return (db) => {
    Lazy ??= lazyLoadersClass(factories, db);
    return new Lazy(db);
  };
}

function lazyLoadersClass(factories: readonly LoaderFactory[], probe: EntityManager): new (db: EntityManager) => Loaders {
  class LazyLoaders {
    readonly #db: EntityManager;
    readonly #built: Array<Record<string, unknown> | undefined>;
    constructor(db: EntityManager) {
      this.#db = db;
      this.#built = new Array(factories.length);
    }
    static built(self: LazyLoaders, index: number): Record<string, unknown> {
      return (self.#built[index] ??= factories[index](self.#db) as Record<string, unknown>);
    }
  }
  factories.forEach((create, index) => {
    for (const name of Object.keys(create(probe))) {
      Object.defineProperty(LazyLoaders.prototype, name, {
        configurable: true,
        enumerable: true,
        get(this: LazyLoaders) {
          return LazyLoaders.built(this, index)[name];
        },
      });
    }
  });
  return LazyLoaders as unknown as new (db: EntityManager) => Loaders;
}

export { byIdLoader, groupedByLoader } from "./generic";
