import { collectDefaultMetrics, Gauge, Registry } from "prom-client";
import type { DataSource } from "typeorm";
import type { FeatureGauge } from "../graphql/feature-module";
import { replicaPools, replicaReadCounts } from "../db/read-replica";
import { JOB_SCHEMA, queueDepth } from "../jobs";

interface PgPool {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

/**
 * The api's metrics: Node's own (memory, event loop, GC), the database pool,
 * the job queue, and what the features report. One registry per app, so two
 * apps in one process (tests) don't share counters.
 */
export function createMetricsRegistry(dataSource: DataSource, featureGauges: readonly FeatureGauge[]): Registry {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "ascent_" });
  const pool = () => (dataSource.driver as unknown as { master?: PgPool }).master;

  new Gauge({
    name: "ascent_db_pool_connections",
    help: "Database pool connections by state: in use (checked out), idle, and requests waiting for one.",
    labelNames: ["state"],
    registers: [registry],
    collect() {
      const current = pool();
      if (!current) return;
      this.set({ state: "in_use" }, current.totalCount - current.idleCount);
      this.set({ state: "idle" }, current.idleCount);
      this.set({ state: "waiting" }, current.waitingCount);
    },
  });
  new Gauge({
    name: "ascent_db_replica_pool_connections",
    help: "Read replica pool connections by replica (its place in DATABASE_REPLICA_URLS, from 1) and state; absent without replicas.",
    labelNames: ["replica", "state"],
    registers: [registry],
    collect() {
      this.reset();
      replicaPools(dataSource).forEach((replica, index) => {
        const labels = { replica: String(index + 1) };
        this.set({ ...labels, state: "in_use" }, replica.totalCount - replica.idleCount);
        this.set({ ...labels, state: "idle" }, replica.idleCount);
        this.set({ ...labels, state: "waiting" }, replica.waitingCount);
      });
    },
  });
  new Gauge({
    name: "ascent_db_replica_reads",
    help: "GraphQL queries read from a replica since start, and those that fell back to the primary because no replica answered (counts).",
    labelNames: ["served_by"],
    registers: [registry],
    collect() {
      if (replicaPools(dataSource).length === 0) return;
      const counts = replicaReadCounts(dataSource);
      this.set({ served_by: "replica" }, counts.replica);
      this.set({ served_by: "primary_fallback" }, counts.primaryFallback);
    },
  });
  new Gauge({
    name: "ascent_job_queue_jobs",
    help: "Jobs on the PostgreSQL queue by queue and state (waiting includes retries).",
    labelNames: ["queue", "state"],
    registers: [registry],
    async collect() {
      this.reset();
      for (const [queue, depth] of Object.entries(await queueDepth(dataSource.manager))) {
        this.set({ queue, state: "waiting" }, depth.waiting);
        this.set({ queue, state: "active" }, depth.active);
        this.set({ queue, state: "failed" }, depth.failed);
      }
    },
  });
  new Gauge({
    name: "ascent_job_queue_oldest_waiting_seconds",
    help: "Age of the oldest job that is due and not yet started, by queue: a stuck or too-slow worker shows here.",
    labelNames: ["queue"],
    registers: [registry],
    async collect() {
      this.reset();
      const rows: Array<{ name: string; age: number }> = await dataSource.query(
        `SELECT name, extract(epoch FROM now() - min(start_after))::float8 AS age
           FROM ${JOB_SCHEMA}.job WHERE state IN ('created', 'retry') AND start_after <= now() GROUP BY name`,
      );
      for (const row of rows) this.set({ queue: row.name }, Math.max(0, row.age));
    },
  });
  for (const gauge of featureGauges) {
    new Gauge({
      name: gauge.name,
      help: gauge.help,
      labelNames: gauge.labelNames ?? [],
      registers: [registry],
      async collect() {
        this.reset();
        for (const { labels, value } of await gauge.read(dataSource.manager)) {
          if (labels) this.set(labels, value);
          else this.set(value);
        }
      },
    });
  }
  return registry;
}
