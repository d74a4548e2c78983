import {
  auditEventsQuery,
  closeCohortMutation,
  createCohortMutation,
  createProgrammeMutation,
  createTrackMutation,
  openCohortMutation,
  organisationsQuery,
  publishProgrammeMutation,
  redraftProgrammeMutation,
  scheduleCohortMutation,
  updateProgrammeMutation,
} from "@ascent/client";
import { AllocationPolicy, DeliveryMode, ModuleKind, Role } from "@ascent/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoData } from "../src/seed/seed-demo-data";
import type { GraphQLClient } from "./support/graphql-client";
import { createTestServer, TestServer } from "./support/test-server";

/**
 * The audit trail records every change to programmes, their tracks, cohorts
 * and their sessions (issue 12, item 6), filterable by the object a person
 * sees: a track's changes are its programme's, a session's its cohort's.
 */
let server: TestServer;
let admin: GraphQLClient;
let manager: GraphQLClient;
let academyId: string;

beforeAll(async () => {
  server = await createTestServer();
  await seedDemoData(server.dataSource);
  admin = await server.signedInAs(Role.ADMIN);
  manager = await server.signedInAs(Role.PROGRAMME_MANAGER, "manager@audit.test", "South East Leadership Academy");
  const { organisations } = await admin.data(organisationsQuery, { first: 100, filter: { search: "South East Leadership" } });
  academyId = organisations.edges.find((edge) => edge.node.name === "South East Leadership Academy")!.node.id;
});
afterAll(() => server.close());

async function trailOf(targetId: string) {
  const { auditEvents } = await admin.data(auditEventsQuery, { filter: { targetId }, first: 50 });
  return auditEvents.edges.map(({ node }) => ({ operation: node.operation, changedFields: node.changedFields, actorRole: node.actorRole })).reverse();
}

const inAYear = (month: string, day: string) => `${new Date().getUTCFullYear() + 1}-${month}-${day}`;

describe("audit of programmes and cohorts", () => {
  it("records creating, editing, publishing and returning a programme to draft, and its tracks' changes under the programme", async () => {
    const { createProgramme } = await manager.data(createProgrammeMutation, {
      input: { academyId, title: "Audited Programme", summary: "For the audit test.", duration: "3 months", deliveryModes: [DeliveryMode.ONLINE] },
    });
    const programmeId = createProgramme.programme!.id;
    await manager.data(createTrackMutation, { input: { programmeId, name: "Band 7", modules: [{ title: "Workshop", kind: ModuleKind.WORKSHOP, lengthDays: 1 }] } });
    await manager.data(updateProgrammeMutation, { input: { id: programmeId, summary: "Changed.", aims: ["Grow"] } });
    expect((await manager.data(publishProgrammeMutation, { input: { id: programmeId } })).publishProgramme.userErrors).toEqual([]);
    const { redraftProgramme } = await manager.data(redraftProgrammeMutation, { input: { id: programmeId } });
    expect(redraftProgramme.programme?.status).toBe("DRAFT");

    expect(await trailOf(programmeId)).toEqual([
      { operation: "createProgramme", changedFields: ["academyId", "title", "summary", "deliveryModes", "duration"], actorRole: "PROGRAMME_MANAGER" },
      { operation: "createTrack", changedFields: ["name", "modules"], actorRole: "PROGRAMME_MANAGER" },
      { operation: "updateProgramme", changedFields: ["summary", "aims"], actorRole: "PROGRAMME_MANAGER" },
      { operation: "publishProgramme", changedFields: ["status"], actorRole: "PROGRAMME_MANAGER" },
      { operation: "redraftProgramme", changedFields: ["status"], actorRole: "PROGRAMME_MANAGER" },
    ]);
  });

  it("records a cohort's creation, schedule and status moves, and keeps a programme with a cohort taking applications published", async () => {
    const { createProgramme } = await manager.data(createProgrammeMutation, {
      input: {
        academyId,
        title: "Audited Cohorts",
        summary: "For the audit test.",
        duration: "3 months",
        deliveryModes: [DeliveryMode.FACE_TO_FACE],
        modules: [{ title: "Workshop", kind: ModuleKind.WORKSHOP, lengthDays: 2 }],
      },
    });
    const programmeId = createProgramme.programme!.id;
    await manager.data(publishProgrammeMutation, { input: { id: programmeId } });
    const { createCohort } = await manager.data(createCohortMutation, {
      input: {
        programmeId,
        name: "Audited cohort",
        capacity: 12,
        allocationPolicy: AllocationPolicy.FIRST_COME_FIRST_SERVED,
        startsOn: inAYear("03", "01"),
        endsOn: inAYear("06", "30"),
        applicationsOpenAt: { date: "2020-01-01", time: "09:00" },
        applicationsCloseAt: { date: inAYear("01", "31"), time: "17:00" },
      },
    });
    expect(createCohort.userErrors).toEqual([]);
    const cohortId = createCohort.cohort!.id;
    expect((await manager.data(scheduleCohortMutation, { input: { cohortId } })).scheduleCohort.userErrors).toEqual([]);
    expect((await manager.data(openCohortMutation, { input: { id: cohortId } })).openCohort.userErrors).toEqual([]);

    // Taking applications: the programme can't go back to draft under it.
    const refused = (await manager.data(redraftProgrammeMutation, { input: { id: programmeId } })).redraftProgramme;
    expect(refused.programme).toBeNull();
    expect(refused.userErrors).toEqual([expect.objectContaining({ code: "INVALID_TRANSITION", field: ["id"] })]);
    expect(refused.userErrors[0].message).toContain("taking applications");

    await manager.data(closeCohortMutation, { input: { id: cohortId } });
    expect((await manager.data(redraftProgrammeMutation, { input: { id: programmeId } })).redraftProgramme.programme?.status).toBe("DRAFT");

    expect((await trailOf(cohortId)).map((event) => event.operation)).toEqual(["createCohort", "scheduleCohort", "openCohort", "closeCohort"]);
    // The refused move left nothing in the trail.
    expect((await trailOf(programmeId)).map((event) => event.operation)).toEqual(["createProgramme", "publishProgramme", "redraftProgramme"]);
  });
});
