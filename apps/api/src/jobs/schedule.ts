import { randomUUID } from "node:crypto";
import PgBoss from "pg-boss";
import type { EntityManager } from "typeorm";
import { JOB_SCHEMA, queueOptions } from "./pg-boss-schema";

export interface ScheduleOptions {
  /** Not before this time (the database's clock decides). */
  startAfter?: Date;
  /** At most one job with this key waits to start in the queue; a second schedule returns null. */
  singletonKey?: string;
  retryLimit?: number;
  retryDelaySeconds?: number;
}

/**
 * Only builds and runs pg-boss's insert on the connection we hand it; never
 * started, it holds no pool and no state. Shared because it is stateless.
 */
const insertOnly = new PgBoss({
  schema: JOB_SCHEMA,
  db: {
    executeSql: () => {
      throw new Error("jobs are inserted through the caller's transaction");
    },
  },
});

const onManager = (db: EntityManager): PgBoss.Db => ({
  executeSql: async (text: string, values?: unknown[]) => ({ rows: await db.query(text, values) }),
});

/**
 * Queues a job through the caller's connection: inside a transaction, the job
 * exists exactly when the change that needs it commits. Returns the job id,
 * or null when a job with the same singleton key is already waiting.
 */
export async function scheduleJob(ctx: { db: EntityManager }, name: string, data: object, options: ScheduleOptions = {}): Promise<string | null> {
  const sendOptions: PgBoss.SendOptions = { db: onManager(ctx.db), singletonKey: options.singletonKey ?? randomUUID() };
  // pg-boss checks every option present, so absent ones must be left out, not undefined.
  if (options.startAfter) sendOptions.startAfter = options.startAfter;
  if (options.retryLimit !== undefined) sendOptions.retryLimit = options.retryLimit;
  if (options.retryDelaySeconds !== undefined) sendOptions.retryDelay = options.retryDelaySeconds;
  const send = () => insertOnly.send(name, data, sendOptions);
  const id = await send();
  if (id !== null) return id;
  if (await queueExists(ctx.db, name)) return null;
  // Queues are created at boot for every registered handler; this covers a
  // schedule that runs before (or without) the workers, e.g. in a test.
  await ctx.db.query(`SELECT ${JOB_SCHEMA}.create_queue($1, $2::json)`, [name, JSON.stringify({ ...queueOptions(), name })]);
  return send();
}

async function queueExists(db: EntityManager, name: string): Promise<boolean> {
  const rows: unknown[] = await db.query(`SELECT 1 FROM ${JOB_SCHEMA}.queue WHERE name = $1`, [name]);
  return rows.length > 0;
}
