import {
  auditEventsQuery,
  createOrganisationMutation,
  nodeQuery,
  organisationQuery,
  organisationsQuery,
  updateOrganisationMutation,
  type CreateOrganisationInput,
  type OrganisationsQuery,
  type UpdateOrganisationInput,
} from "@ascent/client";
import { NhsRegion, OrganisationKind, Role } from "@ascent/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Organisation } from "../src/modules/organisation/organisation.entity";
import { seedDemoData } from "../src/seed/seed-demo-data";
import type { GraphQLClient } from "./support/graphql-client";
import { createTestServer, TestServer } from "./support/test-server";

let server: TestServer;
let admin: GraphQLClient;

beforeAll(async () => {
  server = await createTestServer();
  await seedDemoData(server.dataSource);
  admin = await server.signedInAs(Role.ADMIN);
});
afterAll(() => server.close());

const organisationCount = () => server.dataSource.getRepository(Organisation).count();
const create = (input: CreateOrganisationInput, client = admin) => client.data(createOrganisationMutation, { input });
const update = (input: UpdateOrganisationInput) => admin.data(updateOrganisationMutation, { input });

describe("createOrganisation", () => {
  it("creates an organisation with a normalised ODS code and a parent", async () => {
    const { organisations } = await admin.data(organisationsQuery, { filter: { search: "QM7" } });
    const icb = organisations.edges[0].node;
    const { createOrganisation } = await create({
      name: "  Hertfordshire  Community NHS Trust ",
      kind: OrganisationKind.TRUST,
      odsCode: " ry4 ",
      region: NhsRegion.EAST_OF_ENGLAND,
      parentId: icb.id,
    });
    expect(createOrganisation.userErrors).toEqual([]);
    expect(createOrganisation.organisation).toMatchObject({
      name: "Hertfordshire Community NHS Trust",
      kind: "TRUST",
      odsCode: "RY4",
      region: "EAST_OF_ENGLAND",
      parent: { id: icb.id },
    });
  });

  it("refuses a duplicate ODS code, naming the field and the holder, and saves nothing", async () => {
    const before = await organisationCount();
    const { createOrganisation } = await create({ name: "Another trust", kind: OrganisationKind.TRUST, odsCode: "rj1" });
    expect(createOrganisation.organisation).toBeNull();
    expect(createOrganisation.userErrors).toEqual([
      { field: ["odsCode"], code: "TAKEN", message: "RJ1 is already used by Guy's and St Thomas' NHS Foundation Trust." },
    ]);
    expect(await organisationCount()).toBe(before);
  });

  it("reports every problem at once: empty name, malformed ODS code, unknown parent", async () => {
    const before = await organisationCount();
    const { createOrganisation } = await create({
      name: "   ",
      kind: OrganisationKind.TRUST,
      odsCode: "R-1",
      parentId: "T3JnYW5pc2F0aW9uOjAwMDAwMDAwLTAwMDAtNDAwMC04MDAwLTAwMDAwMDAwMDAwMA",
    });
    expect(createOrganisation.userErrors.map((e) => [e.field?.join("."), e.code])).toEqual([
      ["name", "REQUIRED"],
      ["odsCode", "INVALID"],
      ["parentId", "NOT_FOUND"],
    ]);
    expect(await organisationCount()).toBe(before);
  });

  it("refuses a name over 200 characters", async () => {
    const { createOrganisation } = await create({ name: "x".repeat(201), kind: OrganisationKind.OTHER });
    expect(createOrganisation.userErrors).toMatchObject([{ field: ["name"], code: "TOO_LONG" }]);
  });

  it("rejects an unknown kind at the schema level with a code", async () => {
    // Deliberately not a kind: what a hand-written caller might send.
    const response = await admin.request(createOrganisationMutation, { input: { name: "X", kind: "HOSPITAL" as OrganisationKind } });
    expect(response.status).toBe(400);
    expect(response.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("lets only administrators create", async () => {
    const manager = await server.signedInAs(Role.PROGRAMME_MANAGER);
    const input = { name: "Sneaky", kind: OrganisationKind.OTHER };
    const response = await manager.request(createOrganisationMutation, { input });
    expect(response.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const anonymous = await server.anonymous().request(createOrganisationMutation, { input });
    expect(anonymous.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    expect(await server.dataSource.getRepository(Organisation).countBy({ name: "Sneaky" })).toBe(0);
  });

  it("gives exactly one of two concurrent creates with the same ODS code", async () => {
    const results = await Promise.all(["Race A", "Race B"].map((name) => create({ name, kind: OrganisationKind.TRUST, odsCode: "ZZ9" })));
    const succeeded = results.filter((r) => r.createOrganisation.organisation);
    const refused = results.filter((r) => r.createOrganisation.userErrors.length);
    expect(succeeded).toHaveLength(1);
    expect(refused[0].createOrganisation.userErrors[0]).toMatchObject({ field: ["odsCode"], code: "TAKEN" });
  });
});

describe("updateOrganisation", () => {
  const created = async (name: string, odsCode: string | null = null, parentId: string | null = null, kind = OrganisationKind.TRUST) => {
    const { organisation } = (await create({ name, kind, odsCode, parentId })).createOrganisation;
    if (!organisation) throw new Error(`could not create ${name}`);
    return organisation;
  };

  it("changes only the fields given and clears those given as null", async () => {
    const organisation = await created("Renamed Trust", "ZZ1");
    const { updateOrganisation } = await update({ id: organisation.id, name: "Renamed NHS Trust", region: NhsRegion.LONDON });
    expect(updateOrganisation.organisation).toMatchObject({ name: "Renamed NHS Trust", odsCode: "ZZ1", region: "LONDON" });
    const cleared = await update({ id: organisation.id, odsCode: null, region: null });
    expect(cleared.updateOrganisation.organisation).toMatchObject({ name: "Renamed NHS Trust", odsCode: null, region: null });
  });

  it("keeps its own ODS code without calling it taken, but refuses another's", async () => {
    const organisation = await created("Keeps Code Trust", "ZZ2");
    const same = await update({ id: organisation.id, odsCode: "zz2" });
    expect(same.updateOrganisation.userErrors).toEqual([]);
    const taken = await update({ id: organisation.id, odsCode: "RJ1", name: "Changed name" });
    expect(taken.updateOrganisation.userErrors).toMatchObject([{ field: ["odsCode"], code: "TAKEN" }]);
    const row = await server.dataSource.getRepository(Organisation).findOneByOrFail({ odsCode: "ZZ2" });
    expect(row.name).toBe("Keeps Code Trust");
  });

  it("refuses a parent that would make a loop", async () => {
    const top = await created("Loop Top");
    const middle = await created("Loop Middle", null, top.id, OrganisationKind.OTHER);
    const bottom = await created("Loop Bottom", null, middle.id, OrganisationKind.OTHER);
    const loop = await update({ id: top.id, parentId: bottom.id });
    expect(loop.updateOrganisation.userErrors).toMatchObject([{ field: ["parentId"], code: "INVALID" }]);
    const self = await update({ id: top.id, parentId: top.id });
    expect(self.updateOrganisation.userErrors).toMatchObject([{ field: ["parentId"], code: "INVALID" }]);
  });

  it("answers NOT_FOUND for an id that doesn't exist and BAD_USER_INPUT for a garbled one", async () => {
    const missing = await admin.request(updateOrganisationMutation, { input: { id: "T3JnYW5pc2F0aW9uOjAwMDAwMDAwLTAwMDAtNDAwMC04MDAwLTAwMDAwMDAwMDAwMA", name: "X" } });
    expect(missing.errors?.[0].extensions?.code).toBe("NOT_FOUND");
    const garbled = await admin.request(updateOrganisationMutation, { input: { id: "not-an-id", name: "X" } });
    expect(garbled.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });
});

describe("organisations and organisation(id:)", () => {
  it("pages forwards and backwards through every organisation exactly once, with totalCount", async () => {
    const total = await organisationCount();
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const { organisations }: OrganisationsQuery = await admin.data(organisationsQuery, { first: 7, after });
      expect(organisations.totalCount).toBe(total);
      seen.push(...organisations.edges.map((e) => e.node.id));
      pages += 1;
      if (!organisations.pageInfo.hasNextPage) break;
      after = organisations.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    expect(pages).toBe(Math.ceil(total / 7));

    const seenBackwards: string[] = [];
    let before: string | null = null;
    for (;;) {
      const { organisations }: OrganisationsQuery = await admin.data(organisationsQuery, { last: 7, before });
      seenBackwards.unshift(...organisations.edges.map((e) => e.node.id));
      if (!organisations.pageInfo.hasPreviousPage) break;
      before = organisations.pageInfo.startCursor;
    }
    expect(seenBackwards).toEqual(seen);
  });

  it("sorts by name case-insensitively by default, and by ODS code descending on request", async () => {
    const byName = await admin.data(organisationsQuery, { first: 100 });
    const names = byName.organisations.edges.map((e) => e.node.name.toLowerCase());
    expect(names).toEqual([...names].sort());
    const byCode = await admin.data(organisationsQuery, { first: 10, filter: { kinds: [OrganisationKind.TRUST] }, orderBy: { field: "ODS_CODE", direction: "DESC" } });
    const codes = byCode.organisations.edges.map((e) => e.node.odsCode);
    expect(codes).toEqual([...codes].sort().reverse());
  });

  it("filters by search text, kind and region", async () => {
    const search = await admin.data(organisationsQuery, { filter: { search: "leadership academy" } });
    expect(search.organisations.edges.map((e) => e.node.name)).toEqual(["NHS Leadership Academy", "South East Leadership Academy"]);
    const london = await admin.data(organisationsQuery, { first: 100, filter: { kinds: [OrganisationKind.TRUST], regions: [NhsRegion.LONDON] } });
    expect(london.organisations.totalCount).toBe(10);
    const percent = await admin.data(organisationsQuery, { filter: { search: "%" } });
    expect(percent.organisations.totalCount).toBe(0);
  });

  it("refuses page sizes outside 1 to 100 and garbled cursors with BAD_USER_INPUT", async () => {
    for (const variables of [{ first: 0 }, { first: 101 }, { after: "garbage" }, { first: 5, last: 5 }]) {
      const response = await admin.request(organisationsQuery, variables);
      expect(response.errors?.[0].extensions?.code, JSON.stringify(variables)).toBe("BAD_USER_INPUT");
    }
  });

  it("fetches one by id, through organisation(id:) and node(id:), and null for an unknown id", async () => {
    const { organisations } = await admin.data(organisationsQuery, { filter: { search: "RQW" } });
    const id = organisations.edges[0].node.id;
    const { organisation } = await admin.data(organisationQuery, { id });
    expect(organisation).toMatchObject({ id, odsCode: "RQW", name: "The Princess Alexandra Hospital NHS Trust", parent: { name: "NHS Hertfordshire and West Essex Integrated Care Board" } });
    const { node } = await admin.data(nodeQuery, { id });
    expect(node).toEqual({ __typename: "Organisation", id });
    const unknown = await admin.data(organisationQuery, { id: "T3JnYW5pc2F0aW9uOjAwMDAwMDAwLTAwMDAtNDAwMC04MDAwLTAwMDAwMDAwMDAwMA" });
    expect(unknown.organisation).toBeNull();
  });

  it("hides organisations from anonymous callers, including through node(id:)", async () => {
    const { organisations } = await admin.data(organisationsQuery, { first: 1 });
    const anonymous = server.anonymous();
    const list = await anonymous.request(organisationsQuery, {});
    expect(list.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    const node = await anonymous.data(nodeQuery, { id: organisations.edges[0].node.id });
    expect(node.node).toBeNull();
  });
});

describe("audit", () => {
  it("records who created and changed an organisation, with the fields named", async () => {
    const { organisation } = (await create({ name: "Audited Trust", kind: OrganisationKind.TRUST })).createOrganisation;
    await update({ id: organisation!.id, region: NhsRegion.LONDON });
    const { auditEvents } = await admin.data(auditEventsQuery, { filter: { targetId: organisation!.id } });
    const events = auditEvents.edges.map(({ node }) => ({ operation: node.operation, actorRole: node.actorRole, changedFields: node.changedFields, actor: node.actor && { email: node.actor.email } }));
    expect(events).toHaveLength(2);
    expect(events).toEqual(
      expect.arrayContaining([
        { operation: "updateOrganisation", actorRole: "ADMIN", changedFields: ["region"], actor: { email: "admin@test.ascent.local" } },
        { operation: "createOrganisation", actorRole: "ADMIN", changedFields: ["name", "kind"], actor: { email: "admin@test.ascent.local" } },
      ]),
    );
  });
});
