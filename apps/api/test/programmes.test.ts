import { Role } from "@ascent/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ModuleTemplate } from "../src/modules/programme/module-template.entity";
import { Programme } from "../src/modules/programme/programme.entity";
import { seedDemoData } from "../src/seed/seed-demo-data";
import type { GraphQLClient } from "./support/graphql-client";
import { createTestServer, TestServer } from "./support/test-server";

const FIELDS = `id title status eligibility { bands staffGroups ethnicity memberOrganisationsOnly requirements }
  modules { title kind lengthDays } tracks { id name eligibility { bands } modules { title kind lengthDays position } }`;
const CREATE = `mutation ($input: CreateProgrammeInput!) { createProgramme(input: $input) { programme { ${FIELDS} } userErrors { field message code } } }`;
const UPDATE = `mutation ($input: UpdateProgrammeInput!) { updateProgramme(input: $input) { programme { ${FIELDS} } userErrors { field message code } } }`;
const PUBLISH = `mutation ($id: ID!) { publishProgramme(input: { id: $id }) { programme { status } userErrors { field message code } } }`;
const ARCHIVE = `mutation ($id: ID!) { archiveProgramme(input: { id: $id }) { programme { status } userErrors { field message code } } }`;
const CHECK = `query ($programmeId: ID!, $trackId: ID, $applicant: EligibilityApplicantInput!) {
  checkEligibility(programmeId: $programmeId, trackId: $trackId, applicant: $applicant) { eligible reasons { rule met explanation } }
}`;

let server: TestServer;
let admin: GraphQLClient;
let manager: GraphQLClient;
let academyId: string;
let trustId: string;

beforeAll(async () => {
  server = await createTestServer();
  await seedDemoData(server.dataSource);
  admin = await server.signedInAs(Role.ADMIN);
  manager = await server.signedInAs(Role.PROGRAMME_MANAGER, "manager@southeast.test", "South East Leadership Academy");
  const { organisations } = await admin.data(`{ organisations(first: 100) { edges { node { id name odsCode } } } }`);
  academyId = organisations.edges.find((e: any) => e.node.name === "South East Leadership Academy").node.id;
  trustId = organisations.edges.find((e: any) => e.node.odsCode === "RTH").node.id;
});
afterAll(() => server.close());

const programmeCount = () => server.dataSource.getRepository(Programme).count();
const validInput = () => ({
  academyId,
  title: "  Aspiring  Leaders ",
  summary: "A programme for aspiring leaders.",
  duration: "3 months",
  deliveryModes: ["FACE_TO_FACE", "ONLINE", "ONLINE"],
  aims: ["Grow leaders", "  "],
  eligibility: { bands: ["BAND_5", "BAND_6", "BAND_7"], ethnicity: "POSITIVE_ACTION_BME", memberOrganisationsOnly: true, requirements: ["LINE_MANAGER_SUPPORT"] },
  tracks: [
    { name: "Band 7", eligibility: { bands: ["BAND_7"] }, modules: [{ title: "Workshop 1", kind: "WORKSHOP", lengthDays: 3 }, { title: "Workshop 2", kind: "WORKSHOP", lengthDays: 2 }] },
    { name: "Bands 5 and 6", eligibility: { bands: ["BAND_5", "BAND_6"] }, modules: [{ title: "Module 1", kind: "MODULE", lengthDays: 2 }] },
  ],
  modules: [{ title: "Mentoring", kind: "MENTORING", lengthDays: 0 }],
});

describe("createProgramme", () => {
  it("creates a draft with normalised text, tracks and their modules in order", async () => {
    const { createProgramme } = await manager.data(CREATE, { input: validInput() });
    expect(createProgramme.userErrors).toEqual([]);
    const p = createProgramme.programme;
    expect(p).toMatchObject({ title: "Aspiring Leaders", status: "DRAFT", modules: [{ title: "Mentoring", kind: "MENTORING", lengthDays: 0 }] });
    expect(p.tracks.map((t: any) => [t.name, t.eligibility.bands, t.modules.map((m: any) => m.lengthDays)])).toEqual([
      ["Band 7", ["BAND_7"], [3, 2]],
      ["Bands 5 and 6", ["BAND_5", "BAND_6"], [2]],
    ]);
  });

  it("reports every problem with its field path and saves nothing", async () => {
    const before = await programmeCount();
    const modulesBefore = await server.dataSource.getRepository(ModuleTemplate).count();
    const input = { ...validInput(), title: " ", summary: "", duration: "", tracks: [{ name: "", modules: [{ title: "Workshop", kind: "WORKSHOP", lengthDays: 0 }] }] };
    const { createProgramme } = await manager.data(CREATE, { input });
    expect(createProgramme.programme).toBeNull();
    expect(createProgramme.userErrors.map((e: any) => [e.field.join("."), e.code])).toEqual([
      ["title", "REQUIRED"],
      ["summary", "REQUIRED"],
      ["duration", "REQUIRED"],
      ["tracks.0.name", "REQUIRED"],
      ["tracks.0.modules.0.lengthDays", "INVALID"],
    ]);
    expect(await programmeCount()).toBe(before);
    expect(await server.dataSource.getRepository(ModuleTemplate).count()).toBe(modulesBefore);
  });

  it("refuses an academy that is not an academy", async () => {
    const { createProgramme } = await manager.data(CREATE, { input: { ...validInput(), academyId: trustId } });
    expect(createProgramme.userErrors).toMatchObject([{ field: ["academyId"], code: "INVALID" }]);
  });

  it("refuses an unknown band at the schema, naming the path, and saves nothing", async () => {
    const before = await programmeCount();
    const response = await manager.request(CREATE, { input: { ...validInput(), eligibility: { bands: ["BAND_10"] } } });
    expect(response.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(response.errors?.[0].message).toContain("input.eligibility.bands[0]");
    expect(await programmeCount()).toBe(before);
  });

  it("reports repeated eligibility values at their path", async () => {
    const { createProgramme } = await manager.data(CREATE, { input: { ...validInput(), eligibility: { bands: ["BAND_5", "BAND_5"] } } });
    expect(createProgramme.userErrors).toEqual([{ field: ["eligibility", "bands", "1"], code: "INVALID", message: "BAND_5 is listed twice." }]);
  });

  it("is for administrators and programme managers only", async () => {
    const facilitator = await server.signedInAs(Role.FACILITATOR);
    expect((await facilitator.request(CREATE, { input: validInput() })).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect((await server.anonymous().request(CREATE, { input: validInput() })).errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
  });
});

describe("programme status", () => {
  it("publishes only with a curriculum and delivery modes, archives, and refuses other moves", async () => {
    const empty = (await manager.data(CREATE, { input: { academyId, title: "Empty", summary: "Nothing yet.", duration: "1 day" } })).createProgramme.programme;
    expect((await manager.data(PUBLISH, { id: empty.id })).publishProgramme.userErrors.map((e: any) => e.field[0])).toEqual(["deliveryModes", "modules"]);
    const full = (await manager.data(CREATE, { input: validInput() })).createProgramme.programme;
    expect((await manager.data(PUBLISH, { id: full.id })).publishProgramme).toEqual({ programme: { status: "PUBLISHED" }, userErrors: [] });
    expect((await manager.data(PUBLISH, { id: full.id })).publishProgramme.userErrors).toMatchObject([{ field: ["id"], code: "INVALID_TRANSITION" }]);
    expect((await manager.data(ARCHIVE, { id: full.id })).archiveProgramme.programme.status).toBe("ARCHIVED");
  });

  it("hides drafts from anonymous callers", async () => {
    const draft = (await manager.data(CREATE, { input: validInput() })).createProgramme.programme;
    expect((await server.anonymous().data(`query ($id: ID!) { programme(id: $id) { title } }`, { id: draft.id })).programme).toBeNull();
    expect((await server.anonymous().data(`query ($id: ID!) { node(id: $id) { id } }`, { id: draft.id })).node).toBeNull();
    expect((await manager.data(`query ($id: ID!) { programme(id: $id) { title } }`, { id: draft.id })).programme.title).toBe("Aspiring Leaders");
    const { programmes } = await server.anonymous().data(`{ programmes(first: 100) { edges { node { status } } } }`);
    expect(programmes.edges.every((e: any) => e.node.status === "PUBLISHED")).toBe(true);
  });
});

describe("updateProgramme", () => {
  it("changes only what is given and replaces the shared curriculum", async () => {
    const p = (await manager.data(CREATE, { input: validInput() })).createProgramme.programme;
    const { updateProgramme } = await manager.data(UPDATE, { input: { id: p.id, summary: "New summary.", modules: [{ title: "Evaluation", kind: "EVALUATION", lengthDays: 0 }], eligibility: { staffGroups: ["HR_OD"] } } });
    expect(updateProgramme.userErrors).toEqual([]);
    expect(updateProgramme.programme).toMatchObject({ title: "Aspiring Leaders", modules: [{ title: "Evaluation" }], eligibility: { staffGroups: ["HR_OD"], bands: null } });
    expect(updateProgramme.programme.tracks).toHaveLength(2);
  });
});

describe("checkEligibility", () => {
  it("explains the result per rule, with the track's bands and the academy's members", async () => {
    const p = (await manager.data(CREATE, { input: validInput() })).createProgramme.programme;
    const applicant = { band: "BAND_6", identifiesAsBlackAsianOrMinorityEthnic: true, organisationId: trustId, lineManagerSupports: true };
    const whole = (await manager.data(CHECK, { programmeId: p.id, applicant })).checkEligibility;
    expect(whole.eligible).toBe(true);
    expect(whole.reasons.map((r: any) => r.rule)).toEqual(["GRADE", "POSITIVE_ACTION", "MEMBER_ORGANISATION", "LINE_MANAGER_SUPPORT"]);
    expect(whole.reasons[2].explanation).toBe("Your organisation is a member organisation of South East Leadership Academy.");
    const band7 = (await manager.data(CHECK, { programmeId: p.id, trackId: p.tracks[0].id, applicant })).checkEligibility;
    expect(band7.eligible).toBe(false);
    expect(band7.reasons[0]).toMatchObject({ rule: "GRADE", met: false });
  });
});
