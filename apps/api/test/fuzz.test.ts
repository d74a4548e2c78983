import { ApiScope, Role } from "@ascent/domain";
import { buildSchema, isObjectType } from "graphql";
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toGlobalId } from "../src/graphql/relay/global-id";
import { seedDemoData } from "../src/seed/seed-demo-data";
import { OperationFuzzer, Rng } from "./support/fuzz-operations";
import { organisationIdOf } from "./support/wres";
import { createTestServer, TestServer } from "./support/test-server";

/**
 * Schema-driven fuzzing: random operations and variables generated from
 * packages/schema/schema.graphql, sent over HTTP as each kind of caller.
 * Whatever the request, the answer is never an internal error: every error
 * carries a code and a 4xx-class status or a GraphQL error in a 200.
 *
 * Bounded: FUZZ_REQUESTS requests (default 500) or FUZZ_SECONDS seconds
 * (default 40), whichever comes first. FUZZ_SEED replays a run (the seed is
 * printed, and every failure names its request number).
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_202);
const REQUESTS = Number(process.env.FUZZ_REQUESTS ?? 500);
const SECONDS = Number(process.env.FUZZ_SECONDS ?? 40);

let server: TestServer;
const personas: Array<{ name: string; headers: Record<string, string> }> = [];
const realIds: string[] = [];

async function cookieOf(role: Role, email: string, organisation?: string): Promise<Record<string, string>> {
  const client = await server.signedInAs(role, email, organisation);
  return { cookie: `ascent_session=${client.cookie("ascent_session")}` };
}

beforeAll(async () => {
  server = await createTestServer();
  await seedDemoData(server.dataSource);
  const admin = await server.signedInAs(Role.ADMIN, "fuzz-admin@ascent.test");
  personas.push({ name: "anonymous", headers: {} });
  personas.push({ name: "admin", headers: { cookie: `ascent_session=${admin.cookie("ascent_session")}` } });
  personas.push({ name: "programme manager", headers: await cookieOf(Role.PROGRAMME_MANAGER, "fuzz-manager@ascent.test", "South East Leadership Academy") });
  personas.push({ name: "facilitator", headers: await cookieOf(Role.FACILITATOR, "fuzz-facilitator@ascent.test", "Thresholds Ltd") });
  const trust = await organisationIdOf(admin, "RTH");
  for (const scopes of [Object.keys(ApiScope), ...Object.keys(ApiScope).map((s) => [s])]) {
    const { createApiToken } = await admin.data(`mutation ($input: CreateApiTokenInput!) { createApiToken(input: $input) { token } }`, {
      input: { organisationId: trust, scopes, label: `fuzz ${scopes.join(" ")}` },
    });
    personas.push({ name: `partner ${scopes.length > 1 ? "all scopes" : scopes[0]}`, headers: { authorization: `Bearer ${createApiToken.token}` } });
  }
  const tables: Array<[string, string]> = [
    ["organisation", "Organisation"],
    ["programme", "Programme"],
    ["programme_track", "ProgrammeTrack"],
    ["cohort", "Cohort"],
    ["cohort_session", "CohortSession"],
    ["wres_return", "WresReturn"],
    ["wres_target", "WresTarget"],
    ["api_token", "ApiToken"],
  ];
  for (const [table, type] of tables) {
    const rows: Array<{ id: string }> = await server.dataSource.query(`SELECT id FROM ${table} ORDER BY id LIMIT 6`);
    realIds.push(...rows.map((r) => toGlobalId(type, r.id)));
  }
}, 120_000);
afterAll(() => server?.close());

describe("fuzzing the API from its schema", () => {
  it(`answers ${REQUESTS} random requests as every kind of caller without an internal error, every error with a code`, async () => {
    const schema = buildSchema(readFileSync(path.resolve(__dirname, "..", "..", "..", "packages", "schema", "schema.graphql"), "utf8"));
    const typeNames = Object.values(schema.getTypeMap())
      .filter((t) => isObjectType(t) && t.getInterfaces().some((i) => i.name === "Node"))
      .map((t) => t.name);
    const rng = new Rng(SEED);
    const fuzzer = new OperationFuzzer(schema, rng, realIds, typeNames);
    const counts = { requests: 0, byKind: {} as Record<string, number>, byPersona: {} as Record<string, number>, byCode: {} as Record<string, number>, byStatus: {} as Record<string, number>, withData: 0 };
    const failures: string[] = [];
    const deadline = Date.now() + SECONDS * 1000;
    for (let n = 0; n < REQUESTS && Date.now() < deadline; n += 1) {
      const request = fuzzer.next();
      const persona = rng.pick(personas);
      const response = await fetch(server.url, {
        method: "POST",
        headers: { "content-type": "application/json", ...persona.headers },
        body: typeof request.body === "string" ? request.body : JSON.stringify(request.body),
      });
      const text = await response.text();
      counts.requests += 1;
      counts.byKind[request.kind] = (counts.byKind[request.kind] ?? 0) + 1;
      counts.byPersona[persona.name] = (counts.byPersona[persona.name] ?? 0) + 1;
      counts.byStatus[response.status] = (counts.byStatus[response.status] ?? 0) + 1;
      const problem = (why: string) => failures.push(`#${n} (seed ${SEED}) as ${persona.name}: ${why}\n  request: ${JSON.stringify(request.body).slice(0, 2000)}\n  answer: ${text.slice(0, 1000)}`);
      if (response.status >= 500) problem(`status ${response.status}`);
      let body: { data?: unknown; errors?: Array<{ extensions?: { code?: unknown } }> };
      try {
        body = JSON.parse(text);
      } catch {
        problem("the answer is not JSON");
        continue;
      }
      if (body.data) counts.withData += 1;
      for (const error of body.errors ?? []) {
        const code = error.extensions?.code;
        counts.byCode[String(code)] = (counts.byCode[String(code)] ?? 0) + 1;
        if (typeof code !== "string") problem("an error without a code");
        else if (code === "INTERNAL_SERVER_ERROR") problem("INTERNAL_SERVER_ERROR");
      }
      if (!body.data && !body.errors?.length) problem("neither data nor errors");
    }
    console.info(`fuzz (seed ${SEED}): ${JSON.stringify(counts, null, 1)}`);
    expect(counts.requests).toBeGreaterThanOrEqual(Math.min(REQUESTS, 100));
    expect(failures).toEqual([]);
  }, 120_000);
});
