import { execFileSync } from "node:child_process";
import fs from "node:fs/promises";
import path from "node:path";
import { Client } from "pg";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "../../src/db/embedded-postgres";

/**
 * A real hot-standby streaming replica of an embedded PostgreSQL, made the
 * way pg_basebackup -R makes one (the embedded-postgres package ships
 * initdb, pg_ctl and postgres, but not pg_basebackup): a replication role
 * and pg_hba entry on the primary, a physical replication slot so the
 * primary keeps the WAL the standby needs, an online base backup through
 * pg_backup_start/pg_backup_stop, then standby.signal and primary_conninfo,
 * and the standby started on a port of its own.
 */
export interface StreamingReplica extends EmbeddedPostgres {
  /** Waits until the standby has replayed everything the primary has written so far. */
  caughtUp(timeoutMs?: number): Promise<void>;
  /** pg_wal_replay_pause(): the standby keeps receiving WAL but stops applying it, so it serves an older state. */
  pauseReplay(): Promise<void>;
  resumeReplay(): Promise<void>;
  /** Runs one statement on the standby as the superuser. */
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
}

const SLOT = "ascent_replica";
const REPLICATION_ROLE = "ascent_replicator";
/** Files pg_basebackup leaves out: the running server's own state and WAL (the standby streams it). */
const NOT_COPIED = new Set(["postmaster.pid", "postmaster.opts", "pg_wal", "pg_replslot", "pg_stat_tmp", "standby.signal", "backup_label"]);

async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function waitFor(what: string, timeoutMs: number, check: () => Promise<boolean>) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Makes and starts a standby of `primary` (whose data folder is `primaryDataDir`) in `dataDir`. */
export async function startStreamingReplica(primary: EmbeddedPostgres, primaryDataDir: string, dataDir: string): Promise<StreamingReplica> {
  const primaryPgData = path.join(primaryDataDir, "pgdata");
  const pgData = path.join(dataDir, "pgdata");
  await withClient(primary.url, async (client) => {
    await client.query(`CREATE ROLE ${REPLICATION_ROLE} WITH REPLICATION LOGIN`);
    await fs.appendFile(path.join(primaryPgData, "pg_hba.conf"), `\nhost replication ${REPLICATION_ROLE} 127.0.0.1/32 trust\n`);
    await client.query("SELECT pg_reload_conf()");
    // Reserve WAL from now on: the standby will ask for it from the backup's starting point.
    await client.query("SELECT pg_create_physical_replication_slot($1, true)", [SLOT]);
    await client.query("SELECT pg_backup_start('ascent-replica', true)");
    await fs.cp(primaryPgData, pgData, { recursive: true, filter: (source) => !NOT_COPIED.has(path.relative(primaryPgData, source)) });
    for (const folder of ["pg_wal/archive_status", "pg_wal/summaries", "pg_replslot", "pg_stat_tmp"]) await fs.mkdir(path.join(pgData, folder), { recursive: true });
    const { rows } = await client.query<{ labelfile: string }>("SELECT labelfile FROM pg_backup_stop(false)");
    await fs.writeFile(path.join(pgData, "backup_label"), rows[0].labelfile);
  });
  await fs.writeFile(path.join(pgData, "standby.signal"), "");
  await fs.appendFile(
    path.join(pgData, "postgresql.auto.conf"),
    `primary_conninfo = 'host=127.0.0.1 port=${primary.port} user=${REPLICATION_ROLE} application_name=${SLOT}'\nprimary_slot_name = '${SLOT}'\nhot_standby = on\n`,
  );
  await fs.chmod(pgData, 0o700);
  if (typeof process.getuid === "function" && process.getuid() === 0) {
    // As root the embedded PostgreSQL runs as the postgres OS user (embedded-postgres.ts), which must own the copy.
    await fs.chmod(dataDir, 0o755);
    execFileSync("chown", ["-R", "postgres:postgres", dataDir]);
  }

  const standby = await startEmbeddedPostgres({ dataDir, preferredPort: 0 });
  const query = <T>(sql: string, params: unknown[] = []) => withClient(standby.url, async (client) => (await client.query(sql, params)).rows as T[]);
  await waitFor("the standby to stream from the primary", 30_000, async () =>
    withClient(primary.url, async (client) => (await client.query("SELECT 1 FROM pg_stat_replication WHERE application_name = $1 AND state = 'streaming'", [SLOT])).rowCount === 1),
  );

  return {
    ...standby,
    query,
    async caughtUp(timeoutMs = 15_000) {
      const [{ lsn }] = await withClient(primary.url, async (client) => (await client.query<{ lsn: string }>("SELECT pg_current_wal_lsn()::text AS lsn")).rows);
      await waitFor("the standby to replay the primary's WAL", timeoutMs, async () => {
        const [row] = await query<{ done: boolean }>("SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn AS done", [lsn]);
        return row.done;
      });
    },
    async pauseReplay() {
      await query("SELECT pg_wal_replay_pause()");
      await waitFor("replay to pause", 10_000, async () => (await query<{ state: string }>("SELECT pg_get_wal_replay_pause_state() AS state"))[0].state === "paused");
    },
    async resumeReplay() {
      await query("SELECT pg_wal_replay_resume()");
    },
    async stop() {
      await standby.stop();
      // Without its standby the slot would keep WAL on the primary for ever.
      await withClient(primary.url, (client) => client.query("SELECT pg_drop_replication_slot($1)", [SLOT])).catch(() => undefined);
    },
  };
}
