import "reflect-metadata";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Client } from "pg";
import type { TestProject } from "vitest/node" with { "resolution-mode": "import" };
import { createDataSource } from "../../src/db/data-source";
import { EmbeddedPostgres, startEmbeddedPostgres } from "../../src/db/embedded-postgres";

declare module "vitest" {
  export interface ProvidedContext {
    databaseServerUrl: string;
    templateDatabase: string;
  }
}

export const databaseUrlFor = (serverUrl: string, database: string) => {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
};

/**
 * One PostgreSQL for the run (DATABASE_URL's server, or an embedded one in a
 * temp folder) and one migrated template database; each test file then
 * copies the template into a database of its own.
 */
export default async function setup(project: TestProject) {
  let embedded: EmbeddedPostgres | undefined;
  let scratchDir: string | undefined;
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    scratchDir = await fs.mkdtemp(path.join(os.tmpdir(), "ascent-api-test-"));
    embedded = await startEmbeddedPostgres({ dataDir: scratchDir, preferredPort: 0 });
    serverUrl = embedded.url;
  }
  const templateDatabase = `ascent_template_${process.pid}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${templateDatabase} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${templateDatabase}`);
  const template = createDataSource(databaseUrlFor(serverUrl, templateDatabase), { poolSize: 1 });
  await template.initialize();
  await template.runMigrations({ transaction: "each" });
  await template.destroy();

  project.provide("databaseServerUrl", serverUrl);
  project.provide("templateDatabase", templateDatabase);

  return async () => {
    await admin.query(`DROP DATABASE IF EXISTS ${templateDatabase} WITH (FORCE)`);
    await admin.end();
    await embedded?.stop();
    if (scratchDir) await fs.rm(scratchDir, { recursive: true, force: true });
  };
}
