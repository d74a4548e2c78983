import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { Client } from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { migrations } from "../src/db/migrations";
import { databaseUrlFor } from "./support/global-setup";

const API_DIR = path.resolve(__dirname, "..");

/** `scripts/migrate.ts` in a process of its own, as an api process runs its migrations at boot. */
function migrateInChildProcess(databaseUrl: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ["--conditions=source", "-r", "@swc-node/register", "scripts/migrate.ts"],
      { cwd: API_DIR, env: { ...process.env, DATABASE_URL: databaseUrl }, timeout: 120_000 },
      (error, stdout, stderr) => resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe("migrations under an advisory lock", () => {
  const serverUrl = inject("databaseServerUrl");
  const name = `ascent_lock_${randomBytes(4).toString("hex")}`;
  const url = databaseUrlFor(serverUrl, name);
  const admin = new Client({ connectionString: serverUrl });
  const gate = new Client({ connectionString: url });

  beforeAll(async () => {
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await gate.connect();
  });
  afterAll(async () => {
    await gate.end().catch(() => undefined);
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  });

  it("two processes starting together on an empty database both succeed, and each migration runs once", async () => {
    // Hold the lock ourselves until both processes are queued behind it, so they really start together.
    await gate.query("SELECT pg_advisory_lock(hashtext('ascent.migrations'))");
    const runs = [migrateInChildProcess(url), migrateInChildProcess(url)];
    const waiting = async () => {
      const { rows } = await gate.query<{ n: number }>("SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND NOT granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())");
      return rows[0].n;
    };
    const deadline = Date.now() + 60_000;
    while ((await waiting()) < 2 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await waiting()).toBe(2);
    await gate.query("SELECT pg_advisory_unlock(hashtext('ascent.migrations'))");

    const results = await Promise.all(runs);
    for (const result of results) expect(result.code, result.stderr).toBe(0);
    const applied = results.map((result) => (JSON.parse(result.stdout.trim().split("\n").pop() ?? "{}") as { applied: string[] }).applied);
    // One applied everything, the other found nothing left.
    expect(applied.map((names) => names.length).sort((a, b) => a - b)).toEqual([0, migrations.length]);
    const { rows } = await gate.query<{ name: string; n: number }>("SELECT name, count(*)::int AS n FROM migrations GROUP BY name");
    expect(rows).toHaveLength(migrations.length);
    expect(rows.every((row) => row.n === 1)).toBe(true);
    const { rows: queue } = await gate.query<{ version: number }>("SELECT version FROM pgboss.version");
    expect(queue).toHaveLength(1);
  }, 150_000);
});
