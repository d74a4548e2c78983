import { loginMutation, submitWresReturnMutation } from "@ascent/client";
import fs from "node:fs/promises";
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
import { startStreamingReplica, type StreamingReplica } from "./support/streaming-replica";
import { smallReturn } from "./support/wres";

/**
 * DATABASE_REPLICA_URLS with a real streaming replica: this file runs its own
 * primary (it changes pg_hba.conf and takes a base backup) and a hot standby
 * made from it. With the standby's replay paused, what a query reads shows
 * where it ran: the replica still has the old state, the primary the new.
 */
const ADMIN = { email: "replica@ascent.test", password: "correct horse battery staple", name: "Replica tester" };

let root: string;
let primary: EmbeddedPostgres;
let replica: StreamingReplica;
let dataSource: DataSource;
let app: AscentApp;
let baseUrl: string;
let admin: GraphQLClient;
let anonymous: GraphQLClient;

const sample = async (series: string): Promise<number | undefined> => {
  const text = await (await fetch(`${baseUrl}/metrics`)).text();
  const line = text.split("\n").find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
};

beforeAll(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), "ascent-replica-"));
  await fs.chmod(root, 0o755);
  const primaryDir = path.join(root, "primary");
  primary = await startEmbeddedPostgres({ dataDir: primaryDir, preferredPort: 0 });
  const maintenance = createAppDataSource(primary.url, { poolSize: 2, statementTimeoutMs: 0 });
  await maintenance.initialize();
  await runMigrationsLocked(maintenance);
  await ensureFirstAdmin(maintenance, ADMIN);
  await maintenance.destroy();
  replica = await startStreamingReplica(primary, primaryDir, path.join(root, "replica"));

  dataSource = createAppDataSource(primary.url, { poolSize: 4, replicaUrls: [replica.url] });
  await dataSource.initialize();
  app = await createApp({ ...loadConfig({ NODE_ENV: "test" }), port: 0, host: "127.0.0.1" }, dataSource, createLogger(process.env.TEST_LOG_LEVEL ?? "silent"));
  await new Promise<void>((resolve) => app.httpServer.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(app.httpServer.address() as { port: number }).port}`;
  admin = new GraphQLClient(`${baseUrl}/graphql`);
  anonymous = new GraphQLClient(`${baseUrl}/graphql`);
  expect((await admin.data(loginMutation, { input: { email: ADMIN.email, password: ADMIN.password } })).login.userErrors).toEqual([]);
}, 60_000);

afterAll(async () => {
  await app?.stop({ idleMs: 0 });
  await dataSource?.destroy().catch(() => undefined);
  await replica?.stop();
  await primary?.stop();
  if (root) await fs.rm(root, { recursive: true, force: true });
}, 60_000);

const CREATE_ORGANISATION = `mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { organisation { id } userErrors { message } } }`;
const REPORT = `query Dashboard($organisationId: ID!, $year: Int!) { wresReport(organisationId: $organisationId, year: $year) { year indicator(code: "WRES2") { value } } }`;
const LATEST_YEAR = `query LatestYear($organisationId: ID) { wresLatestYear(organisationId: $organisationId) }`;
const HISTORY = `query History($organisationId: ID!) { wresReturns(organisationId: $organisationId) { year version current } }`;
const PROGRAMMES = `query Catalogue { programmes(first: 50) { edges { node { title status } } } }`;

const titlesOf = (data: { programmes: { edges: Array<{ node: { title: string } }> } }) => data.programmes.edges.map((edge) => edge.node.title);

describe("read replicas (DATABASE_REPLICA_URLS)", () => {
  it("serves dashboards and the public catalogue from the replica, and writes and read-your-writes paths from the primary", async () => {
    const trust = (await admin.data(CREATE_ORGANISATION, { input: { name: "Replica Trust", kind: "TRUST", region: "LONDON" } })).createOrganisation;
    expect(trust.userErrors).toEqual([]);
    const organisationId: string = trust.organisation.id;
    const academy = (await admin.data(CREATE_ORGANISATION, { input: { name: "Replica Academy", kind: "ACADEMY" } })).createOrganisation.organisation.id;
    const first = (await admin.data(submitWresReturnMutation, { input: { organisationId, year: 2023, ...smallReturn() } })).submitWresReturn;
    expect(first.userErrors).toEqual([]);
    await replica.caughtUp();
    expect((await admin.data(REPORT, { organisationId, year: 2023 })).wresReport.year).toBe(2023);
    // The replica pool's connection answered: on the standby, under the pool's application name, its last statement read the returns.
    const onStandby = await replica.query<{ query: string }>(`SELECT query FROM pg_stat_activity WHERE application_name = 'ascent-api-replica'`);
    expect(onStandby.some((backend) => backend.query.includes("wres_return"))).toBe(true);

    await replica.pauseReplay();
    try {
      // A write (the primary), and what it returns (read in its own transaction).
      const second = (await admin.data(submitWresReturnMutation, { input: { organisationId, year: 2024, ...smallReturn() } })).submitWresReturn;
      expect(second.userErrors).toEqual([]);
      expect(second.wresReturn).toMatchObject({ year: 2024, version: 1, current: true });
      // The return's own history is a read-your-writes path: the primary, so the new version is there at once.
      expect((await admin.data(HISTORY, { organisationId })).wresReturns.map((r: { year: number }) => r.year)).toEqual([2024, 2023]);
      // The dashboard may lag: it reads the paused replica, which hasn't seen 2024 yet.
      expect((await admin.data(REPORT, { organisationId, year: 2024 })).wresReport).toBeNull();
      expect((await admin.data(LATEST_YEAR, { organisationId })).wresLatestYear).toBe(2023);

      // The catalogue: staff read their own change from the primary, the public reads the replica.
      const created = (
        await admin.data(
          `mutation ($input: CreateProgrammeInput!) { createProgramme(input: $input) { programme { id } userErrors { message } } }`,
          { input: { academyId: academy, title: "Replicated leadership", summary: "On every copy.", duration: "1 month", deliveryModes: ["ONLINE"], modules: [{ title: "M", kind: "MODULE", lengthDays: 1 }] } },
        )
      ).createProgramme;
      expect(created.userErrors).toEqual([]);
      const published = (await admin.data(`mutation ($input: ProgrammeIdInput!) { publishProgramme(input: $input) { userErrors { message } } }`, { input: { id: created.programme.id } })).publishProgramme;
      expect(published.userErrors).toEqual([]);
      expect(titlesOf(await admin.data(PROGRAMMES))).toContain("Replicated leadership");
      expect(titlesOf(await anonymous.data(PROGRAMMES))).not.toContain("Replicated leadership");
    } finally {
      await replica.resumeReplay();
    }

    await replica.caughtUp();
    expect((await admin.data(REPORT, { organisationId, year: 2024 })).wresReport.year).toBe(2024);
    expect(titlesOf(await anonymous.data(PROGRAMMES))).toContain("Replicated leadership");
    expect(await sample('ascent_db_replica_reads{served_by="replica"}')).toBeGreaterThanOrEqual(5);
    expect(await sample('ascent_db_replica_pool_connections{replica="1",state="waiting"}')).toBe(0);
    const ready = await (await fetch(`${baseUrl}/readyz`)).json();
    expect(ready).toEqual({ status: "ok", database: "reachable", replicas: ["reachable"] });
  }, 45_000);

  it("falls back to the primary while the replica is down", async () => {
    await replica.stop();
    const before = (await sample('ascent_db_replica_reads{served_by="primary_fallback"}')) ?? 0;
    const response = await anonymous.request(PROGRAMMES);
    expect(response.errors).toBeUndefined();
    expect(titlesOf(response.data as never)).toContain("Replicated leadership");
    expect((await admin.data(LATEST_YEAR, { organisationId: null })).wresLatestYear).toBe(2024);
    expect(await sample('ascent_db_replica_reads{served_by="primary_fallback"}')).toBe(before + 2);
    const ready = await fetch(`${baseUrl}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: "ok", replicas: ["unreachable"] });
  }, 30_000);
});
