import { DataSource } from "typeorm";
import { migrations } from "./migrations";

export interface DataSourceOptions {
  /** The features' entities (modules/index.ts); migrations must match exactly these. Omit for migrations-only use. */
  entities?: Function[];
  poolSize?: number;
  applicationName?: string;
}

export function createDataSource(url: string, options: DataSourceOptions = {}) {
  return new DataSource({
    type: "postgres",
    url,
    entities: options.entities ?? [],
    migrations,
    // gen_random_uuid() is built into PostgreSQL 13+: no extension to install, no superuser needed.
    uuidExtension: "pgcrypto",
    installExtensions: false,
    synchronize: false,
    migrationsRun: false,
    migrationsTransactionMode: "each",
    logging: false,
    poolSize: options.poolSize ?? 10,
    applicationName: options.applicationName ?? "ascent-api",
  });
}
