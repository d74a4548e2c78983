import type { DataSource, Migration } from "typeorm";

/** One key for "Ascent migrations", whatever the database: hashtext gives PostgreSQL's own 32-bit hash. */
const LOCK_KEY_SQL = "hashtext('ascent.migrations')";

/**
 * Runs pending migrations while holding a PostgreSQL session advisory lock,
 * so api processes started together take turns: the first applies them, the
 * others wait, then find nothing left to do. The lock is held on a
 * connection of its own (so the pool needs two) and released when it
 * closes, even if we crash.
 */
export async function runMigrationsLocked(dataSource: DataSource, options: { lockTimeoutMs?: number } = {}): Promise<Migration[]> {
  const lock = dataSource.createQueryRunner();
  await lock.connect();
  try {
    await lock.query(`SET lock_timeout = ${Math.max(0, Math.trunc(options.lockTimeoutMs ?? 5 * 60_000))}`);
    await lock.query(`SELECT pg_advisory_lock(${LOCK_KEY_SQL})`);
    try {
      return await dataSource.runMigrations({ transaction: "each" });
    } finally {
      await lock.query(`SELECT pg_advisory_unlock(${LOCK_KEY_SQL})`);
      await lock.query("RESET lock_timeout");
    }
  } finally {
    await lock.release();
  }
}
