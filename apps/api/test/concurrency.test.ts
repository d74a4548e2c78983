import { AllocationPolicy, DeliveryMode, ModuleKind, OrganisationKind, Role } from "@ascent/domain";
import {
  addAcademyMemberMutation,
  archiveProgrammeMutation,
  auditEventsQuery,
  createCohortMutation,
  createOrganisationMutation,
  createProgrammeMutation,
  deactivateUserMutation,
  openCohortMutation,
  publishProgrammeMutation,
  removeAcademyMemberMutation,
  scheduleCohortMutation,
  updateOrganisationMutation,
  updateUserMutation,
} from "@ascent/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toGlobalId } from "../src/graphql/relay/global-id";
import { GraphQLClient, type GraphQLResponse } from "./support/graphql-client";
import { createTestServer, TestServer } from "./support/test-server";

/**
 * Rules that a read-then-write would break under concurrent requests,
 * tried with the requests truly in parallel (Promise.all over HTTP, from
 * separate sessions), several rounds each.
 */
const ROUNDS = 6;

let server: TestServer;
let adminX: GraphQLClient;
let adminY: GraphQLClient;

const ADMINS = ["x@admins.test", "y@admins.test"];

beforeAll(async () => {
  server = await createTestServer();
  adminX = await server.signedInAs(Role.ADMIN, ADMINS[0]);
  adminY = await server.signedInAs(Role.ADMIN, ADMINS[1]);
});
afterAll(() => server.close());

async function userId(email: string): Promise<string> {
  const [{ id }] = await server.dataSource.query(`SELECT id FROM user_account WHERE email = $1`, [email]);
  return toGlobalId("User", id);
}

async function createOrganisation(name: string, kind = OrganisationKind.OTHER): Promise<string> {
  const { createOrganisation } = await adminX.data(createOrganisationMutation, { input: { name, kind } });
  expect(createOrganisation.userErrors).toEqual([]);
  return createOrganisation.organisation!.id;
}

describe("organisation re-parenting", () => {
  it("never makes a loop, even when A goes under B and B under A at the same moment", async () => {
    const a = await createOrganisation("Loop A");
    const b = await createOrganisation("Loop B");
    const c = await createOrganisation("Loop C");
    const outcomes: string[] = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      await server.dataSource.query(`UPDATE organisation SET parent_id = NULL WHERE name LIKE 'Loop %'`);
      // Alternately a two-step loop (A<->B) and a three-step one (A->B->C->A).
      const moves = round % 2 === 0 ? [[a, b], [b, a]] : [[a, b], [b, c], [c, a]];
      const clients = [adminX, adminY, adminX];
      const results = await Promise.all(moves.map(([id, parentId], i) => clients[i].data(updateOrganisationMutation, { input: { id, parentId } })));
      const refused = results.filter((r) => r.updateOrganisation.userErrors.length > 0);
      expect(refused.length, `round ${round}`).toBe(1);
      expect(refused[0].updateOrganisation.userErrors.map(({ field, code }) => ({ field, code }))).toEqual([{ field: ["parentId"], code: "INVALID" }]);
      const cycles: unknown[] = await server.dataSource.query(
        `WITH RECURSIVE up(start_id, id, depth) AS (
           SELECT id, parent_id, 1 FROM organisation WHERE parent_id IS NOT NULL
           UNION ALL SELECT up.start_id, o.parent_id, up.depth + 1 FROM up JOIN organisation o ON o.id = up.id WHERE o.parent_id IS NOT NULL AND up.depth < 10
         ) SELECT 1 FROM up WHERE id = start_id LIMIT 1`,
      );
      expect(cycles, `round ${round}`).toEqual([]);
      outcomes.push(String(results.findIndex((r) => r.updateOrganisation.userErrors.length > 0)));
    }
    expect(outcomes).toHaveLength(ROUNDS);
  });
});

describe("the last active administrator", () => {
  /** One administrator's request against another: its payload, or the errors that turned it away. */
  type Attempt = (client: GraphQLClient) => Promise<{ payload?: { user: unknown; userErrors: Array<{ code: string; message: string }> }; errors: GraphQLResponse["errors"] }>;
  const deactivate =
    (id: string): Attempt =>
    async (client) => {
      const response = await client.request(deactivateUserMutation, { input: { id } });
      return { payload: response.data?.deactivateUser, errors: response.errors };
    };

  async function resetAdmins() {
    await server.dataSource.query(`UPDATE user_account SET role = 'ADMIN', organisation_id = NULL, deactivated_at = NULL WHERE email = ANY($1)`, [ADMINS]);
    adminX = await server.signedInAs(Role.ADMIN, ADMINS[0]);
    adminY = await server.signedInAs(Role.ADMIN, ADMINS[1]);
  }

  const activeAdmins = async () => (await server.dataSource.query(`SELECT count(*)::int AS n FROM user_account WHERE role = 'ADMIN' AND deactivated_at IS NULL`))[0].n as number;

  it("can't be lost to two administrators demoting or deactivating each other at the same moment", async () => {
    const academy = await createOrganisation("Admins' academy", OrganisationKind.ACADEMY);
    const x = await userId(ADMINS[0]);
    const y = await userId(ADMINS[1]);
    const demote =
      (id: string): Attempt =>
      async (client) => {
        const response = await client.request(updateUserMutation, { input: { id, role: Role.PROGRAMME_MANAGER, organisationId: academy } });
        return { payload: response.data?.updateUser, errors: response.errors };
      };
    // What X does to Y, and Y to X, in parallel.
    const plans: Array<[string, Attempt[]]> = [
      ["demote each other", [demote(y), demote(x)]],
      ["deactivate each other", [deactivate(y), deactivate(x)]],
      ["one demotes, the other deactivates", [demote(y), deactivate(x)]],
    ];
    let sideBySide = 0;
    for (let round = 0; round < ROUNDS; round += 1) {
      const [label, calls] = plans[round % plans.length];
      await resetAdmins();
      const results = await Promise.all(calls.map((attempt, i) => attempt([adminX, adminY][i])));
      expect(await activeAdmins(), `${label}, round ${round}`).toBe(1);
      const payloads = results.map((r) => r.payload);
      expect(payloads.filter((p) => p?.user && p.userErrors.length === 0), `${label}, round ${round}`).toHaveLength(1);
      // The other is refused: by the rule when both ran side by side, or (if it came in after the first had finished)
      // because its sender is no longer an active administrator.
      const ruled = payloads.flatMap((p) => p?.userErrors ?? []);
      const turnedAway = results.flatMap((r) => (r.errors ?? []).map((e) => e.extensions?.code));
      expect([...ruled.map((e) => `${e.code}: ${e.message}`), ...turnedAway], `${label}, round ${round}`).toEqual([
        expect.stringMatching(/^(FORBIDDEN: .*at least one active administrator.*|UNAUTHENTICATED|FORBIDDEN)$/),
      ]);
      if (ruled.length) sideBySide += 1;
    }
    // The requests did overlap (so the lock, not the order of arrival, kept an administrator).
    expect(sideBySide).toBeGreaterThan(0);
  });

  it("lets an administrator step down while another stays", async () => {
    await resetAdmins();
    const { updateUser } = await adminX.data(updateUserMutation, {
      input: { id: await userId(ADMINS[1]), role: Role.FACILITATOR, organisationId: await createOrganisation("Step-down provider", OrganisationKind.FACILITATION_PROVIDER) },
    });
    expect(updateUser.userErrors).toEqual([]);
    expect(await activeAdmins()).toBe(1);
  });
});

describe("archiving a programme and opening its cohorts", () => {
  let manager: GraphQLClient;
  let otherManager: GraphQLClient;
  let programmeId: string;
  let cohortId: string;

  beforeAll(async () => {
    const academy = await createOrganisation("Race Academy", OrganisationKind.ACADEMY);
    const academyName = "Race Academy";
    manager = await server.signedInAs(Role.PROGRAMME_MANAGER, "race-manager@academy.test", academyName);
    otherManager = await server.signedInAs(Role.PROGRAMME_MANAGER, "race-manager-2@academy.test", academyName);
    const { createProgramme } = await manager.data(createProgrammeMutation, {
      input: {
        academyId: academy,
        title: "Race programme",
        summary: "Opened and archived at once.",
        duration: "2 months",
        deliveryModes: [DeliveryMode.ONLINE],
        modules: [{ title: "Only module", kind: ModuleKind.WORKSHOP, lengthDays: 1 }],
      },
    });
    expect(createProgramme.userErrors).toEqual([]);
    programmeId = createProgramme.programme!.id;
    const { publishProgramme } = await manager.data(publishProgrammeMutation, { input: { id: programmeId } });
    expect(publishProgramme.userErrors).toEqual([]);
    const year = new Date().getUTCFullYear() + 2;
    const { createCohort } = await manager.data(createCohortMutation, {
      input: {
        programmeId,
        name: "Race cohort",
        capacity: 10,
        allocationPolicy: AllocationPolicy.PANEL_SELECTION,
        startsOn: `${year}-09-06`,
        endsOn: `${year}-10-29`,
        applicationsOpenAt: { date: `${year - 1}-12-01`, time: "09:00" },
        applicationsCloseAt: { date: `${year}-06-30`, time: "17:00" },
      },
    });
    expect(createCohort.userErrors).toEqual([]);
    cohortId = createCohort.cohort!.id;
    const { scheduleCohort } = await manager.data(scheduleCohortMutation, { input: { cohortId } });
    expect(scheduleCohort.userErrors).toEqual([]);
  });

  const statuses = async () => {
    const [row] = await server.dataSource.query(`SELECT p.status AS programme, c.status AS cohort FROM cohort c JOIN programme p ON p.id = c.programme_id WHERE c.name = 'Race cohort'`);
    return row as { programme: string; cohort: string };
  };

  it("never leaves an archived programme with an open cohort when both happen at the same moment", async () => {
    const seen = new Set<string>();
    for (let round = 0; round < ROUNDS; round += 1) {
      await server.dataSource.query(`UPDATE programme SET status = 'PUBLISHED' WHERE title = 'Race programme'`);
      await server.dataSource.query(`UPDATE cohort SET status = 'PLANNED' WHERE name = 'Race cohort'`);
      const [archive, open] = await Promise.all([
        manager.data(archiveProgrammeMutation, { input: { id: programmeId } }),
        otherManager.data(openCohortMutation, { input: { id: cohortId } }),
      ]);
      const after = await statuses();
      expect(after.programme === "ARCHIVED" && after.cohort === "OPEN", `round ${round}`).toBe(false);
      // Exactly one of the two wins; the other is refused as an invalid transition.
      const refused = [archive.archiveProgramme.userErrors, open.openCohort.userErrors].filter((e) => e.length > 0).map((errors) => errors.map(({ code }) => ({ code })));
      expect(refused, `round ${round}`).toEqual([[{ code: "INVALID_TRANSITION" }]]);
      seen.add(after.programme === "ARCHIVED" ? "archived first" : "opened first");
    }
    expect(seen.size).toBeGreaterThan(0);
  });

  it("counts a cohort by its effective status: open but past its window is closed, and doesn't stop archiving", async () => {
    await server.dataSource.query(`UPDATE programme SET status = 'PUBLISHED' WHERE title = 'Race programme'`);
    await server.dataSource.query(`UPDATE cohort SET status = 'OPEN', applications_close_at = now() + interval '1 day' WHERE name = 'Race cohort'`);
    const refused = await manager.data(archiveProgrammeMutation, { input: { id: programmeId } });
    expect(refused.archiveProgramme.userErrors.map(({ code }) => ({ code }))).toEqual([{ code: "INVALID_TRANSITION" }]);
    await server.dataSource.query(`UPDATE cohort SET applications_open_at = now() - interval '2 days', applications_close_at = now() - interval '1 minute' WHERE name = 'Race cohort'`);
    const archived = await manager.data(archiveProgrammeMutation, { input: { id: programmeId } });
    expect(archived.archiveProgramme.userErrors).toEqual([]);
    expect(archived.archiveProgramme.programme?.status).toBe("ARCHIVED");
  });
});

describe("academy membership", () => {
  it("writes an audit event on the academy and on the member for each change, and none when nothing changed", async () => {
    const academyId = await createOrganisation("Audited Academy", OrganisationKind.ACADEMY);
    const organisationId = await createOrganisation("Audited Trust", OrganisationKind.TRUST);
    const input = { academyId, organisationId };
    expect((await adminX.data(addAcademyMemberMutation, { input })).addAcademyMember.userErrors).toEqual([]);
    await adminX.data(addAcademyMemberMutation, { input });
    await adminX.data(removeAcademyMemberMutation, { input });
    await adminX.data(removeAcademyMemberMutation, { input });
    const eventsOf = async (targetId: string) =>
      (await adminX.data(auditEventsQuery, { first: 50, filter: { targetId } })).auditEvents.edges
        .map(({ node }) => ({ operation: node.operation, changedFields: node.changedFields, actor: node.actor && { email: node.actor.email } }))
        .filter((n) => n.operation.endsWith("AcademyMember"));
    const actor = { email: ADMINS[0] };
    expect(await eventsOf(academyId)).toEqual(
      expect.arrayContaining([
        { operation: "addAcademyMember", changedFields: ["members"], actor },
        { operation: "removeAcademyMember", changedFields: ["members"], actor },
      ]),
    );
    expect(await eventsOf(academyId)).toHaveLength(2);
    expect(await eventsOf(organisationId)).toEqual(
      expect.arrayContaining([
        { operation: "addAcademyMember", changedFields: ["academies"], actor },
        { operation: "removeAcademyMember", changedFields: ["academies"], actor },
      ]),
    );
    expect(await eventsOf(organisationId)).toHaveLength(2);
  });
});
