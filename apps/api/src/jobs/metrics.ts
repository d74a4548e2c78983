import type { EntityManager } from "typeorm";
import { JOB_SCHEMA } from "./pg-boss-schema";

export interface QueueDepth {
  /** Due or scheduled, including those waiting to be retried. */
  waiting: number;
  /** Being run now. */
  active: number;
  /** Gave up after their retries (kept until pg-boss's retention ends). */
  failed: number;
}

/** Jobs per queue by state, for the metrics endpoint (issue 14) and tests. */
export async function queueDepth(db: EntityManager): Promise<Record<string, QueueDepth>> {
  const rows: Array<{ name: string; waiting: string; active: string; failed: string }> = await db.query(
    `SELECT name,
            count(*) FILTER (WHERE state IN ('created', 'retry')) AS waiting,
            count(*) FILTER (WHERE state = 'active') AS active,
            count(*) FILTER (WHERE state = 'failed') AS failed
       FROM ${JOB_SCHEMA}.job GROUP BY name`,
  );
  return Object.fromEntries(rows.map((row) => [row.name, { waiting: Number(row.waiting), active: Number(row.active), failed: Number(row.failed) }]));
}
