import { Role } from "@ascent/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toGlobalId } from "../src/graphql/relay/global-id";
import { Programme } from "../src/modules/programme/programme.entity";
import { seedDemoData } from "../src/seed/seed-demo-data";
import type { GraphQLClient } from "./support/graphql-client";
import { createTestServer, TestServer } from "./support/test-server";

/**
 * Academy scoping, enforced in the services: a programme manager of academy A
 * can't read or change academy B's drafts and cohorts through any path.
 */
let server: TestServer;
let managerA: GraphQLClient;
let managerB: GraphQLClient;
let facilitator: GraphQLClient;
let draftOfA: string;
let planned: { id: string; name: string };

const CREATE_PROGRAMME = `mutation ($input: CreateProgrammeInput!) { createProgramme(input: $input) { programme { id } userErrors { field code } } }`;

const academyId = async (name: string) => toGlobalId("Organisation", (await server.dataSource.query(`SELECT id FROM organisation WHERE name = $1`, [name]))[0].id);

beforeAll(async () => {
  server = await createTestServer();
  await seedDemoData(server.dataSource);
  managerA = await server.signedInAs(Role.PROGRAMME_MANAGER, "a@southeast.test", "South East Leadership Academy");
  managerB = await server.signedInAs(Role.PROGRAMME_MANAGER, "b@hpma.test", "HPMA London Academy");
  facilitator = await server.signedInAs(Role.FACILITATOR, "sandie@thresholds.test", "Thresholds Ltd");
  const { createProgramme } = await managerA.data(CREATE_PROGRAMME, {
    input: { academyId: await academyId("South East Leadership Academy"), title: "Academy A draft", summary: "Not yet public.", duration: "1 month", deliveryModes: ["ONLINE"], modules: [{ title: "M", kind: "MODULE", lengthDays: 1 }] },
  });
  expect(createProgramme.userErrors).toEqual([]);
  draftOfA = createProgramme.programme.id;
  const { createCohort } = await managerA.data(
    `mutation ($input: CreateCohortInput!) { createCohort(input: $input) { cohort { id name status } userErrors { field code message } } }`,
    { input: { programmeId: draftOfA, name: "Academy A planned cohort", capacity: 12, allocationPolicy: "FIRST_COME_FIRST_SERVED", startsOn: "2027-05-03", endsOn: "2027-06-30" } },
  );
  expect(createCohort.userErrors).toEqual([]);
  planned = { id: createCohort.cohort.id, name: createCohort.cohort.name };
});
afterAll(() => server.close());

describe("programme managers", () => {
  it("see their own academy's drafts, and only the published catalogue of others", async () => {
    const search = `query { programmes(first: 100) { edges { node { id title status academy { name } } } } }`;
    const seenByA = (await managerA.data(search)).programmes.edges.map((e: any) => e.node);
    const seenByB = (await managerB.data(search)).programmes.edges.map((e: any) => e.node);
    expect(seenByA.map((p: any) => p.id)).toContain(draftOfA);
    expect(seenByB.map((p: any) => p.id)).not.toContain(draftOfA);
    expect(seenByB.every((p: any) => p.status === "PUBLISHED" || p.academy.name === "HPMA London Academy")).toBe(true);
  });

  it("can't reach another academy's draft or planned cohort by id, node(id:) or nested fields", async () => {
    expect((await managerB.data(`query ($id: ID!) { programme(id: $id) { id } }`, { id: draftOfA })).programme).toBeNull();
    expect((await managerB.data(`query ($id: ID!) { node(id: $id) { id } }`, { id: draftOfA })).node).toBeNull();
    expect((await managerB.data(`query ($id: ID!) { cohort(id: $id) { id } }`, { id: planned.id })).cohort).toBeNull();
    const nested = await managerB.data(`query { programmes(first: 100) { edges { node { cohorts { id } } } } }`);
    const cohortIds = nested.programmes.edges.flatMap((e: any) => e.node.cohorts.map((c: any) => c.id));
    expect(cohortIds).not.toContain(planned.id);
    const listed = await managerB.data(`query { cohorts(first: 100) { edges { node { id } } } }`);
    expect(listed.cohorts.edges.map((e: any) => e.node.id)).not.toContain(planned.id);
    expect((await managerA.data(`query ($id: ID!) { cohort(id: $id) { name } }`, { id: planned.id })).cohort.name).toBe(planned.name);
  });

  it("can't change another academy's programmes or cohorts, or create in its name", async () => {
    const before = await server.dataSource.getRepository(Programme).count();
    const create = await managerB.request(CREATE_PROGRAMME, {
      input: { academyId: await academyId("South East Leadership Academy"), title: "Impostor", summary: "x", duration: "1 month", deliveryModes: ["ONLINE"], modules: [{ title: "M", kind: "MODULE", lengthDays: 1 }] },
    });
    const update = await managerB.request(`mutation ($id: ID!) { updateProgramme(input: { id: $id, title: "Hijacked" }) { userErrors { code } } }`, { id: draftOfA });
    const open = await managerB.request(`mutation ($id: ID!) { openCohort(input: { id: $id }) { userErrors { code } } }`, { id: planned.id });
    for (const response of [create, update, open]) {
      const refused = response.errors?.[0]?.extensions?.code ?? Object.values(response.data ?? {})[0]?.userErrors?.[0]?.code;
      expect(["FORBIDDEN", "NOT_FOUND"]).toContain(refused);
    }
    expect(await server.dataSource.getRepository(Programme).count()).toBe(before);
    const [{ title }] = await server.dataSource.query(`SELECT title FROM programme WHERE title = 'Academy A draft'`);
    expect(title).toBe("Academy A draft");
  });
});

describe("facilitators", () => {
  it("see a planned cohort their provider facilitates, which other academies' managers don't", async () => {
    const { createCohort } = await managerA.data(
      `mutation ($input: CreateCohortInput!) { createCohort(input: $input) { cohort { id } userErrors { field code message } } }`,
      {
        input: {
          programmeId: draftOfA,
          name: "Facilitated by Thresholds",
          capacity: 12,
          allocationPolicy: "PANEL_SELECTION",
          startsOn: "2027-07-05",
          endsOn: "2027-08-30",
          facilitators: [{ organisationId: await academyId("Thresholds Ltd") }],
        },
      },
    );
    expect(createCohort.userErrors).toEqual([]);
    const id = createCohort.cohort.id;
    expect((await facilitator.data(`query ($id: ID!) { cohort(id: $id) { name } }`, { id })).cohort.name).toBe("Facilitated by Thresholds");
    const listed = await facilitator.data(`query { cohorts(first: 100) { edges { node { id } } } }`);
    expect(listed.cohorts.edges.map((e: any) => e.node.id)).toContain(id);
    expect(listed.cohorts.edges.map((e: any) => e.node.id)).not.toContain(planned.id);
    expect((await managerB.data(`query ($id: ID!) { cohort(id: $id) { id } }`, { id })).cohort).toBeNull();
  });

  it("see the published catalogue and the cohorts their provider facilitates, but no drafts", async () => {
    const { cohorts } = await facilitator.data(`query { cohorts(first: 100) { edges { node { id name programme { title } facilitators { displayName } } } } }`);
    const names = cohorts.edges.map((e: any) => e.node.programme.title);
    expect(names.some((t: string) => /BAME Career Development/.test(t))).toBe(true);
    expect((await facilitator.data(`query ($id: ID!) { programme(id: $id) { id } }`, { id: draftOfA })).programme).toBeNull();
    const change = await facilitator.request(`mutation ($id: ID!) { openCohort(input: { id: $id }) { userErrors { code } } }`, { id: planned.id });
    expect(change.errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });
});

describe("refusals (docs/architecture.md)", () => {
  it("never reveal that an object the caller can't see exists: another academy's draft is absent, its published programme forbidden", async () => {
    const unknown = toGlobalId("Programme", "00000000-0000-4000-8000-000000000000");
    const update = (id: string) => managerB.request(`mutation ($id: ID!) { updateProgramme(input: { id: $id, title: "Hijacked" }) { userErrors { code } } }`, { id });
    const codeOf = (response: Awaited<ReturnType<typeof update>>) => response.errors?.[0]?.extensions?.code;
    expect(codeOf(await update(draftOfA))).toBe(codeOf(await update(unknown)));
    expect(codeOf(await update(draftOfA))).toBe("NOT_FOUND");
    const [published] = await server.dataSource.query(
      `SELECT p.id FROM programme p JOIN organisation o ON o.id = p.academy_id WHERE p.status = 'PUBLISHED' AND o.name = 'South East Leadership Academy' LIMIT 1`,
    );
    expect(codeOf(await update(toGlobalId("Programme", published.id)))).toBe("FORBIDDEN");

    const openCohort = (id: string) => managerB.request(`mutation ($id: ID!) { openCohort(input: { id: $id }) { userErrors { code } } }`, { id });
    expect(codeOf(await openCohort(planned.id))).toBe("NOT_FOUND");
    expect(codeOf(await openCohort(toGlobalId("Cohort", "00000000-0000-4000-8000-000000000000")))).toBe("NOT_FOUND");
  });
});
