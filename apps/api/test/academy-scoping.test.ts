import {
  cohortQuery,
  cohortsQuery,
  createCohortMutation,
  createProgrammeMutation,
  nodeQuery,
  openCohortMutation,
  programmeQuery,
  programmesQuery,
  updateProgrammeMutation,
  type CreateProgrammeInput,
} from "@ascent/client";
import { AllocationPolicy, DeliveryMode, ModuleKind, Role } from "@ascent/domain";
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

const createProgramme = (client: GraphQLClient, input: CreateProgrammeInput) => client.request(createProgrammeMutation, { input });
const cohortOf = async (client: GraphQLClient, id: string) => (await client.data(cohortQuery, { id, canManage: false })).cohort;
const cohortIdsSeenBy = async (client: GraphQLClient) => (await client.data(cohortsQuery, { first: 100 })).cohorts.edges.map((e) => e.node.id);
const updateProgrammeTitle = (client: GraphQLClient, id: string) => client.request(updateProgrammeMutation, { input: { id, title: "Hijacked" } });
const openCohort = (client: GraphQLClient, id: string) => client.request(openCohortMutation, { input: { id } });

const academyId = async (name: string) => toGlobalId("Organisation", (await server.dataSource.query(`SELECT id FROM organisation WHERE name = $1`, [name]))[0].id);

beforeAll(async () => {
  server = await createTestServer();
  await seedDemoData(server.dataSource);
  managerA = await server.signedInAs(Role.PROGRAMME_MANAGER, "a@southeast.test", "South East Leadership Academy");
  managerB = await server.signedInAs(Role.PROGRAMME_MANAGER, "b@hpma.test", "HPMA London Academy");
  facilitator = await server.signedInAs(Role.FACILITATOR, "sandie@thresholds.test", "Thresholds Ltd");
  const { createProgramme } = await managerA.data(createProgrammeMutation, {
    input: { academyId: await academyId("South East Leadership Academy"), title: "Academy A draft", summary: "Not yet public.", duration: "1 month", deliveryModes: [DeliveryMode.ONLINE], modules: [{ title: "M", kind: ModuleKind.MODULE, lengthDays: 1 }] },
  });
  expect(createProgramme.userErrors).toEqual([]);
  draftOfA = createProgramme.programme!.id;
  const { createCohort } = await managerA.data(createCohortMutation, {
    input: { programmeId: draftOfA, name: "Academy A planned cohort", capacity: 12, allocationPolicy: AllocationPolicy.FIRST_COME_FIRST_SERVED, startsOn: "2027-05-03", endsOn: "2027-06-30" },
  });
  expect(createCohort.userErrors).toEqual([]);
  planned = { id: createCohort.cohort!.id, name: createCohort.cohort!.name };
});
afterAll(() => server.close());

describe("programme managers", () => {
  it("see their own academy's drafts, and only the published catalogue of others", async () => {
    const seenByA = (await managerA.data(programmesQuery, { first: 100 })).programmes.edges.map((e) => e.node);
    const seenByB = (await managerB.data(programmesQuery, { first: 100 })).programmes.edges.map((e) => e.node);
    expect(seenByA.map((p) => p.id)).toContain(draftOfA);
    expect(seenByB.map((p) => p.id)).not.toContain(draftOfA);
    expect(seenByB.every((p) => p.status === "PUBLISHED" || p.academy.name === "HPMA London Academy")).toBe(true);
  });

  it("can't reach another academy's draft or planned cohort by id, node(id:) or nested fields", async () => {
    expect((await managerB.data(programmeQuery, { id: draftOfA })).programme).toBeNull();
    expect((await managerB.data(nodeQuery, { id: draftOfA })).node).toBeNull();
    expect(await cohortOf(managerB, planned.id)).toBeNull();
    // Authorization probe: no client lists every programme's cohorts at once, but the path must stay scoped.
    const nested = await managerB.data<{ programmes: { edges: Array<{ node: { cohorts: Array<{ id: string }> } }> } }>(
      `query { programmes(first: 100) { edges { node { cohorts { id } } } } }`,
    );
    const cohortIds = nested.programmes.edges.flatMap((e) => e.node.cohorts.map((c) => c.id));
    expect(cohortIds).not.toContain(planned.id);
    expect(await cohortIdsSeenBy(managerB)).not.toContain(planned.id);
    expect((await cohortOf(managerA, planned.id))?.name).toBe(planned.name);
  });

  it("can't change another academy's programmes or cohorts, or create in its name", async () => {
    const before = await server.dataSource.getRepository(Programme).count();
    const create = await createProgramme(managerB, {
      academyId: await academyId("South East Leadership Academy"), title: "Impostor", summary: "x", duration: "1 month", deliveryModes: [DeliveryMode.ONLINE], modules: [{ title: "M", kind: ModuleKind.MODULE, lengthDays: 1 }],
    });
    const update = await updateProgrammeTitle(managerB, draftOfA);
    const open = await openCohort(managerB, planned.id);
    const refusals = [
      create.errors?.[0]?.extensions?.code ?? create.data?.createProgramme.userErrors[0]?.code,
      update.errors?.[0]?.extensions?.code ?? update.data?.updateProgramme.userErrors[0]?.code,
      open.errors?.[0]?.extensions?.code ?? open.data?.openCohort.userErrors[0]?.code,
    ];
    for (const refused of refusals) expect(["FORBIDDEN", "NOT_FOUND"]).toContain(refused);
    expect(await server.dataSource.getRepository(Programme).count()).toBe(before);
    const [{ title }] = await server.dataSource.query(`SELECT title FROM programme WHERE title = 'Academy A draft'`);
    expect(title).toBe("Academy A draft");
  });
});

describe("facilitators", () => {
  it("see a planned cohort their provider facilitates, which other academies' managers don't", async () => {
    const { createCohort } = await managerA.data(createCohortMutation, {
      input: {
        programmeId: draftOfA,
        name: "Facilitated by Thresholds",
        capacity: 12,
        allocationPolicy: AllocationPolicy.PANEL_SELECTION,
        startsOn: "2027-07-05",
        endsOn: "2027-08-30",
        facilitators: [{ organisationId: await academyId("Thresholds Ltd") }],
      },
    });
    expect(createCohort.userErrors).toEqual([]);
    const id = createCohort.cohort!.id;
    expect((await cohortOf(facilitator, id))?.name).toBe("Facilitated by Thresholds");
    const listed = await cohortIdsSeenBy(facilitator);
    expect(listed).toContain(id);
    expect(listed).not.toContain(planned.id);
    expect(await cohortOf(managerB, id)).toBeNull();
  });

  it("see the published catalogue and the cohorts their provider facilitates, but no drafts", async () => {
    const { cohorts } = await facilitator.data(cohortsQuery, { first: 100 });
    const names = cohorts.edges.map((e) => e.node.programme.title);
    expect(names.some((t) => /BAME Career Development/.test(t))).toBe(true);
    expect((await facilitator.data(programmeQuery, { id: draftOfA })).programme).toBeNull();
    const change = await openCohort(facilitator, planned.id);
    expect(change.errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });
});

describe("refusals (docs/architecture.md)", () => {
  it("never reveal that an object the caller can't see exists: another academy's draft is absent, its published programme forbidden", async () => {
    const unknown = toGlobalId("Programme", "00000000-0000-4000-8000-000000000000");
    const update = (id: string) => updateProgrammeTitle(managerB, id);
    const codeOf = (response: Awaited<ReturnType<typeof update | typeof openCohort>>) => response.errors?.[0]?.extensions?.code;
    expect(codeOf(await update(draftOfA))).toBe(codeOf(await update(unknown)));
    expect(codeOf(await update(draftOfA))).toBe("NOT_FOUND");
    const [published] = await server.dataSource.query(
      `SELECT p.id FROM programme p JOIN organisation o ON o.id = p.academy_id WHERE p.status = 'PUBLISHED' AND o.name = 'South East Leadership Academy' LIMIT 1`,
    );
    expect(codeOf(await update(toGlobalId("Programme", published.id)))).toBe("FORBIDDEN");

    expect(codeOf(await openCohort(managerB, planned.id))).toBe("NOT_FOUND");
    expect(codeOf(await openCohort(managerB, toGlobalId("Cohort", "00000000-0000-4000-8000-000000000000")))).toBe("NOT_FOUND");
  });
});
