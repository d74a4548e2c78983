import { DataSource } from "typeorm";
import { migrations } from "./migrations";
import { PreparingClient } from "./prepared-statements";

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
  /**
   * Read replicas (DATABASE_REPLICA_URLS). With any, TypeORM keeps a pool per
   * replica besides the primary's; everything still runs on the primary unless
   * a unit of work asks for a replica (db/read-replica.ts).
   */
  replicaUrls?: readonly string[];
  /** Statements marked PREPARED run as named prepared statements (db/prepared-statements.ts); default on. */
  preparedStatements?: boolean;
}

/** Long enough for the heaviest dashboard query on a national data set; short enough that a stuck one frees its connection. */
export const DEFAULT_STATEMENT_TIMEOUT_MS = 15_000;

export function createDataSource(url: string, options: DataSourceOptions = {}) {
  const applicationName = options.applicationName ?? "ascent-api";
  const replicaUrls = options.replicaUrls ?? [];
  // TypeORM's default for reads outside a transaction with replication is a replica ("slave"); ours is the
  // primary, so read-your-writes holds everywhere unless a caller explicitly asks for a replica.
  const connection =
    replicaUrls.length > 0
      ? {
          replication: {
            master: { url, applicationName },
            slaves: replicaUrls.map((replicaUrl) => ({ url: replicaUrl, applicationName: `${applicationName}-replica` })),
            defaultMode: "master" as const,
          },
        }
      : { url, applicationName };
  return new DataSource({
    type: "postgres",
    ...connection,
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
    // Statements marked PREPARED run as named prepared statements (db/prepared-statements.ts).
    extra: { statement_timeout: options.statementTimeoutMs ?? DEFAULT_STATEMENT_TIMEOUT_MS, ...(options.preparedStatements === false ? {} : { Client: PreparingClient }) },
  });
}
