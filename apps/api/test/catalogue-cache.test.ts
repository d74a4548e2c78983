// The catalogue response cache (graphql/response-cache.ts, ASCENT_CATALOGUE_CACHE): answers are reused only while
// PostgreSQL's catalogue version is unchanged, so a write is in the very next read, on any api process.
import { updateCohortMutation } from "@ascent/client";
import { AllocationPolicy, CohortStatus, Role } from "@ascent/domain";
import { PostgresQueryRunner } from "typeorm/driver/postgres/PostgresQueryRunner.js";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { AscentApp } from "../src/app";
import { createApp } from "../src/app";
import { createAppDataSource } from "../src/composition";
import { loadConfig } from "../src/config";
import { createLogger } from "../src/logger";
import { Cohort } from "../src/modules/cohort/cohort.entity";
import { Programme } from "../src/modules/programme";
import { issueToken } from "../src/modules/api-token/token-secret";
import { seedDemoData } from "../src/seed/seed-demo-data";
import { GraphQLClient } from "./support/graphql-client";
import { createTestServer, TestServer } from "./support/test-server";

const PARTNER_READ = `query PartnerRead($first: Int) {
  cohorts(first: $first, filter: { openForApplications: true }) {
    edges { node { id name capacity placesRemaining waitlistLength sessionCount programme { title academy { name } } } }
  }
}`;
type Page = { cohorts: { edges: Array<{ node: { id: string; name: string; placesRemaining: number; waitlistLength: number; sessionCount: number } }> } };

let server: TestServer;
/** A second api process on the same database (its own pool, its own caches). */
let other: { app: AscentApp; url: string; close(): Promise<void> };
let cohortId: string;

beforeAll(async () => {
  server = await createTestServer();
  await seedDemoData(server.dataSource);
  const [programme] = await server.dataSource.getRepository(Programme).find({ where: { status: "PUBLISHED" as never }, take: 1 });
  const cohort = await server.dataSource.getRepository(Cohort).save({
    programmeId: programme.id,
    trackId: null,
    name: "Cache cohort",
    capacity: 5,
    allocationPolicy: AllocationPolicy.FIRST_COME_FIRST_SERVED,
    applicationsOpenAt: new Date(Date.now() - 86_400_000),
    applicationsCloseAt: new Date(Date.now() + 30 * 86_400_000),
    startsOn: "2090-01-06",
    endsOn: "2090-03-31",
    status: CohortStatus.OPEN,
  });
  cohortId = cohort.id;
  const url = (server.dataSource.options as { url: string }).url;
  const dataSource = createAppDataSource(url, { poolSize: 3 });
  await dataSource.initialize();
  const app = await createApp({ ...loadConfig({ NODE_ENV: "test" }), port: 0, host: "127.0.0.1" }, dataSource, createLogger("silent"));
  await new Promise<void>((resolve) => app.httpServer.listen(0, "127.0.0.1", resolve));
  other = {
    app,
    url: `http://127.0.0.1:${(app.httpServer.address() as { port: number }).port}/graphql`,
    close: async () => {
      await app.stop({ idleMs: 0 });
      await dataSource.destroy();
    },
  };
}, 120_000);
afterAll(async () => {
  await other?.close();
  await server?.close();
});

async function partnerToken(): Promise<string> {
  const [organisation] = await server.dataSource.query(`SELECT id FROM organisation WHERE kind = 'TRUST' ORDER BY name LIMIT 1`);
  const [row] = await server.dataSource.query(
    `INSERT INTO api_token (label, organisation_id, scopes, secret_hash, prefix, expires_at) VALUES ('cache', $1, ARRAY['catalogue:read'], 'x', 'x', now() + interval '1 day') RETURNING id`,
    [organisation.id],
  );
  const issued = issueToken(row.id);
  await server.dataSource.query(`UPDATE api_token SET secret_hash = $2, prefix = $3 WHERE id = $1`, [row.id, issued.secretHash, issued.prefix]);
  return issued.token;
}

const ours = (page: Page | undefined) => page?.cohorts.edges.find((e) => e.node.name.startsWith("Cache cohort"))?.node;

async function statementsOf<T>(request: () => Promise<T>): Promise<{ result: T; statements: string[] }> {
  const spy = vi.spyOn(PostgresQueryRunner.prototype, "query");
  try {
    const result = await request();
    return { result, statements: spy.mock.calls.map(([sql]) => String(sql)).filter((sql) => !sql.startsWith("UPDATE api_token SET cost_budget")) };
  } finally {
    spy.mockRestore();
  }
}

describe("the catalogue cache", () => {
  it("is on unless ASCENT_CATALOGUE_CACHE=off", () => {
    expect(loadConfig({}).catalogueCache).toBe(true);
    expect(loadConfig({ ASCENT_CATALOGUE_CACHE: "off" }).catalogueCache).toBe(false);
  });

  it("answers a repeated read with one statement (the version), and still charges the partner's budget", async () => {
    const client = new GraphQLClient(server.url, { authorization: `Bearer ${await partnerToken()}` });
    const first = await client.request<Page>(PARTNER_READ, { first: 50 });
    expect(first.errors).toBeUndefined();
    const { result: second, statements } = await statementsOf(() => client.request<Page>(PARTNER_READ, { first: 50 }));
    expect(second.data).toEqual(first.data);
    // The token comes from the token cache (its budget write-back updates the cached budget); the version is the one statement.
    expect(statements).toHaveLength(1);
    expect(statements[0]).toMatch(/catalogue_version/);
    const left = (r: typeof first) => (r.extensions?.cost as { throttleStatus: { currentlyAvailable: number } }).throttleStatus.currentlyAvailable;
    expect(left(second)).toBeLessThan(left(first));
  });

  it("shows a write on the very next read, on another api process, whatever wrote it", async () => {
    const reader = new GraphQLClient(other.url);
    const read = async () => ours((await reader.request<Page>(PARTNER_READ, { first: 100 })).data);
    expect(await read()).toMatchObject({ name: "Cache cohort", placesRemaining: 5, waitlistLength: 0, sessionCount: 0 });
    expect((await read())?.name).toBe("Cache cohort"); // cached now

    // A staff edit through the first process.
    const admin = await server.signedInAs(Role.ADMIN);
    const { globalId } = (await server.dataSource.getRepository(Cohort).findOneByOrFail({ id: cohortId })) as Cohort & { globalId: string };
    const { updateCohort } = await admin.data(updateCohortMutation, { input: { id: globalId, name: "Cache cohort renamed" } });
    expect(updateCohort.userErrors).toEqual([]);
    expect((await read())?.name).toBe("Cache cohort renamed");

    // A session added and an application offered a place, by hand in the database.
    await server.dataSource.query(`INSERT INTO cohort_session (cohort_id, title, kind, day_number, starts_at, ends_at) VALUES ($1, 'Day 1', 'WORKSHOP', 1, now() + interval '40 days', now() + interval '40 days 6 hours')`, [cohortId]);
    expect((await read())?.sessionCount).toBe(1);
    const [application] = await server.dataSource.query(`SELECT id FROM application LIMIT 1`);
    if (application) {
      await server.dataSource.query(`UPDATE application SET cohort_id = $1, status = 'OFFERED' WHERE id = $2`, [cohortId, application.id]);
      const response = await reader.request<Page>(PARTNER_READ, { first: 100 });
      expect(response.errors).toBeUndefined();
      expect(ours(response.data)?.placesRemaining).toBe(4);
    }
  });

  it("stops serving an answer when an application window closes, with no write since", async () => {
    const reader = new GraphQLClient(other.url);
    const read = async () => ours((await reader.request<Page>(PARTNER_READ, { first: 100 })).data);
    await server.dataSource.query(`UPDATE cohort SET applications_close_at = now() + interval '1500 milliseconds' WHERE id = $1`, [cohortId]);
    expect(await read()).toBeDefined();
    expect(await read()).toBeDefined();
    await new Promise((resolve) => setTimeout(resolve, 1700));
    expect(await read()).toBeUndefined();
  });

  it("is off with ASCENT_CATALOGUE_CACHE=off: every read runs the page", async () => {
    const off = await createTestServer({ catalogueCache: false });
    try {
      const client = off.anonymous();
      await client.request(PARTNER_READ, { first: 10 });
      const { statements } = await statementsOf(() => client.request(PARTNER_READ, { first: 10 }));
      expect(statements.some((sql) => /FROM "cohort"/.test(sql))).toBe(true);
      expect(statements.some((sql) => /catalogue_version/.test(sql))).toBe(false);
    } finally {
      await off.close();
    }
  });
});
