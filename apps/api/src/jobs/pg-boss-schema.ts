import PgBoss from "pg-boss";
import type { QueueSettings } from "./types";
import { DEFAULT_QUEUE_SETTINGS } from "./types";

/** The PostgreSQL schema pg-boss keeps its tables in. */
export const JOB_SCHEMA = "pgboss";

/**
 * Every queue is pg-boss's "short" policy and every job carries a singleton
 * key (the caller's, or a random one): so a key means "at most one job with
 * it waiting to start", and jobs without one never collide.
 */
export const QUEUE_POLICY = "short" as const;

/** pg-boss's own queue options for our settings. */
export function queueOptions(settings: QueueSettings = {}): PgBoss.Queue & { name: string } {
  const merged = { ...DEFAULT_QUEUE_SETTINGS, ...settings };
  return {
    name: "",
    policy: QUEUE_POLICY,
    retryLimit: merged.retryLimit,
    retryDelay: merged.retryDelaySeconds,
    retryBackoff: true,
    expireInSeconds: merged.expireInSeconds,
  };
}

/**
 * The SQL that creates pg-boss's schema at the installed version, for our
 * migration: pg-boss wraps it in BEGIN/COMMIT of its own, which would end the
 * migration's transaction early, so those two go (its advisory lock stays).
 */
export function jobSchemaSql(): string {
  const plan = PgBoss.getConstructionPlans(JOB_SCHEMA).trim();
  if (!plan.startsWith("BEGIN;") || !plan.endsWith("COMMIT;")) throw new Error("pg-boss's construction plan changed shape: review the MessagesAndJobs migration");
  return plan.slice("BEGIN;".length, -"COMMIT;".length);
}
