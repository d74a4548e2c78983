import { ApiScope, Role } from "@ascent/domain";
import { GraphQLField, GraphQLObjectType, GraphQLSchema, isObjectType } from "graphql";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildAppSchema } from "../src/composition";
import { toGlobalId } from "../src/graphql/relay/global-id";
import { seedDemoData } from "../src/seed/seed-demo-data";
import { GraphQLClient, GraphQLResponse } from "./support/graphql-client";
import { nodeProbe, Probe, probeFor } from "./support/operation-probe";
import { createTestServer, TestServer } from "./support/test-server";
import { idSubjects, INFRASTRUCTURE_ROWS, OperationRow, OUTCOME_LETTERS, Outcome, PERSONAS, Persona, Side, SIDES, Subject } from "./authorization-table";
import { collectFeatureRows, CollectedRows } from "./support/feature-authorization-rows";

/**
 * Calls every query and mutation, and every field of every Node type (each
 * field on its own), as each persona, on real objects owned by one academy
 * or trust ("own": academy A, trust A, what the facilitator facilitates) and
 * by another ("other"), and compares each outcome with the table: the rows
 * every feature keeps in src/modules/<feature>/test/authorization-rows.ts,
 * with the letters and personas of ./authorization-table.ts. Partner personas hold one scope each. An
 * operation or field without a row fails the test, so nothing new goes
 * unexamined; a missing ownership check in a service shows up as ALLOWED
 * where the table says FORBIDDEN or NOT_FOUND.
 */
let server: TestServer;
let schema: GraphQLSchema;
const clients = new Map<Persona, GraphQLClient>();
/** Per subject and side, the database id of the real object probed. */
const subjects = {} as Record<Subject, Record<Side, string>>;
/** The features' rows and subjects (src/modules/<feature>/test/authorization-rows.ts). */
let collected: CollectedRows;

const idOf = async (sql: string, params: unknown[] = []): Promise<string> => {
  const rows: Array<{ id: string }> = await server.dataSource.query(sql, params);
  if (!rows[0]) throw new Error(`matrix set-up found nothing for: ${sql} ${JSON.stringify(params)}`);
  return rows[0].id;
};
const organisation = (name: string) => idOf(`SELECT id FROM organisation WHERE name = $1 OR ods_code = $1`, [name]);
const globalId = (subject: Subject, side: Side) => toGlobalId(collected.subjectTypes[subject], subjects[subject][side]);

async function createProgramme(academy: string, title: string, facilitated: boolean): Promise<void> {
  const admin = clients.get("admin") as GraphQLClient;
  const { createProgramme } = await admin.data(
    `mutation ($input: CreateProgrammeInput!) { createProgramme(input: $input) { programme { id tracks { id } } userErrors { message } } }`,
    {
      input: {
        academyId: toGlobalId("Organisation", await organisation(academy)),
        title,
        summary: "A draft of the matrix.",
        duration: "1 month",
        deliveryModes: ["ONLINE"],
        tracks: [{ name: `${title} track`, modules: [{ title: `${title} module`, kind: "WORKSHOP", lengthDays: 1 }] }],
      },
    },
  );
  expect(createProgramme.userErrors).toEqual([]);
  const facilitators = facilitated ? [{ organisationId: toGlobalId("Organisation", await organisation("Thresholds Ltd")) }] : [{ name: "An outside speaker" }];
  const { createCohort } = await admin.data(`mutation ($input: CreateCohortInput!) { createCohort(input: $input) { cohort { id } userErrors { message } } }`, {
    input: {
      programmeId: createProgramme.programme.id,
      trackId: createProgramme.programme.tracks[0].id,
      name: `${title} cohort`,
      capacity: 10,
      allocationPolicy: "PANEL_SELECTION",
      startsOn: "2030-09-02",
      endsOn: "2030-10-25",
      facilitators,
    },
  });
  expect(createCohort.userErrors).toEqual([]);
  const { scheduleCohort } = await admin.data(`mutation ($id: ID!) { scheduleCohort(input: { cohortId: $id }) { userErrors { message } } }`, { id: createCohort.cohort.id });
  expect(scheduleCohort.userErrors).toEqual([]);
}

async function token(organisationCode: string, scopes: string[], label: string): Promise<string> {
  const admin = clients.get("admin") as GraphQLClient;
  const { createApiToken } = await admin.data(`mutation ($input: CreateApiTokenInput!) { createApiToken(input: $input) { token userErrors { message } } }`, {
    input: { organisationId: toGlobalId("Organisation", await organisation(organisationCode)), scopes, label },
  });
  expect(createApiToken.userErrors).toEqual([]);
  return createApiToken.token;
}

async function both(own: string, other: string, params: [unknown[], unknown[]] = [[], []]): Promise<Record<Side, string>> {
  return { own: await idOf(own, params[0]), other: await idOf(other, params[1]) };
}

beforeAll(async () => {
  collected = await collectFeatureRows();
  server = await createTestServer();
  await seedDemoData(server.dataSource);
  schema = await buildAppSchema();
  clients.set("anonymous", server.anonymous());
  clients.set("admin", await server.signedInAs(Role.ADMIN, "admin@matrix.test"));
  clients.set("managerA", await server.signedInAs(Role.PROGRAMME_MANAGER, "managerA@matrix.test", "South East Leadership Academy"));
  clients.set("facilitator", await server.signedInAs(Role.FACILITATOR, "facilitator@matrix.test", "Thresholds Ltd"));
  // The schema names scopes by their enum keys (CATALOGUE_READ), not their values.
  const scopes: Array<[Persona, keyof typeof ApiScope]> = [
    ["partnerCatalogue", "CATALOGUE_READ"],
    ["partnerWresRead", "WRES_READ"],
    ["partnerWresWrite", "WRES_WRITE"],
    ["partnerApplications", "APPLICATIONS_READ"],
  ];
  for (const [persona, scope] of scopes) clients.set(persona, new GraphQLClient(server.url, { authorization: `Bearer ${await token("RTH", [scope], persona)}` }));

  // Objects of each side. Own: academy A (South East), its member trust A (RTH, the partners' trust), a cohort the
  // facilitator's provider facilitates. Other: academy B (HPMA London), its member trust B (RJ1), a cohort they don't.
  await createProgramme("South East Leadership Academy", "Matrix A", true);
  await createProgramme("HPMA London Academy", "Matrix B", false);
  await server.createUser(Role.PROGRAMME_MANAGER, "userA@matrix.test", "South East Leadership Academy");
  await server.createUser(Role.PROGRAMME_MANAGER, "userB@matrix.test", "HPMA London Academy");
  await token("RTH", ["CATALOGUE_READ"], "sample A");
  await token("RJ1", ["CATALOGUE_READ"], "sample B");
  const byTitle = (table: string, column: string) => both(`SELECT id FROM ${table} WHERE ${column} = $1`, `SELECT id FROM ${table} WHERE ${column} = $1`, [["Matrix A"], ["Matrix B"]]);
  const ofCohort = (table: string) =>
    both(`SELECT id FROM ${table} WHERE cohort_id = (SELECT id FROM cohort WHERE name = $1) ORDER BY id LIMIT 1`, `SELECT id FROM ${table} WHERE cohort_id = (SELECT id FROM cohort WHERE name = $1) ORDER BY id LIMIT 1`, [
      ["Matrix A cohort"],
      ["Matrix B cohort"],
    ]);
  const applicationOf = (academy: string) =>
    `SELECT a.id FROM application a JOIN cohort c ON c.id = a.cohort_id JOIN programme p ON p.id = c.programme_id JOIN organisation o ON o.id = p.academy_id
     WHERE o.name = '${academy}' AND a.organisation_id ${academy.startsWith("South") ? "= (SELECT id FROM organisation WHERE ods_code = 'RTH')" : "<> (SELECT id FROM organisation WHERE ods_code = 'RTH')"}
     ORDER BY a.reference LIMIT 1`;
  Object.assign(subjects, {
    Academy: { own: await organisation("South East Leadership Academy"), other: await organisation("HPMA London Academy") },
    Trust: { own: await organisation("RTH"), other: await organisation("RJ1") },
    Programme: await byTitle("programme", "title"),
    Track: await both(`SELECT id FROM programme_track WHERE name = 'Matrix A track'`, `SELECT id FROM programme_track WHERE name = 'Matrix B track'`),
    ModuleTemplate: await both(`SELECT id FROM module_template WHERE title = 'Matrix A module'`, `SELECT id FROM module_template WHERE title = 'Matrix B module'`),
    Cohort: await both(`SELECT id FROM cohort WHERE name = 'Matrix A cohort'`, `SELECT id FROM cohort WHERE name = 'Matrix B cohort'`),
    Session: await ofCohort("cohort_session"),
    CohortFacilitator: await ofCohort("cohort_facilitator"),
    Application: await both(applicationOf("South East Leadership Academy"), applicationOf("HPMA London Academy")),
    User: await both(`SELECT id FROM user_account WHERE email = 'userA@matrix.test'`, `SELECT id FROM user_account WHERE email = 'userB@matrix.test'`),
    ApiToken: await both(`SELECT id FROM api_token WHERE label = 'sample A'`, `SELECT id FROM api_token WHERE label = 'sample B'`),
    AuditEvent: await both(`SELECT id FROM audit_event ORDER BY occurred_at LIMIT 1`, `SELECT id FROM audit_event ORDER BY occurred_at DESC LIMIT 1`),
  });
  const participantOf = (academy: string, sameTrust: boolean) =>
    `SELECT pa.id FROM participant pa JOIN application a ON a.id = pa.application_id JOIN cohort c ON c.id = a.cohort_id JOIN programme p ON p.id = c.programme_id
     JOIN organisation o ON o.id = p.academy_id WHERE o.name = '${academy}'
     AND a.organisation_id ${sameTrust ? "=" : "<>"} (SELECT id FROM organisation WHERE ods_code = 'RTH') ORDER BY pa.id LIMIT 1`;
  for (const [academy, sameTrust] of [["South East Leadership Academy", true], ["HPMA London Academy", false]] as const) {
    // The demo data may have no one enrolled on that side: enrol the side's sample applicant.
    if ((await server.dataSource.query(participantOf(academy, sameTrust))).length === 0) {
      const application = sameTrust ? subjects.Application.own : subjects.Application.other;
      await server.dataSource.query(`INSERT INTO participant (cohort_id, application_id, status) SELECT cohort_id, id, 'ENROLLED' FROM application WHERE id = $1`, [application]);
    }
  }
  subjects.Participant = await both(participantOf("South East Leadership Academy", true), participantOf("HPMA London Academy", false));
  // Then each feature's own subjects, in the order of modules/index.ts.
  const setUp = { query: (sql: string, params: unknown[] = []) => server.dataSource.query(sql, params), idOf, subjects };
  for (const [subject, declared] of collected.subjects) subjects[subject] = await declared.find(setUp);
}, 120_000);
afterAll(() => server?.close());

/** A copy of a subject's row, for operations that delete what they act on (each call needs its own). */
let copies = 0;
async function freshCopy(subject: Subject, side: Side): Promise<string> {
  const copy = subject === "Session" ? { table: "cohort_session", changes: undefined } : collected.subjects.find(([name]) => name === subject)?.[1].copy;
  if (!copy) throw new Error(`no fresh copies of ${subject}: say how to copy one (copy) where the subject is declared`);
  copies += 1;
  const { table } = copy;
  const changes = { id: randomUUID(), ...copy.changes?.(copies) };
  const [{ id }] = await server.dataSource.query(
    `INSERT INTO ${table} SELECT (jsonb_populate_record(NULL::${table}, to_jsonb(t) || $2::jsonb)).* FROM ${table} t WHERE id = $1 RETURNING id`,
    [subjects[subject][side], JSON.stringify(changes)],
  );
  return toGlobalId(collected.subjectTypes[subject], id);
}

function outcomeOf(response: GraphQLResponse, rootField: string | null, nodeField = false): Outcome {
  const errors = response.errors ?? [];
  const codes = errors.map((e) => e.extensions?.code);
  const payload = rootField ? (response.data as Record<string, unknown> | undefined)?.[rootField] : undefined;
  const userErrorCodes = ((payload as { userErrors?: Array<{ code: string }> } | null)?.userErrors ?? []).map((e) => e.code);
  // A probe whose variables don't fit never reaches the auth check: that's a broken probe, not an answer.
  if (errors.some((e) => e.message.startsWith('Variable "$')) || codes.includes("GRAPHQL_VALIDATION_FAILED")) return "INVALID_PROBE";
  if (codes.includes("UNAUTHENTICATED")) return "UNAUTHENTICATED";
  if (codes.includes("FORBIDDEN") || userErrorCodes.includes("FORBIDDEN")) return "FORBIDDEN";
  if (codes.includes("NOT_FOUND") || userErrorCodes.includes("NOT_FOUND")) return "NOT_FOUND";
  if (codes.includes("INTERNAL_SERVER_ERROR") || response.status >= 500) return "ERROR";
  if (nodeField && (response.data as { node: unknown } | undefined)?.node === null) return "HIDDEN";
  if (!nodeField && rootField && errors.length === 0 && payload === null) return "HIDDEN";
  return "ALLOWED";
}

/** One call, retried when a partner token's query budget runs out (that's not what is being tested). */
async function call(persona: Persona, probe: Probe): Promise<GraphQLResponse> {
  for (;;) {
    const response = await (clients.get(persona) as GraphQLClient).request(probe.query, probe.variables);
    if (!response.errors?.some((e) => e.extensions?.code === "THROTTLED")) return response;
    await server.dataSource.query(`UPDATE api_token SET cost_budget = 1000, budget_updated_at = now()`);
  }
}

/** Puts the side's real objects into every required ID argument of the probe. */
function withSubjects(probe: Probe, field: GraphQLField<unknown, unknown>, row: OperationRow, side: Side, fresh: string | null): Probe {
  const variables = structuredClone(probe.variables) as Record<string, any>;
  for (const [path, subject] of Object.entries(idSubjects(field, row, collected.byName))) {
    const keys = path.split(".");
    const holder = keys.slice(0, -1).reduce((at, key) => at[key], variables);
    holder[keys[keys.length - 1]] = fresh && subject === row.fresh ? fresh : globalId(subject, side);
  }
  return { ...probe, variables: { ...variables, ...row.variables?.(variables, (subject) => globalId(subject, side)) } };
}

async function runOperation(root: "query" | "mutation", field: GraphQLField<unknown, unknown>, row: OperationRow, side: Side): Promise<string> {
  if (root === "query") {
    // Queries change nothing: every persona at once.
    const probe = withSubjects(probeFor(root, field), field, row, side, null);
    return (await Promise.all(PERSONAS.map(async (persona) => OUTCOME_LETTERS[outcomeOf(await call(persona, probe), field.name)]))).join("");
  }
  // Mutations one persona at a time, each meeting the objects as set up: deletions act on copies of their own,
  // and the reset puts back what an allowed call changed (statuses). At once, one persona's allowed publish
  // would change what another meets (a published programme is visible, so FORBIDDEN instead of NOT_FOUND).
  const letters: string[] = [];
  for (const persona of PERSONAS) {
    const fresh = row.fresh ? await freshCopy(row.fresh, side) : null;
    const probe = withSubjects(probeFor(root, field), field, row, side, fresh);
    letters.push(OUTCOME_LETTERS[outcomeOf(await call(persona, probe), field.name)]);
    await server.dataSource.query(RESET_AFTER_MUTATION);
    if (row.after) await server.dataSource.query(row.after);
  }
  return letters.join("");
}

/** What an allowed mutation may have changed that later probes depend on: the matrix programmes' and cohorts' statuses. */
const RESET_AFTER_MUTATION = `
  UPDATE programme SET status = 'DRAFT', published_at = NULL WHERE title IN ('Matrix A', 'Matrix B') AND status <> 'DRAFT';
  UPDATE cohort SET status = 'PLANNED' WHERE name IN ('Matrix A cohort', 'Matrix B cohort') AND status <> 'PLANNED';`;

function nodeTypes(): GraphQLObjectType[] {
  const node = schema.getType("Node");
  return Object.values(schema.getTypeMap()).filter((t): t is GraphQLObjectType => isObjectType(t) && t.getInterfaces().some((i) => i === node));
}

/**
 * Each field's outcome for each persona and side. All fields are asked for at once first: when that answers
 * without an error, every field has the same outcome (the common case); otherwise the fields an error names
 * are asked alone, so one refused field can't hide how the others answer.
 */
async function probeFields(type: GraphQLObjectType, actual: Record<string, string>) {
  const fields = Object.values(type.getFields());
  for (const side of SIDES) {
    const id = globalId(subjectOfType(type.name), side);
    const letters = await Promise.all(
      PERSONAS.map(async (persona) => {
        const outcomes = new Map<string, string>();
        const alone = async (field: GraphQLField<unknown, unknown>) => outcomes.set(field.name, OUTCOME_LETTERS[outcomeOf(await call(persona, nodeProbe(type, [field], id)), null, true)]);
        let remaining = fields;
        while (remaining.length > 0) {
          const together = await call(persona, nodeProbe(type, remaining, id));
          if (!together.errors?.length) {
            for (const field of remaining) outcomes.set(field.name, OUTCOME_LETTERS[outcomeOf(together, null, true)]);
            break;
          }
          // The fields an error names are asked alone; the rest together again, until they answer without one.
          const failing = remaining.filter((field) => together.errors?.some((e) => e.path?.[1] === field.name));
          const next = failing.length === 0 || failing.length === remaining.length ? [] : remaining.filter((field) => !failing.includes(field));
          await Promise.all((next.length === 0 ? remaining : failing).map(alone));
          remaining = next;
        }
        return fields.map((field) => outcomes.get(field.name) as string);
      }),
    );
    fields.forEach((field, f) => {
      const key = `${type.name}.${field.name}`;
      actual[key] = `${actual[key] === undefined ? "" : `${actual[key]} `}${letters.map((l) => l[f]).join("")}`;
    });
  }
}

/** The subject that stands for a node type (an Organisation is probed as a trust). */
const subjectOfType = (typeName: string): Subject => {
  if (typeName === "Organisation") return "Trust";
  if (collected.subjectTypes[typeName] === typeName) return typeName;
  throw new Error(`no subject probes ${typeName}: declare one (subjects) in the rows file of the feature that adds the type`);
};

describe("authorization matrix", () => {
  it("every operation and every field, as every persona, on their own and others' objects, does what the table says", { timeout: 300_000 }, async () => {
    expect(collected.problems, "rows files of the feature folders").toEqual([]);
    const AUTHORIZATION_TABLE: Record<string, OperationRow> = { ...INFRASTRUCTURE_ROWS.operations, ...collected.operations };
    const FIELD_TABLE: Record<string, string> = collected.fields;
    console.info(
      `authorization table: ${Object.keys(AUTHORIZATION_TABLE).length} operation rows and ${Object.keys(FIELD_TABLE).length} field rows, from ${Object.keys(collected.counts).length} feature folders (${Object.entries(
        collected.counts,
      )
        .map(([feature, count]) => `${feature} ${count.operations}+${count.fields}`)
        .join(", ")}) and the infrastructure (${Object.keys(INFRASTRUCTURE_ROWS.operations ?? {}).length})`,
    );
    const actual: Record<string, string> = {};
    const started = Date.now();
    // Fields first: they only read, and the mutations below change what they would see.
    await Promise.all(nodeTypes().map((type) => probeFields(type, actual)));
    const fieldsDone = Date.now();
    const roots = [
      ["query", schema.getQueryType()],
      ["mutation", schema.getMutationType()],
    ] as const;
    const last: Array<() => Promise<void>> = [];
    for (const [root, type] of roots) {
      for (const field of Object.values((type as GraphQLObjectType).getFields())) {
        const key = `${type?.name}.${field.name}`;
        const row = AUTHORIZATION_TABLE[key];
        // No row: reported below as missing, not probed (its id arguments' subjects are unknown).
        if (!row) {
          actual[key] = "?";
          continue;
        }
        const work = async () => {
          const sided = Object.keys(idSubjects(field, row, collected.byName)).length > 0;
          actual[key] = sided ? `${await runOperation(root, field, row, "own")} ${await runOperation(root, field, row, "other")}` : await runOperation(root, field, row, "own");
        };
        // Signing out would end the personas' sessions for every later probe.
        if (key === "Mutation.logout") last.push(work);
        else await work();
      }
    }
    for (const work of last) await work();
    console.info(`authorization matrix: fields ${fieldsDone - started} ms, operations ${Date.now() - fieldsDone} ms`);
    if (process.env.MATRIX_PRINT) console.info(JSON.stringify(actual, null, 1));

    const expected: Record<string, string> = {
      ...Object.fromEntries(Object.entries(AUTHORIZATION_TABLE).map(([key, row]) => [key, row.expect])),
      ...FIELD_TABLE,
    };
    // Rows without an operation, operations without a row, and wrong outcomes, all reported together.
    const missing = Object.keys(actual).filter((key) => expected[key] === undefined);
    const stale = Object.keys(expected).filter((key) => actual[key] === undefined);
    const mismatches = Object.entries(actual).flatMap(([key, letters]) => {
      if (expected[key] === undefined || letters === expected[key]) return [];
      const wanted = expected[key].split(" ");
      return letters.split(" ").flatMap((got, s) =>
        PERSONAS.flatMap((persona, p) => (got[p] === wanted[s]?.[p] ? [] : [`${key} as ${persona} on ${SIDES[s]} objects: expected ${wanted[s]?.[p]}, got ${got[p]}`])),
      );
    });
    expect({ missing, stale, mismatches }, "missing: operations and fields without a row in their feature's test/authorization-rows.ts; stale: rows for ones that no longer exist").toEqual({
      missing: [],
      stale: [],
      mismatches: [],
    });
    const checks = Object.values(actual).reduce((sum, letters) => sum + letters.replace(/ /g, "").length, 0);
    console.info(`authorization matrix: ${Object.keys(actual).length} operations and fields, ${checks} checks`);
  });
});
