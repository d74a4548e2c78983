import { Client } from "pg";
import type { DataSource, EntityManager, QueryRunner } from "typeorm";
import { perDataSource } from "./per-data-source";

/**
 * Read replicas (DATABASE_REPLICA_URLS) through TypeORM's replication
 * support. The data source's default stays the primary for every read and
 * write (`defaultMode: "master"` in data-source.ts); only a unit of work that
 * asks for it — a GraphQL query made only of lag-tolerant fields, see
 * graphql/replica-reads.ts — reads through a query runner in TypeORM's
 * "slave" mode, i.e. a connection from a replica's pool.
 */

/** DATABASE_REPLICA_URLS: comma-separated connection strings; blanks ignored. */
export function replicaUrlsFrom(value: string | undefined): string[] {
  return (value ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
}

interface PgPool {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
  query(text: string): Promise<unknown>;
}

interface ReplicatedDriver {
  isReplicated?: boolean;
  slaves?: PgPool[];
}

const driverOf = (dataSource: DataSource) => dataSource.driver as unknown as ReplicatedDriver;

/** True when the data source was created with replicas. */
export const hasReplicas = (dataSource: DataSource): boolean => driverOf(dataSource).isReplicated === true && (driverOf(dataSource).slaves?.length ?? 0) > 0;

/** Each replica's pool (in DATABASE_REPLICA_URLS order), for /metrics and /readyz. */
export const replicaPools = (dataSource: DataSource): readonly PgPool[] => driverOf(dataSource).slaves ?? [];

/** Whether each replica answers a `SELECT 1` within `timeoutMs`, in DATABASE_REPLICA_URLS order (for /readyz). */
export function replicaStatuses(dataSource: DataSource, timeoutMs = 1_000): Promise<Array<"reachable" | "unreachable">> {
  return Promise.all(
    replicaPools(dataSource).map((pool) => {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<"unreachable">((resolve) => (timer = setTimeout(() => resolve("unreachable"), timeoutMs)));
      const probe = pool.query("SELECT 1").then(
        () => "reachable" as const,
        () => "unreachable" as const,
      );
      return Promise.race([probe, timeout]).finally(() => clearTimeout(timer));
    }),
  );
}

/** How many units of work read from a replica, and how many fell back to the primary because no replica could be reached. */
export interface ReplicaReadCounts {
  replica: number;
  primaryFallback: number;
}

export const replicaReadCounts: (dataSource: DataSource) => ReplicaReadCounts = perDataSource(() => ({ replica: 0, primaryFallback: 0 }));

/**
 * One request's reads on a replica: a query runner in "slave" mode, so every
 * statement of the unit of work (the services' queries and the DataLoaders')
 * goes to the same replica connection. Taken only when `open` is called and
 * handed back by `release` (idempotent), which the request calls when its
 * response is sent or its connection closes.
 */
export class ReplicaSession {
  private runner: QueryRunner | undefined;

  constructor(private readonly dataSource: DataSource) {}

  /**
   * A manager reading from a replica, or null when there is none or it can't
   * be reached right now: the caller then stays on the primary (a replica
   * outage slows nothing down and fails nothing).
   */
  async open(): Promise<EntityManager | null> {
    if (!hasReplicas(this.dataSource)) return null;
    if (this.runner && !this.runner.isReleased) return this.runner.manager;
    const runner = this.dataSource.createQueryRunner("slave");
    try {
      await runner.connect();
    } catch {
      await runner.release().catch(() => undefined);
      replicaReadCounts(this.dataSource).primaryFallback += 1;
      return null;
    }
    this.runner = runner;
    replicaReadCounts(this.dataSource).replica += 1;
    return runner.manager;
  }

  async release(): Promise<void> {
    const runner = this.runner;
    this.runner = undefined;
    if (runner && !runner.isReleased) await runner.release();
  }
}

/**
 * The replicas that answer now (each tried for up to `timeoutMs`). TypeORM
 * connects to every pool when the data source initialises, so an api copy
 * starting during a replica's outage would otherwise refuse to start; it
 * starts without that replica instead (and says so).
 */
export async function reachableReplicas(urls: readonly string[], timeoutMs = 3_000): Promise<{ reachable: string[]; unreachable: string[] }> {
  const results = await Promise.all(
    urls.map(async (url) => {
      const client = new Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
      try {
        await client.connect();
        await client.query("SELECT 1");
        return true;
      } catch {
        return false;
      } finally {
        await client.end().catch(() => undefined);
      }
    }),
  );
  return { reachable: urls.filter((_, i) => results[i]), unreachable: urls.filter((_, i) => !results[i]) };
}

/** A replica's address without its password, for logs. */
export function redactedUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "(unparseable address)";
  }
}
