import { cohortsQuery, partnerOpenCohortsQuery } from "@ascent/client";
import { AllocationPolicy, CohortStatus, ModuleKind, Role } from "@ascent/domain";
import { PostgresQueryRunner } from "typeorm/driver/postgres/PostgresQueryRunner.js";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { CohortSession } from "../src/modules/cohort/cohort-session.entity";
import { Cohort } from "../src/modules/cohort/cohort.entity";
import { ProgrammeTrack } from "../src/modules/programme/programme-track.entity";
import { Programme } from "../src/modules/programme/programme.entity";
import { PREPARED_SQL, statementName } from "../src/db/prepared-statements";
import { fromGlobalId } from "../src/graphql/relay/global-id";
import { issueToken } from "../src/modules/api-token/token-secret";
import { seedDemoData } from "../src/seed/seed-demo-data";
import { GraphQLClient } from "./support/graphql-client";
import { createTestServer, TestServer } from "./support/test-server";

let server: TestServer;
let admin: GraphQLClient;

beforeAll(async () => {
  // What execution costs: the catalogue cache (catalogue-cache.test.ts) would answer repeated reads without it.
  server = await createTestServer({ catalogueCache: false });
  await seedDemoData(server.dataSource);
  admin = await server.signedInAs(Role.ADMIN);
  // 60 more cohorts spread over every programme and track, each with a session, all taking applications now.
  const programmes = await server.dataSource.getRepository(Programme).find();
  const tracks = await server.dataSource.getRepository(ProgrammeTrack).find();
  for (let i = 0; i < 60; i += 1) {
    const programme = programmes[i % programmes.length];
    const track = tracks.find((t) => t.programmeId === programme.id && i % 2 === 0) ?? null;
    const cohort = await server.dataSource.getRepository(Cohort).save({
      programmeId: programme.id,
      trackId: track?.id ?? null,
      name: `Load cohort ${i}`,
      capacity: 10 + i,
      allocationPolicy: AllocationPolicy.FIRST_COME_FIRST_SERVED,
      applicationsOpenAt: new Date(Date.now() - 86_400_000),
      applicationsCloseAt: new Date(Date.now() + 30 * 86_400_000),
      startsOn: "2028-01-03",
      endsOn: "2028-03-31",
      status: CohortStatus.OPEN,
    });
    await server.dataSource.getRepository(CohortSession).save({
      cohortId: cohort.id,
      moduleTemplateId: null,
      facilitatorId: null,
      title: "Day",
      kind: ModuleKind.WORKSHOP,
      dayNumber: 1,
      startsAt: new Date("2028-01-04T09:00:00Z"),
      endsAt: new Date("2028-01-04T16:30:00Z"),
      venue: null,
      onlineUrl: null,
    });
  }
});
afterAll(() => server.close());

/** SQL statements a page of cohorts costs, and how many cohorts it listed. */
async function statementsFor(page: (first: number) => Promise<unknown[]>, first: number): Promise<{ count: number; edges: number }> {
  const spy = vi.spyOn(PostgresQueryRunner.prototype, "query");
  try {
    const edges = await page(first);
    return { count: spy.mock.calls.length, edges: edges.length };
  } finally {
    spy.mockRestore();
  }
}

// Between them the two pages read every relation of a cohort list: programme, academy, track, session count, places.
const pages: Array<[string, (first: number) => Promise<unknown[]>]> = [
  ["the console's cohorts page (programme, track, session count, places)", async (first) => (await admin.data(cohortsQuery, { first })).cohorts.edges],
  ["partners' open cohorts (programme, academy, places)", async (first) => (await admin.data(partnerOpenCohortsQuery, { first })).cohorts.edges],
];

describe("cohort lists with their programmes, academies, tracks, session counts and places", () => {
  it.each(pages)("%s runs the same number of SQL statements for 50 cohorts as for 10", async (name, page) => {
    const ten = await statementsFor(page, 10);
    const fifty = await statementsFor(page, 50);
    expect(ten.edges).toBe(10);
    expect(fifty.edges).toBe(50);
    expect(fifty.count).toBe(ten.count);
    // session lookup, count, page, then one per relation (plus the session touch)
    expect(fifty.count).toBeLessThanOrEqual(9);
    console.info(`${name}: ${ten.count} statements for 10 cohorts, ${fifty.count} for 50`);
  });
});

// The partner read of the benchmark (bench/README.md): a page of open cohorts with programme title, academy name,
// capacity, places remaining, waitlist length and session count, as a partner token, without totalCount.
const PARTNER_READ = `query PartnerRead($first: Int) {
  cohorts(first: $first, filter: { openForApplications: true }) {
    edges { node { id name capacity placesRemaining waitlistLength sessionCount programme { title academy { name } } } }
  }
}`;

/** A client with a fresh catalogue:read partner token. */
async function partnerClient(label: string): Promise<GraphQLClient> {
  const [organisation] = await server.dataSource.query(`SELECT id FROM organisation WHERE kind = 'TRUST' ORDER BY name LIMIT 1`);
  const [row] = await server.dataSource.query(
    `INSERT INTO api_token (label, organisation_id, scopes, secret_hash, prefix, expires_at) VALUES ($2, $1, ARRAY['catalogue:read'], 'x', 'x', now() + interval '1 day') RETURNING id`,
    [organisation.id, label],
  );
  const issued = issueToken(row.id);
  await server.dataSource.query(`UPDATE api_token SET secret_hash = $2, prefix = $3 WHERE id = $1`, [row.id, issued.secretHash, issued.prefix]);
  return new GraphQLClient(server.url, { authorization: `Bearer ${issued.token}` });
}

/** The SQL of the statements a request runs. */
async function statementsOf<T>(request: () => Promise<T>): Promise<{ result: T; statements: string[] }> {
  const spy = vi.spyOn(PostgresQueryRunner.prototype, "query");
  try {
    const result = await request();
    return { result, statements: spy.mock.calls.map(([sql]) => String(sql)) };
  } finally {
    spy.mockRestore();
  }
}

describe("the partner read as a partner token", () => {
  it("is the page's one statement whatever the page size, plus the token with its budget when the token cache doesn't hold it", async () => {
    const client = await partnerClient("n+1");
    for (const first of [10, 50]) {
      const spy = vi.spyOn(PostgresQueryRunner.prototype, "query");
      try {
        type Page = { cohorts: { edges: Array<{ node: { programme: { title: string; academy: { name: string } }; sessionCount: number } }> } };
        const response = await client.request<Page>(PARTNER_READ, { first });
        expect(response.errors).toBeUndefined();
        const edges = response.data?.cohorts.edges ?? [];
        expect(edges).toHaveLength(first);
        expect(edges.every((e) => e.node.programme.title && e.node.programme.academy.name && e.node.sessionCount >= 0)).toBe(true);
        // The budget is written back every 250 ms off the request path; that write may land inside the window.
        const statements = spy.mock.calls.map(([sql]) => String(sql)).filter((sql) => !sql.startsWith("UPDATE api_token SET cost_budget"));
        // The token is read on the first request, then from the token cache (token-cache.ts) until a budget write-back drops it.
        expect(statements.filter((sql) => !/FROM api_token/.test(sql))).toHaveLength(1);
        expect(statements.length).toBeLessThanOrEqual(2);
        expect(statements.some((sql) => /count\(DISTINCT/i.test(sql))).toBe(false);
      } finally {
        spy.mockRestore();
      }
    }
  });
});

describe("a cohort list fetches only the programme and academy columns its query reads", () => {
  const pageStatement = (statements: string[]) => {
    const page = statements.filter((sql) => /FROM "cohort" "c"/.test(sql) && /LIMIT/.test(sql));
    expect(page).toHaveLength(1);
    return page[0];
  };
  // Programme columns nobody asked for in the partner read: long text and jsonb lists.
  const unasked = ["description", "aims", "learning_outcomes", "benefits", "commitments", "target_roles", "eligibility", "application_questions", "selection_criteria"];

  it("the partner read's page selects the programme's title and the academy's name, not the descriptions and lists", async () => {
    const client = await partnerClient("columns");
    const { result, statements } = await statementsOf(() =>
      client.request<{ cohorts: { edges: Array<{ node: { id: string; programme: { title: string; academy: { name: string } } } }> } }>(PARTNER_READ, { first: 20 }),
    );
    expect(result.errors).toBeUndefined();
    const sql = pageStatement(statements);
    expect(sql).toMatch(/"p"\."title"/);
    expect(sql).toMatch(/"pa"\."name"/);
    for (const column of unasked) expect(sql, column).not.toMatch(new RegExp(`"p"\\."${column}"`));
    expect(sql).not.toMatch(/"pa"\."ods_code"/);
    // and what it returns is each cohort's own programme and academy
    const expected = new Map<string, { title: string; name: string }>(
      (await server.dataSource.query(`SELECT c.id, p.title, a.name FROM cohort c JOIN programme p ON p.id = c.programme_id JOIN organisation a ON a.id = p.academy_id`)).map(
        (row: { id: string; title: string; name: string }) => [row.id, row],
      ),
    );
    const edges = result.data?.cohorts.edges ?? [];
    expect(edges).toHaveLength(20);
    for (const { node } of edges) {
      const row = expected.get(fromGlobalId(node.id)?.id ?? "");
      expect(node.programme).toEqual({ title: row?.title, academy: { name: row?.name } });
    }
  });

  it("a field computed from the whole programme still gets it (and the right answer)", async () => {
    const query = `query($first: Int) { cohorts(first: $first) { edges { node { programme { title description eligibilitySummary academy { name } } } } } }`;
    const { result, statements } = await statementsOf(() =>
      admin.request<{ cohorts: { edges: Array<{ node: { programme: { title: string; description: string; eligibilitySummary: string[] } } }> } }>(query, { first: 5 }),
    );
    expect(result.errors).toBeUndefined();
    expect(pageStatement(statements)).toMatch(/"p"\."eligibility"/);
    for (const { node } of result.data?.cohorts.edges ?? []) {
      expect(node.programme.description.length).toBeGreaterThan(0);
      expect(node.programme.eligibilitySummary.length).toBeGreaterThan(0);
    }
  });

  it("fields asked through fragments and aliases are all fetched", async () => {
    const query = `fragment P on Programme { summary }
      query($first: Int) { cohorts(first: $first) { edges { node { programme { title } } } edges { node { programme { ...P also: description } } } } }`;
    const { result, statements } = await statementsOf(() =>
      admin.request<{ cohorts: { edges: Array<{ node: { programme: { title: string; summary: string; also: string } } }> } }>(query, { first: 5 }),
    );
    expect(result.errors).toBeUndefined();
    const sql = pageStatement(statements);
    for (const column of ["title", "summary", "description"]) expect(sql).toMatch(new RegExp(`"p"\\."${column}"`));
    expect(sql).not.toMatch(/"p"\."aims"/);
    for (const { node } of result.data?.cohorts.edges ?? []) expect(node.programme.title && node.programme.summary && node.programme.also).toBeTruthy();
  });
});

describe("hot-path statements run prepared", () => {
  it("a statement marked PREPARED is parsed once per connection and reused by name; an unmarked one is not kept", async () => {
    const runner = server.dataSource.createQueryRunner();
    try {
      const marked = `${PREPARED_SQL} SELECT count(*)::int AS n FROM cohort WHERE capacity > $1`;
      expect(await runner.query(marked, [0])).toEqual(await runner.query(marked, [0]));
      await runner.query(`SELECT count(*)::int AS n FROM cohort WHERE capacity > $1 AND true`, [0]);
      const prepared: Array<{ name: string; statement: string }> = await runner.query(`SELECT name, statement FROM pg_prepared_statements`);
      expect(prepared.filter((row) => row.statement.includes("FROM cohort WHERE capacity"))).toEqual([{ name: statementName(marked), statement: marked }]);
    } finally {
      await runner.release();
    }
  });

  it("the partner read's page and token lookup are both marked", async () => {
    const client = await partnerClient("prepared");
    const { result, statements } = await statementsOf(() => client.request(PARTNER_READ, { first: 10 }));
    expect(result.errors).toBeUndefined();
    const hot = statements.filter((sql) => !sql.startsWith("UPDATE api_token SET cost_budget"));
    expect(hot).toHaveLength(2);
    for (const sql of hot) expect(sql.startsWith(PREPARED_SQL)).toBe(true);
  });
});
