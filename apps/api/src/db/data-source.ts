import { DataSource } from "typeorm";
import { migrations } from "./migrations";

export interface DataSourceOptions {
  /** The features' entities (modules/index.ts); migrations must match exactly these. Omit for migrations-only use. */
  entities?: Function[];
  poolSize?: number;
  applicationName?: string;
  /**
   * PostgreSQL cancels any statement running longer (0 = never), so one slow
   * query can't hold a pool connection for long. Migrations and demo data run
   * on a pool without it.
   */
  statementTimeoutMs?: number;
}

/** Long enough for the heaviest dashboard query on a national data set; short enough that a stuck one frees its connection. */
export const DEFAULT_STATEMENT_TIMEOUT_MS = 15_000;

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
    // A request waits for a pool connection as long as it takes (a stampede queues rather than fails);
    // the statement timeout is what stops one slow query holding a connection.
    extra: { statement_timeout: options.statementTimeoutMs ?? DEFAULT_STATEMENT_TIMEOUT_MS },
    applicationName: options.applicationName ?? "ascent-api",
  });
}
