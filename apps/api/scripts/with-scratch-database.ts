import "reflect-metadata";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Client } from "pg";
import { DataSource } from "typeorm";
import { createAppDataSource } from "../src/composition";
import { startEmbeddedPostgres } from "../src/db/embedded-postgres";

/**
 * Gives a script a fresh, empty database: on DATABASE_URL's server when set,
 * otherwise on a throwaway embedded PostgreSQL.
 */
export async function withScratchDatabase<T>(work: (dataSource: DataSource) => Promise<T>): Promise<T> {
  const scratchDir = await fs.mkdtemp(path.join(os.tmpdir(), "ascent-scratch-"));
  const embedded = process.env.DATABASE_URL ? undefined : await startEmbeddedPostgres({ dataDir: scratchDir, preferredPort: 0 });
  const serverUrl = new URL(process.env.DATABASE_URL ?? (embedded as { url: string }).url);
  const name = `ascent_scratch_${process.pid}_${Date.now()}`;
  const admin = new Client({ connectionString: serverUrl.toString() });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const databaseUrl = new URL(serverUrl);
  databaseUrl.pathname = `/${name}`;
  const dataSource = createAppDataSource(databaseUrl.toString());
  try {
    await dataSource.initialize();
    return await work(dataSource);
  } finally {
    await dataSource.destroy().catch(() => undefined);
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
    await embedded?.stop();
    await fs.rm(scratchDir, { recursive: true, force: true }).catch(() => undefined);
  }
}
