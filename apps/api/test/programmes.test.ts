import {
  archiveProgrammeMutation,
  checkEligibilityQuery,
  createProgrammeMutation,
  nodeQuery,
  organisationsQuery,
  programmeQuery,
  programmesQuery,
  publishProgrammeMutation,
  updateProgrammeMutation,
  type CreateProgrammeInput,
  type EligibilityApplicantInput,
} from "@ascent/client";
import { AfcBand, DeliveryMode, EligibilityRequirement, EthnicityCriterion, ModuleKind, Role, StaffGroup } from "@ascent/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ModuleTemplate } from "../src/modules/programme/module-template.entity";
import { Programme } from "../src/modules/programme/programme.entity";
import { seedDemoData } from "../src/seed/seed-demo-data";
import type { GraphQLClient } from "./support/graphql-client";
import { createTestServer, TestServer } from "./support/test-server";

const create = (input: CreateProgrammeInput, client = manager) => client.data(createProgrammeMutation, { input });
const created = async (input: CreateProgrammeInput) => (await create(input)).createProgramme.programme!;
const publish = (id: string) => manager.data(publishProgrammeMutation, { input: { id } });

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
  const { organisations } = await admin.data(organisationsQuery, { first: 100 });
  academyId = organisations.edges.find((e) => e.node.name === "South East Leadership Academy")!.node.id;
  trustId = organisations.edges.find((e) => e.node.odsCode === "RTH")!.node.id;
});
afterAll(() => server.close());

const programmeCount = () => server.dataSource.getRepository(Programme).count();
const validInput = (): CreateProgrammeInput => ({
  academyId,
  title: "  Aspiring  Leaders ",
  summary: "A programme for aspiring leaders.",
  duration: "3 months",
  deliveryModes: [DeliveryMode.FACE_TO_FACE, DeliveryMode.ONLINE, DeliveryMode.ONLINE],
  aims: ["Grow leaders", "  "],
  eligibility: {
    bands: [AfcBand.BAND_5, AfcBand.BAND_6, AfcBand.BAND_7],
    ethnicity: EthnicityCriterion.POSITIVE_ACTION_BME,
    memberOrganisationsOnly: true,
    requirements: [EligibilityRequirement.LINE_MANAGER_SUPPORT],
  },
  tracks: [
    {
      name: "Band 7",
      eligibility: { bands: [AfcBand.BAND_7] },
      modules: [
        { title: "Workshop 1", kind: ModuleKind.WORKSHOP, lengthDays: 3 },
        { title: "Workshop 2", kind: ModuleKind.WORKSHOP, lengthDays: 2 },
      ],
    },
    { name: "Bands 5 and 6", eligibility: { bands: [AfcBand.BAND_5, AfcBand.BAND_6] }, modules: [{ title: "Module 1", kind: ModuleKind.MODULE, lengthDays: 2 }] },
  ],
  modules: [{ title: "Mentoring", kind: ModuleKind.MENTORING, lengthDays: 0 }],
});

describe("createProgramme", () => {
  it("creates a draft with normalised text, tracks and their modules in order", async () => {
    const { createProgramme } = await create(validInput());
    expect(createProgramme.userErrors).toEqual([]);
    const p = createProgramme.programme!;
    expect(p).toMatchObject({ title: "Aspiring Leaders", status: "DRAFT", modules: [{ title: "Mentoring", kind: "MENTORING", lengthDays: 0 }] });
    expect(p.tracks.map((t) => [t.name, t.eligibility?.bands, t.modules.map((m) => m.lengthDays)])).toEqual([
      ["Band 7", ["BAND_7"], [3, 2]],
      ["Bands 5 and 6", ["BAND_5", "BAND_6"], [2]],
    ]);
  });

  it("reports every problem with its field path and saves nothing", async () => {
    const before = await programmeCount();
    const modulesBefore = await server.dataSource.getRepository(ModuleTemplate).count();
    const input = { ...validInput(), title: " ", summary: "", duration: "", tracks: [{ name: "", modules: [{ title: "Workshop", kind: ModuleKind.WORKSHOP, lengthDays: 0 }] }] };
    const { createProgramme } = await create(input);
    expect(createProgramme.programme).toBeNull();
    expect(createProgramme.userErrors.map((e) => [e.field?.join("."), e.code])).toEqual([
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
    const { createProgramme } = await create({ ...validInput(), academyId: trustId });
    expect(createProgramme.userErrors).toMatchObject([{ field: ["academyId"], code: "INVALID" }]);
  });

  it("refuses an unknown band at the schema, naming the path, and saves nothing", async () => {
    const before = await programmeCount();
    // A value no client can send through the types: the schema must refuse it.
    const response = await manager.request(createProgrammeMutation, { input: { ...validInput(), eligibility: { bands: ["BAND_10" as AfcBand] } } });
    expect(response.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(response.errors?.[0].message).toContain("input.eligibility.bands[0]");
    expect(await programmeCount()).toBe(before);
  });

  it("reports repeated eligibility values at their path", async () => {
    const { createProgramme } = await create({ ...validInput(), eligibility: { bands: [AfcBand.BAND_5, AfcBand.BAND_5] } });
    expect(createProgramme.userErrors).toEqual([{ field: ["eligibility", "bands", "1"], code: "INVALID", message: "BAND_5 is listed twice." }]);
  });

  it("is for administrators and programme managers only", async () => {
    const facilitator = await server.signedInAs(Role.FACILITATOR);
    expect((await facilitator.request(createProgrammeMutation, { input: validInput() })).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect((await server.anonymous().request(createProgrammeMutation, { input: validInput() })).errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
  });
});

describe("programme status", () => {
  it("publishes only with a curriculum and delivery modes, archives, and refuses other moves", async () => {
    const empty = await created({ academyId, title: "Empty", summary: "Nothing yet.", duration: "1 day" });
    expect((await publish(empty.id)).publishProgramme.userErrors.map((e) => e.field?.[0])).toEqual(["deliveryModes", "modules"]);
    const full = await created(validInput());
    const { publishProgramme } = await publish(full.id);
    expect({ programme: { status: publishProgramme.programme?.status }, userErrors: publishProgramme.userErrors }).toEqual({ programme: { status: "PUBLISHED" }, userErrors: [] });
    expect((await publish(full.id)).publishProgramme.userErrors).toMatchObject([{ field: ["id"], code: "INVALID_TRANSITION" }]);
    expect((await manager.data(archiveProgrammeMutation, { input: { id: full.id } })).archiveProgramme.programme?.status).toBe("ARCHIVED");
  });

  it("hides drafts from anonymous callers", async () => {
    const draft = await created(validInput());
    expect((await server.anonymous().data(programmeQuery, { id: draft.id })).programme).toBeNull();
    expect((await server.anonymous().data(nodeQuery, { id: draft.id })).node).toBeNull();
    expect((await manager.data(programmeQuery, { id: draft.id })).programme?.title).toBe("Aspiring Leaders");
    const { programmes } = await server.anonymous().data(programmesQuery, { first: 100 });
    expect(programmes.edges.every((e) => e.node.status === "PUBLISHED")).toBe(true);
  });
});

describe("updateProgramme", () => {
  it("changes only what is given and replaces the shared curriculum", async () => {
    const p = await created(validInput());
    const { updateProgramme } = await manager.data(updateProgrammeMutation, {
      input: { id: p.id, summary: "New summary.", modules: [{ title: "Evaluation", kind: ModuleKind.EVALUATION, lengthDays: 0 }], eligibility: { staffGroups: [StaffGroup.HR_OD] } },
    });
    expect(updateProgramme.userErrors).toEqual([]);
    expect(updateProgramme.programme).toMatchObject({ title: "Aspiring Leaders", modules: [{ title: "Evaluation" }], eligibility: { staffGroups: ["HR_OD"], bands: null } });
    expect(updateProgramme.programme?.tracks).toHaveLength(2);
  });
});

describe("checkEligibility", () => {
  it("explains the result per rule, with the track's bands and the academy's members", async () => {
    const p = await created(validInput());
    const applicant: EligibilityApplicantInput = { band: AfcBand.BAND_6, identifiesAsBlackAsianOrMinorityEthnic: true, organisationId: trustId, lineManagerSupports: true };
    const whole = (await manager.data(checkEligibilityQuery, { programmeId: p.id, applicant })).checkEligibility;
    expect(whole.eligible).toBe(true);
    expect(whole.reasons.map((r) => r.rule)).toEqual(["GRADE", "POSITIVE_ACTION", "MEMBER_ORGANISATION", "LINE_MANAGER_SUPPORT"]);
    expect(whole.reasons[2].explanation).toBe("Your organisation is a member organisation of South East Leadership Academy.");
    const band7 = (await manager.data(checkEligibilityQuery, { programmeId: p.id, trackId: p.tracks[0].id, applicant })).checkEligibility;
    expect(band7.eligible).toBe(false);
    expect(band7.reasons[0]).toMatchObject({ rule: "GRADE", met: false });
  });
});
