import { DataSource } from "typeorm";
import { entities } from "./entities";
import { migrations } from "./migrations";

export function createDataSource(url: string, options: { poolSize?: number; applicationName?: string } = {}) {
  return new DataSource({
    type: "postgres",
    url,
    entities,
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
