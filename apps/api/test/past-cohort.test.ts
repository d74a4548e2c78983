import {
  addParticipantMutation,
  cohortOutcomePeopleQuery,
  cohortQuery,
  completeCohortMutation,
  completeParticipantMutation,
  createCohortMutation,
  createProgrammeMutation,
  programmeImpactQuery,
  publishProgrammeMutation,
  recordAttendanceMutation,
  recordCareerOutcomeMutation,
  scheduleCohortMutation,
  startCohortMutation,
} from "@ascent/client";
import { addDaysToLocalDate, AfcBand, AllocationPolicy, AttendanceStatus, CareerOutcomeKind, DeliveryMode, ModuleKind, Role, toLondon } from "@ascent/domain";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toGlobalId } from "../src/graphql/relay/global-id";
import { seedDemoData } from "../src/seed/seed-demo-data";
import { GraphQLClient } from "./support/graphql-client";
import { createTestServer, TestServer } from "./support/test-server";

/**
 * An academy enters a cohort that already ran, after the fact, through the API
 * alone: a cohort with past dates and its sessions, people added by hand, the
 * registers of past sessions, completion, the cohort's own status, and outcomes.
 */
let server: TestServer;
let manager: GraphQLClient;

beforeAll(async () => {
  server = await createTestServer();
  await seedDemoData(server.dataSource);
  manager = await server.signedInAs(Role.PROGRAMME_MANAGER, "manager.south@past-cohort.test", "South East Leadership Academy");
}, 120_000);
afterAll(() => server?.close());

const today = () => toLondon(new Date()).date;

describe("a cohort that already ran, entered after the fact", () => {
  it("is created with past dates, filled by hand, its registers taken, completed, and its outcomes counted", async () => {
    const [{ id: academyId }] = await server.dataSource.query("SELECT id FROM organisation WHERE name = 'South East Leadership Academy'");
    const { createProgramme } = await manager.data(createProgrammeMutation, {
      input: {
        academyId: toGlobalId("Organisation", academyId),
        title: `Past programme ${randomUUID().slice(0, 8)}`,
        summary: "Entered after it ran.",
        duration: "1 month",
        deliveryModes: [DeliveryMode.ONLINE],
        modules: [{ title: "Workshop", kind: ModuleKind.WORKSHOP, lengthDays: 2 }],
      },
    });
    expect(createProgramme.userErrors).toEqual([]);
    const programmeId = createProgramme.programme?.id as string;
    expect((await manager.data(publishProgrammeMutation, { input: { id: programmeId } })).publishProgramme.userErrors).toEqual([]);

    // The cohort ran about eight months ago; nobody applied through Ascent, so it has no application window.
    const startsOn = addDaysToLocalDate(today(), -270);
    const endsOn = addDaysToLocalDate(today(), -240);
    const { createCohort } = await manager.data(createCohortMutation, {
      input: { programmeId, name: `Ran last year ${randomUUID().slice(0, 6)}`, capacity: 10, allocationPolicy: AllocationPolicy.FIRST_COME_FIRST_SERVED, startsOn, endsOn },
    });
    expect(createCohort.userErrors).toEqual([]);
    const cohortId = createCohort.cohort?.id as string;
    const { scheduleCohort } = await manager.data(scheduleCohortMutation, { input: { cohortId, firstDate: startsOn } });
    expect(scheduleCohort.userErrors).toEqual([]);
    const sessions = scheduleCohort.sessions.map((session) => session.id);
    expect(sessions).toHaveLength(2);

    const people: string[] = [];
    for (const name of ["Ade Past", "Bea Past"]) {
      const { addParticipant } = await manager.data(addParticipantMutation, {
        input: { cohortId, name, email: `${name.toLowerCase().replace(" ", ".")}.${randomUUID().slice(0, 6)}@nhs.example`, band: AfcBand.BAND_6, organisationName: "Kent Community Health", reason: "On the paper register." },
      });
      expect(addParticipant.userErrors).toEqual([]);
      people.push(addParticipant.participant?.id as string);
    }
    for (const sessionId of sessions) {
      const { recordAttendance } = await manager.data(recordAttendanceMutation, { input: { sessionId, entries: people.map((participantId) => ({ participantId, status: AttendanceStatus.PRESENT })) } });
      expect(recordAttendance.userErrors).toEqual([]);
    }
    for (const participantId of people) {
      const { completeParticipant } = await manager.data(completeParticipantMutation, { input: { participantId } });
      expect(completeParticipant.userErrors).toEqual([]);
    }

    // The cohort itself ran and finished: it never took applications, so it starts from planned (once its first day has come).
    const { createCohort: later } = await manager.data(createCohortMutation, {
      input: { programmeId, name: `Not yet ${randomUUID().slice(0, 6)}`, capacity: 10, allocationPolicy: AllocationPolicy.FIRST_COME_FIRST_SERVED, startsOn: addDaysToLocalDate(today(), 30), endsOn: addDaysToLocalDate(today(), 60) },
    });
    const moves = async (id: string) => (await manager.data(cohortQuery, { id, canManage: true })).cohort?.availableTransitions;
    expect(await moves(later.cohort?.id as string)).toEqual(["OPEN", "CANCELLED"]);
    const early = await manager.data(startCohortMutation, { input: { id: later.cohort?.id as string } });
    expect(early.startCohort.userErrors).toMatchObject([{ field: ["id"], code: "INVALID_TRANSITION" }]);
    expect(await moves(cohortId)).toEqual(["OPEN", "RUNNING", "CANCELLED"]);
    const started = await manager.data(startCohortMutation, { input: { id: cohortId } });
    expect(started.startCohort.userErrors).toEqual([]);
    const completed = await manager.data(completeCohortMutation, { input: { id: cohortId } });
    expect(completed.completeCohort.userErrors).toEqual([]);

    // They completed when the cohort ended, not on the day staff entered it.
    const { cohortOutcomePeople } = await manager.data(cohortOutcomePeopleQuery, { cohortId });
    const lastSession = scheduleCohort.sessions.map((session) => session.date).sort().at(-1);
    expect(cohortOutcomePeople.map((person) => person.completedOn)).toEqual([lastSession, lastSession]);

    const { recordCareerOutcome } = await manager.data(recordCareerOutcomeMutation, {
      input: { participantId: people[0], kind: CareerOutcomeKind.PROMOTION, effectiveOn: addDaysToLocalDate(endsOn, 60), bandBefore: AfcBand.BAND_6, bandAfter: AfcBand.BAND_7 },
    });
    expect(recordCareerOutcome.userErrors).toEqual([]);
    const { programmeImpact } = await manager.data(programmeImpactQuery, { programmeId });
    expect(programmeImpact?.horizons.find((horizon) => horizon.months === 6)?.participants).toMatchObject({ followed: 2, promoted: 1 });
  }, 120_000);
});
