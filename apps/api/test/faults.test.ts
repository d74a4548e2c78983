import { createOrganisationMutation, loginMutation, organisationsQuery, type OrganisationKind } from "@ascent/client";
import fs from "node:fs/promises";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import type { DataSource } from "typeorm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp, type AscentApp } from "../src/app";
import { createAppDataSource } from "../src/composition";
import { loadConfig } from "../src/config";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "../src/db/embedded-postgres";
import { runMigrationsLocked } from "../src/db/migrate-locked";
import { createLogger } from "../src/logger";
import { ensureFirstAdmin } from "../src/modules/user/first-admin";
import { GraphQLClient } from "./support/graphql-client";

/**
 * Faults a real deployment meets: the database going away and coming back,
 * and a slow query. This file runs its own PostgreSQL so it can stop it.
 */
const ADMIN = { email: "faults@ascent.test", password: "correct horse battery staple", name: "Fault tester" };
const STATEMENT_TIMEOUT_MS = 1_000;

let dataDir: string;
let postgres: EmbeddedPostgres;
let dataSource: DataSource;
let app: AscentApp;
let url: string;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeAll(async () => {
  dataDir = await fs.mkdtemp(path.join(os.tmpdir(), "ascent-faults-"));
  postgres = await startEmbeddedPostgres({ dataDir, preferredPort: 0 });
  const maintenance = createAppDataSource(postgres.url, { poolSize: 2, statementTimeoutMs: 0 });
  await maintenance.initialize();
  await runMigrationsLocked(maintenance);
  await ensureFirstAdmin(maintenance, ADMIN);
  await maintenance.destroy();
  dataSource = createAppDataSource(postgres.url, { poolSize: 3, statementTimeoutMs: STATEMENT_TIMEOUT_MS });
  await dataSource.initialize();
  app = await createApp({ ...loadConfig({ NODE_ENV: "test" }), port: 0, host: "127.0.0.1" }, dataSource, createLogger(process.env.TEST_LOG_LEVEL ?? "silent"));
  await new Promise<void>((resolve) => app.httpServer.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(app.httpServer.address() as { port: number }).port}/graphql`;
}, 120_000);

afterAll(async () => {
  await app?.stop({ idleMs: 0 });
  await new Promise((resolve) => (app?.httpServer as http.Server | undefined)?.close(resolve) ?? resolve(undefined));
  await dataSource?.destroy().catch(() => undefined);
  await postgres?.stop();
  if (dataDir) await fs.rm(dataDir, { recursive: true, force: true });
}, 60_000);

describe("faults", () => {
  it("answers SERVICE_UNAVAILABLE while PostgreSQL is down, serves again within 5 s of its return, and loses no acknowledged write", async () => {
    const admin = new GraphQLClient(url);
    expect((await admin.data(loginMutation, { input: { email: ADMIN.email, password: ADMIN.password } })).login.userErrors).toEqual([]);

    const acknowledged: string[] = [];
    const codes = new Map<string, number>();
    let running = true;
    let written = 0;
    const worker = async (id: number) => {
      while (running) {
        const name = `Fault trust ${id}-${(written += 1)}`;
        try {
          const response = await admin.request(createOrganisationMutation, { input: { name, kind: "TRUST" as OrganisationKind } });
          if (response.data?.createOrganisation.organisation) acknowledged.push(name);
          for (const error of response.errors ?? []) codes.set(String(error.extensions?.code), (codes.get(String(error.extensions?.code)) ?? 0) + 1);
        } catch {
          // The api itself never went away, so a failed fetch would be a crash: counted, and the test fails on it.
          codes.set("NETWORK", (codes.get("NETWORK") ?? 0) + 1);
        }
        await sleep(20);
      }
    };
    const load = Promise.all([1, 2, 3].map(worker));

    // Steady load first (a busy machine may take a while to answer the first few).
    for (const started = Date.now(); acknowledged.length < 5 && Date.now() - started < 30_000; ) await sleep(50);
    const beforeOutage = acknowledged.length;
    expect(beforeOutage, `writes before the outage; errors ${JSON.stringify(Object.fromEntries(codes))}`).toBeGreaterThan(0);
    const port = postgres.port;
    await postgres.stop();
    await sleep(2_000);
    expect(codes.get("SERVICE_UNAVAILABLE") ?? 0).toBeGreaterThan(0);

    postgres = await startEmbeddedPostgres({ dataDir, preferredPort: port });
    expect(postgres.port).toBe(port);
    const back = Date.now();
    let servedAfterMs: number | null = null;
    while (Date.now() - back < 15_000) {
      const response = await admin.request(organisationsQuery, { first: 1 });
      if (response.data?.organisations) {
        servedAfterMs = Date.now() - back;
        break;
      }
      await sleep(100);
    }
    await sleep(500);
    running = false;
    await load;

    expect(servedAfterMs, "served again after the database returned").not.toBeNull();
    expect(servedAfterMs).toBeLessThanOrEqual(5_000);
    // Every error was the outage, told as such: nothing internal, nothing unexplained.
    expect([...codes.keys()].filter((code) => code !== "SERVICE_UNAVAILABLE")).toEqual([]);
    const stored = new Set((await dataSource.query(`SELECT name FROM organisation WHERE name LIKE 'Fault trust %'`)).map((row: { name: string }) => row.name));
    expect(acknowledged.filter((name) => !stored.has(name))).toEqual([]);
    console.info(`faults: ${acknowledged.length} writes acknowledged (${beforeOutage} before the outage), errors ${JSON.stringify(Object.fromEntries(codes))}, served again ${servedAfterMs} ms after PostgreSQL returned`);
  }, 90_000);

  it("cancels a slow statement after the statement timeout, so slow queries can't starve the pool", async () => {
    const admin = new GraphQLClient(url);
    expect((await admin.data(loginMutation, { input: { email: ADMIN.email, password: ADMIN.password } })).login.userErrors).toEqual([]);
    // Hold every pool connection with a statement far longer than the timeout.
    const slow = [1, 2, 3].map(() => dataSource.query("SELECT pg_sleep(30)").then(() => "finished", (error: { driverError?: { code?: string } }) => error.driverError?.code ?? "failed"));
    await sleep(200);
    const started = Date.now();
    const response = await admin.request(organisationsQuery, { first: 1 });
    const waitedMs = Date.now() - started;
    expect(response.errors).toBeUndefined();
    expect(response.data?.organisations).toBeTruthy();
    // 57014: query_canceled (statement_timeout).
    expect(await Promise.all(slow)).toEqual(["57014", "57014", "57014"]);
    expect(waitedMs).toBeLessThan(STATEMENT_TIMEOUT_MS * 5);
  }, 60_000);
});
