import { ApiScope, Role } from "@ascent/domain";
import { GraphQLObjectType, GraphQLSchema, isObjectType } from "graphql";
import { getMetadataStorage } from "type-graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildAppSchema } from "../src/composition";
import { toGlobalId } from "../src/graphql/relay/global-id";
import { seedDemoData } from "../src/seed/seed-demo-data";
import { GraphQLClient, GraphQLResponse } from "./support/graphql-client";
import { nodeProbe, Probe, probeFor } from "./support/operation-probe";
import { createTestServer, TestServer } from "./support/test-server";
import { AUTHORIZATION_TABLE, Fixtures, Outcome, PERSONAS, Persona } from "./authorization-table";

/**
 * Calls every query and mutation of the schema, and every field of every
 * Node type through node(id:), as each persona, and compares what happens
 * with the one table in ./authorization-table.ts. An operation or type
 * without a row fails the test, so nothing new goes unexamined.
 */
let server: TestServer;
let schema: GraphQLSchema;
let fixtures: Fixtures;
const clients = new Map<Persona, GraphQLClient>();

async function partnerClient(odsCode: string, label: string): Promise<GraphQLClient> {
  const admin = clients.get("admin") as GraphQLClient;
  const [{ id }] = await server.dataSource.query(`SELECT id FROM organisation WHERE ods_code = $1`, [odsCode]);
  const { createApiToken } = await admin.data(
    `mutation ($input: CreateApiTokenInput!) { createApiToken(input: $input) { token userErrors { message } } }`,
    { input: { organisationId: toGlobalId("Organisation", id), scopes: Object.keys(ApiScope), label } },
  );
  return new GraphQLClient(server.url, { authorization: `Bearer ${createApiToken.token}` });
}

/** A draft programme of academy B with a planned cohort that Thresholds Ltd facilitates: scoping shows on it. */
async function createAcademyBDraft() {
  const managerB = clients.get("managerB") as GraphQLClient;
  const { createProgramme } = await managerB.data(
    `mutation ($input: CreateProgrammeInput!) { createProgramme(input: $input) { programme { id tracks { id } } userErrors { message } } }`,
    {
      input: {
        academyId: await organisationId("HPMA London Academy"),
        title: "Matrix draft",
        summary: "Academy B's draft.",
        duration: "1 month",
        deliveryModes: ["ONLINE"],
        tracks: [{ name: "Matrix track", modules: [{ title: "Matrix module", kind: "WORKSHOP", lengthDays: 1 }] }],
      },
    },
  );
  expect(createProgramme.userErrors).toEqual([]);
  const { createCohort } = await managerB.data(
    `mutation ($input: CreateCohortInput!) { createCohort(input: $input) { cohort { id } userErrors { message } } }`,
    {
      input: {
        programmeId: createProgramme.programme.id,
        trackId: createProgramme.programme.tracks[0].id,
        name: "Matrix planned cohort",
        capacity: 10,
        allocationPolicy: "PANEL_SELECTION",
        startsOn: "2027-09-06",
        endsOn: "2027-10-29",
        facilitators: [{ organisationId: await organisationId("Thresholds Ltd") }],
      },
    },
  );
  expect(createCohort.userErrors).toEqual([]);
  const { scheduleCohort } = await managerB.data(`mutation ($id: ID!) { scheduleCohort(input: { cohortId: $id }) { userErrors { message } } }`, { id: createCohort.cohort.id });
  expect(scheduleCohort.userErrors).toEqual([]);
}

async function organisationId(name: string): Promise<string> {
  const [{ id }] = await server.dataSource.query(`SELECT id FROM organisation WHERE name = $1`, [name]);
  return toGlobalId("Organisation", id);
}

beforeAll(async () => {
  server = await createTestServer();
  await seedDemoData(server.dataSource);
  schema = await buildAppSchema();
  clients.set("anonymous", server.anonymous());
  clients.set("admin", await server.signedInAs(Role.ADMIN, "admin@matrix.test"));
  const staff: Array<[Persona, Role, string]> = [
    ["managerA", Role.PROGRAMME_MANAGER, "South East Leadership Academy"],
    ["managerB", Role.PROGRAMME_MANAGER, "HPMA London Academy"],
    ["facilitator", Role.FACILITATOR, "Thresholds Ltd"],
  ];
  for (const [persona, role, organisation] of staff) {
    const email = `${persona}@matrix.test`;
    const { createUser } = await (clients.get("admin") as GraphQLClient).data(
      `mutation ($input: CreateUserInput!) { createUser(input: $input) { userErrors { message } } }`,
      { input: { email, name: persona, role, organisationId: await organisationId(organisation), password: "correct horse battery staple" } },
    );
    expect(createUser.userErrors).toEqual([]);
    const client = new GraphQLClient(server.url);
    await client.data(`mutation ($e: String!) { login(input: { email: $e, password: "correct horse battery staple" }) { userErrors { code } } }`, { e: email });
    clients.set(persona, client);
  }
  // Trust A (South East) is a member of academy A; trust B (London) of academy B.
  clients.set("partnerA", await partnerClient("RTH", "matrix A"));
  clients.set("partnerB", await partnerClient("RJ1", "matrix B"));
  await createAcademyBDraft();
  const odsId = async (code: string) => toGlobalId("Organisation", (await server.dataSource.query(`SELECT id FROM organisation WHERE ods_code = $1`, [code]))[0].id);
  fixtures = { trustA: await odsId("RTH"), trustB: await odsId("RJ1") };
}, 60_000);
afterAll(() => server.close());

function outcomeOf(response: GraphQLResponse, nodeField = false): Outcome {
  const codes = (response.errors ?? []).map((e) => e.extensions?.code);
  // A probe whose variables don't fit never reaches the auth check: that's a broken probe, not an answer.
  if ((response.errors ?? []).some((e) => e.message.startsWith('Variable "$'))) return "INVALID_PROBE";
  if (codes.includes("UNAUTHENTICATED")) return "UNAUTHENTICATED";
  if (codes.includes("FORBIDDEN")) return "FORBIDDEN";
  if (codes.includes("INTERNAL_SERVER_ERROR") || response.status >= 500) return "ERROR";
  if (nodeField && response.data && (response.data as { node: unknown }).node === null) return "HIDDEN";
  return "ALLOWED";
}

async function run(probe: Probe, nodeField = false): Promise<Record<Persona, Outcome>> {
  const outcomes = {} as Record<Persona, Outcome>;
  for (const persona of PERSONAS) outcomes[persona] = outcomeOf(await (clients.get(persona) as GraphQLClient).request(probe.query, probe.variables), nodeField);
  return outcomes;
}

function operations(): Array<{ key: string; probe: Probe }> {
  const result: Array<{ key: string; probe: Probe }> = [];
  for (const [root, type] of [["query", schema.getQueryType()], ["mutation", schema.getMutationType()]] as const) {
    for (const field of Object.values((type as GraphQLObjectType).getFields())) {
      const key = `${type?.name}.${field.name}`;
      const override = AUTHORIZATION_TABLE[key]?.variables;
      const probe = probeFor(root, field);
      result.push({ key, probe: override ? { ...probe, variables: { ...probe.variables, ...override(fixtures, probe.variables) } } : probe });
    }
  }
  return result;
}

function nodeTypes(): GraphQLObjectType[] {
  const node = schema.getType("Node");
  return Object.values(schema.getTypeMap()).filter((t): t is GraphQLObjectType => isObjectType(t) && t.getInterfaces().some((i) => i === node));
}

/** The row a node type is probed with: the table's `sample` condition picks it, so the outcome is stable. */
async function sampleGlobalId(typeName: string): Promise<string | null> {
  const target = getMetadataStorage().objectTypes.find((t) => t.name === typeName)?.target;
  const metadata = server.dataSource.entityMetadatas.find((m) => m.target === target);
  if (!metadata) return null;
  const where = AUTHORIZATION_TABLE[`node:${typeName}`]?.sample ?? "true";
  const rows: Array<{ id: string }> = await server.dataSource.query(`SELECT id FROM "${metadata.tableName}" WHERE ${where} ORDER BY id LIMIT 1`);
  return rows[0] ? toGlobalId(typeName, rows[0].id) : null;
}

describe("authorization matrix", () => {
  it("every operation, as every persona, does what the table says", { timeout: 240_000 }, async () => {
    const actual: Record<string, Record<Persona, Outcome>> = {};
    const allOperations = operations();
    const signOut = allOperations.filter(({ key }) => key === "Mutation.logout");
    for (const { key, probe } of allOperations.filter((o) => !signOut.includes(o))) actual[key] = await run(probe);
    for (const type of nodeTypes()) {
      const id = await sampleGlobalId(type.name);
      if (!id) throw new Error(`no seeded ${type.name} to probe; add one to the matrix set-up`);
      actual[`node:${type.name}`] = await run(nodeProbe(schema, type, id), true);
    }
    for (const { key, probe } of signOut) actual[key] = await run(probe);
    if (process.env.MATRIX_PRINT) console.info(JSON.stringify(actual, null, 1));

    const missing = Object.keys(actual).filter((key) => !AUTHORIZATION_TABLE[key]);
    expect(missing, "operations without a row in authorization-table.ts").toEqual([]);
    const stale = Object.keys(AUTHORIZATION_TABLE).filter((key) => !actual[key]);
    expect(stale, "rows for operations that no longer exist").toEqual([]);
    const mismatches = Object.entries(actual).flatMap(([key, outcomes]) =>
      PERSONAS.filter((p) => outcomes[p] !== AUTHORIZATION_TABLE[key].expect[PERSONAS.indexOf(p)]).map((p) => `${key} as ${p}: expected ${AUTHORIZATION_TABLE[key].expect[PERSONAS.indexOf(p)]}, got ${outcomes[p]}`),
    );
    expect(mismatches).toEqual([]);
    const checks = Object.keys(actual).length * PERSONAS.length;
    console.info(`authorization matrix: ${Object.keys(actual).length} operations and node types × ${PERSONAS.length} personas = ${checks} checks`);
  });
});
