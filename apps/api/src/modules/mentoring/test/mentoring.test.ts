import { academyMentorCountQuery, addMentorMutation, mentorsQuery, nodeQuery, type AddMentorInput, type MentorFilter } from "@ascent/client";
import { AfcBand, Role } from "@ascent/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toGlobalId } from "../../../graphql/relay/global-id";
import { seedDemoData } from "../../../seed/seed-demo-data";
import type { GraphQLClient } from "../../../../test/support/graphql-client";
import { createTestServer, TestServer } from "../../../../test/support/test-server";

/** The directory of mentors and coaches: the worked example of docs/extending.md. */
let server: TestServer;
let managerA: GraphQLClient;
let managerB: GraphQLClient;
let admin: GraphQLClient;
let academyA: string;
let academyB: string;
let trust: string;

const organisationId = async (name: string) => toGlobalId("Organisation", (await server.dataSource.query(`SELECT id FROM organisation WHERE name = $1`, [name]))[0].id);
const mentorRows = async () => Number((await server.dataSource.query(`SELECT count(*)::int AS n FROM mentor`))[0].n);
const entry = (overrides: Partial<AddMentorInput> = {}): AddMentorInput => ({
  academyId: academyA,
  name: "Dr Amara Okafor",
  email: "amara.okafor@nhs.net",
  organisationId: trust,
  band: AfcBand.BAND_8C,
  offers: "MENTORING",
  expertise: ["clinical leadership", "estates strategy"],
  capacity: 2,
  ...overrides,
});

const add = (client: GraphQLClient, input: AddMentorInput) => client.data(addMentorMutation, { input });
const namesSeenBy = async (client: GraphQLClient, filter?: MentorFilter) => (await client.data(mentorsQuery, { first: 50, filter })).mentors.edges.map((e) => e.node.name);

beforeAll(async () => {
  server = await createTestServer();
  await seedDemoData(server.dataSource);
  managerA = await server.signedInAs(Role.PROGRAMME_MANAGER, "a@southeast.test", "South East Leadership Academy");
  managerB = await server.signedInAs(Role.PROGRAMME_MANAGER, "b@hpma.test", "HPMA London Academy");
  admin = await server.signedInAs(Role.ADMIN);
  academyA = await organisationId("South East Leadership Academy");
  academyB = await organisationId("HPMA London Academy");
  const [someTrust] = await server.dataSource.query(`SELECT id FROM organisation WHERE kind = 'TRUST' ORDER BY name LIMIT 1`);
  trust = toGlobalId("Organisation", someTrust.id);
});
afterAll(() => server.close());

describe("mentoring directory", () => {
  it("a programme manager adds someone to their academy's directory and finds them by expertise", async () => {
    const { addMentor } = await add(managerA, entry());
    expect(addMentor.userErrors).toEqual([]);
    expect(addMentor.mentor).toMatchObject({ name: "Dr Amara Okafor", capacity: 2, expertise: ["clinical leadership", "estates strategy"], offers: "MENTORING", band: "BAND_8C" });
    expect(addMentor.mentor!.organisation?.name).toBeTruthy();
    expect(await namesSeenBy(managerA, { search: "ESTATES" })).toEqual(["Dr Amara Okafor"]);
    const audit = await server.dataSource.query(`SELECT changed_fields FROM audit_event WHERE operation = 'addMentor'`);
    expect(audit).toHaveLength(1);
  });

  it("keeps each academy's directory to itself; administrators see every academy's", async () => {
    expect(await namesSeenBy(managerB)).not.toContain("Dr Amara Okafor");
    expect(await namesSeenBy(managerB, { academyId: academyA })).toEqual([]);
    expect(await namesSeenBy(managerB, { academyId: academyB })).toContain("Priya Shah");
    const refused = await add(managerB, entry({ email: "someone@nhs.net" }));
    expect(refused.addMentor.userErrors).toEqual([expect.objectContaining({ field: ["academyId"], code: "NOT_FOUND" })]);
    expect(await namesSeenBy(admin, { academyId: academyA })).toContain("Dr Amara Okafor");
    expect(await namesSeenBy(admin, { academyId: academyA })).not.toContain("Priya Shah");
    const id = (await managerA.data(mentorsQuery, { first: 1, filter: { search: "Amara" } })).mentors.edges[0].node.id;
    expect((await managerB.data(nodeQuery, { id })).node).toBeNull();
    expect((await managerA.data(nodeQuery, { id })).node!.id).toBe(id);
  });

  it("refuses bad entries with a message per field and saves nothing, never changing what was typed", async () => {
    const before = await mentorRows();
    const { addMentor } = await add(
      managerA,
      entry({ name: " ", email: "not-an-email", capacity: 0, expertise: ["", "x".repeat(101)], organisationId: toGlobalId("Organisation", "00000000-0000-4000-8000-000000000000") }),
    );
    const byField = Object.fromEntries(addMentor.userErrors.map((e) => [e.field?.join("."), e.code]));
    expect(byField).toEqual({ name: "REQUIRED", email: "INVALID", capacity: "INVALID", "expertise.0": "REQUIRED", "expertise.1": "TOO_LONG", organisationId: "NOT_FOUND" });
    expect((await add(managerA, entry({ capacity: 11, email: "x@nhs.net" }))).addMentor.userErrors[0].message).toMatch(/1 to 10/);
    expect((await add(managerA, entry({ email: "AMARA.OKAFOR@nhs.net" }))).addMentor.userErrors).toEqual([expect.objectContaining({ field: ["email"], code: "TAKEN" })]);
    expect(await mentorRows()).toBe(before);
  });

  it("is closed to facilitators, partners and the public", async () => {
    const facilitator = await server.signedInAs(Role.FACILITATOR, "f@thresholds.test", "Thresholds Ltd");
    expect((await facilitator.request(mentorsQuery, { first: 50 })).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await server.anonymous().request(mentorsQuery, { first: 50 })).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});

describe("Organisation.mentorCount (a field one feature adds to another's type)", () => {
  it("counts an academy's directory for those who keep it, and is null for everyone else", async () => {
    const count = async (client: GraphQLClient, id: string) => (await client.data(academyMentorCountQuery, { id })).organisation!.mentorCount;
    const [{ n }] = await server.dataSource.query(`SELECT count(*)::int AS n FROM mentor m JOIN organisation o ON o.id = m.academy_id WHERE o.name = 'South East Leadership Academy'`);
    expect(n).toBeGreaterThan(0);
    expect(await count(managerA, academyA)).toBe(n);
    expect(await count(admin, academyA)).toBe(n);
    expect(await count(managerB, academyA)).toBeNull();
    expect(await count(managerA, trust)).toBeNull();
  });
});
