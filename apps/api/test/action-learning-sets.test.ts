import {
  assignLearningSetMemberMutation,
  cohortLearningSetsQuery,
  createCohortMutation,
  createLearningSetMutation,
  deleteLearningSetMutation,
  deleteSessionMutation,
  formLearningSetsMutation,
  renameLearningSetMutation,
  scheduleCohortMutation,
  scheduleLearningSetMeetingsMutation,
  setActionLearningSetSizeMutation,
  setLearningSetFacilitatorMutation,
  unassignLearningSetMemberMutation,
  updateSessionMutation,
  type CohortLearningSetsQuery,
} from "@ascent/client";
import { AllocationPolicy, Role } from "@ascent/domain";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toGlobalId } from "../src/graphql/relay/global-id";
import { createActionLearningLoaders } from "../src/modules/action-learning/action-learning.loaders";
import { expectedParticipantsAt } from "../src/modules/action-learning";
import { seedDemoData } from "../src/seed/seed-demo-data";
import type { GraphQLClient } from "./support/graphql-client";
import { createTestServer, TestServer } from "./support/test-server";

/** Action Learning Sets: groups within a cohort with a facilitator each, their meetings as the cohort's sessions. */
let server: TestServer;
let manager: GraphQLClient;
let managerB: GraphQLClient;
let facilitator: GraphQLClient;
let admin: GraphQLClient;
let programmeId: string;
let february2024: string;
let february2027: string;

type Cohort = NonNullable<CohortLearningSetsQuery["cohort"]>;

const cohortId = async (name: string) => toGlobalId("Cohort", (await server.dataSource.query(`SELECT id FROM cohort WHERE name = $1`, [name]))[0].id);
const load = async (client: GraphQLClient, id: string): Promise<Cohort> => (await client.data(cohortLearningSetsQuery, { id })).cohort as Cohort;
const facilitatorNamed = (cohort: Cohort, name: string) => cohort.facilitators.find((f) => f.displayName === name)!.id;
const count = async (sql: string, params: unknown[] = []) => Number((await server.dataSource.query(sql, params))[0].n);

/** Enrols people straight into a cohort (the roster's own screens are another feature), each from the trust given. */
async function enrol(cohort: string, people: Array<[name: string, odsCode: string]>): Promise<string[]> {
  const [{ id: rawCohortId }] = await server.dataSource.query(`SELECT id FROM cohort WHERE name = $1`, [cohort]);
  const ids: string[] = [];
  for (const [name, ods] of people) {
    const [application] = await server.dataSource.query(
      `INSERT INTO application (reference, cohort_id, receipt_number, received_at, idempotency_key, status, eligible, endorsement_status, applicant_name, applicant_email, organisation_id, job_title, positive_action_declared)
       VALUES ($1, $2, (SELECT coalesce(max(receipt_number), 0) + 1 FROM application), now(), $3, 'ACCEPTED', true, 'NOT_REQUIRED', $4, $5, (SELECT id FROM organisation WHERE ods_code = $6), 'Nurse', true) RETURNING id`,
      [`ASC-ALS${randomUUID().slice(0, 6).toUpperCase()}`, rawCohortId, randomUUID(), name, `${name.toLowerCase().replace(/[^a-z]+/g, ".")}@nhs.example`, ods],
    );
    const [participant] = await server.dataSource.query(`INSERT INTO participant (cohort_id, application_id, status) VALUES ($1, $2, 'ENROLLED') RETURNING id`, [rawCohortId, application.id]);
    ids.push(toGlobalId("Participant", participant.id));
  }
  return ids;
}

beforeAll(async () => {
  server = await createTestServer();
  await seedDemoData(server.dataSource);
  manager = await server.signedInAs(Role.PROGRAMME_MANAGER, "manager@southeast.test", "South East Leadership Academy");
  managerB = await server.signedInAs(Role.PROGRAMME_MANAGER, "manager@hpma.test", "HPMA London Academy");
  facilitator = await server.signedInAs(Role.FACILITATOR, "facilitator@thresholds.test", "Thresholds Ltd");
  admin = await server.signedInAs(Role.ADMIN);
  programmeId = toGlobalId("Programme", (await server.dataSource.query(`SELECT id FROM programme WHERE title = 'South East BAME Career Development Programme'`))[0].id);
  february2024 = await cohortId("February 2024");
  february2027 = await cohortId("February 2027");
});
afterAll(() => server.close());

describe("the demo data", () => {
  it("has the South East February 2024 roster of 12 in two sets of 6, each with its two meetings after the workshop", async () => {
    const cohort = await load(manager, february2024);
    expect(cohort.programme.actionLearningSetSize).toBe(6);
    expect(cohort.learningSets!.map((s) => [s.name, s.memberCount, s.maxMembers, s.facilitator?.displayName])).toEqual([
      ["Set A", 6, 6, "Sandie Dunn"],
      ["Set B", 6, 6, "Sandie Dunn"],
    ]);
    expect(cohort.participantsWithoutLearningSet).toEqual([]);
    for (const set of cohort.learningSets!) {
      expect(set.meetings.map((m) => [m.title, m.date, m.startTime, m.endTime])).toEqual([
        [`Action Learning Set 1 (${set.name})`, "2024-03-12", "10:00", "13:00"],
        [`Action Learning Set 2 (${set.name})`, "2024-03-26", "10:00", "13:00"],
      ]);
    }
  });

  it("tells a register who is expected: a set's members at its meeting, everyone (null) at other sessions", async () => {
    const [{ id: setId }] = await server.dataSource.query(`SELECT ls.id FROM learning_set ls JOIN cohort c ON c.id = ls.cohort_id WHERE c.name = 'February 2024' AND ls.name = 'Set A'`);
    const [meeting] = await server.dataSource.query(`SELECT learning_set_id AS "learningSetId" FROM cohort_session WHERE learning_set_id = $1 LIMIT 1`, [setId]);
    const ctx = { loaders: createActionLearningLoaders(server.dataSource.manager) } as unknown as Parameters<typeof expectedParticipantsAt>[0];
    const expected = await expectedParticipantsAt(ctx, meeting);
    const members: Array<{ participant_id: string }> = await server.dataSource.query(`SELECT participant_id FROM learning_set_member WHERE learning_set_id = $1`, [setId]);
    expect(expected!.map((p) => p.id).sort()).toEqual(members.map((m) => m.participant_id).sort());
    expect(expected).toHaveLength(6);
    expect(await expectedParticipantsAt(ctx, { learningSetId: null })).toBeNull();
  });
});

describe("sets by hand", () => {
  let people: string[];
  let setA: string;

  beforeAll(async () => {
    people = await enrol("February 2027", [
      ["Ade One", "RTH"],
      ["Bea Two", "RTH"],
      ["Cal Three", "RTH"],
      ["Dev Four", "RTH"],
      ["Eve Five", "RPA"],
      ["Fay Six", "RPA"],
      ["Gus Seven", "RPA"],
      ["Hal Eight", "RPA"],
    ]);
  });

  it("creates a set with one of the cohort's facilitators, and refuses a facilitator of another cohort", async () => {
    const cohort = await load(manager, february2027);
    const created = (await manager.data(createLearningSetMutation, { input: { cohortId: february2027, name: " Set  A ", facilitatorId: facilitatorNamed(cohort, "Sandie Dunn") } })).createLearningSet;
    expect(created.userErrors).toEqual([]);
    expect(created.learningSet).toMatchObject({ name: "Set A", memberCount: 0, maxMembers: 6, facilitator: { displayName: "Sandie Dunn" } });
    setA = created.learningSet!.id;

    const other = await load(manager, february2024);
    const refused = (await manager.data(setLearningSetFacilitatorMutation, { input: { id: setA, facilitatorId: facilitatorNamed(other, "Sandie Dunn") } })).setLearningSetFacilitator;
    expect(refused.userErrors).toEqual([expect.objectContaining({ field: ["facilitatorId"], code: "NOT_FOUND", message: "Choose one of this cohort's facilitators." })]);
    expect((await load(manager, february2027)).learningSets![0].facilitator?.displayName).toBe("Sandie Dunn");
    const duplicate = (await manager.data(createLearningSetMutation, { input: { cohortId: february2027, name: "set a" } })).createLearningSet;
    expect(duplicate.userErrors).toEqual([expect.objectContaining({ field: ["name"], code: "TAKEN" })]);
  });

  it("refuses a member over the set size, with a clear message, and saves nothing", async () => {
    for (const participantId of people.slice(0, 6)) {
      expect((await manager.data(assignLearningSetMemberMutation, { input: { learningSetId: setA, participantId } })).assignLearningSetMember.userErrors).toEqual([]);
    }
    const refused = (await manager.data(assignLearningSetMemberMutation, { input: { learningSetId: setA, participantId: people[6] } })).assignLearningSetMember;
    expect(refused.userErrors).toEqual([
      expect.objectContaining({ field: ["learningSetId"], code: "INVALID", message: "Set A is full: it has 6 members and the programme's sets have at most 6. Move someone out first, or choose another set." }),
    ]);
    expect(refused.learningSet).toBeNull();
    expect(await count(`SELECT count(*) AS n FROM learning_set_member WHERE learning_set_id = (SELECT id FROM learning_set WHERE name = 'Set A' AND cohort_id = (SELECT id FROM cohort WHERE name = 'February 2027'))`)).toBe(6);
  });

  it("refuses a participant of another cohort", async () => {
    const [other] = await server.dataSource.query(`SELECT p.id FROM participant p JOIN cohort c ON c.id = p.cohort_id WHERE c.name = 'February 2024' ORDER BY p.id LIMIT 1`);
    await manager.data(unassignLearningSetMemberMutation, { input: { participantId: people[0] } });
    const refused = (await manager.data(assignLearningSetMemberMutation, { input: { learningSetId: setA, participantId: toGlobalId("Participant", other.id) } })).assignLearningSetMember;
    expect(refused.userErrors).toEqual([expect.objectContaining({ field: ["participantId"], code: "INVALID", message: expect.stringMatching(/is not a participant of February 2027/) })]);
    expect(await count(`SELECT count(*) AS n FROM learning_set_member WHERE participant_id = $1 AND learning_set_id = (SELECT id FROM learning_set WHERE name = 'Set A' AND cohort_id = (SELECT id FROM cohort WHERE name = 'February 2027'))`, [other.id])).toBe(0);
    expect((await manager.data(assignLearningSetMemberMutation, { input: { learningSetId: setA, participantId: people[0] } })).assignLearningSetMember.userErrors).toEqual([]);
  });

  it("forms a set for those left, and moves a member between sets", async () => {
    const formed = (await manager.data(formLearningSetsMutation, { input: { cohortId: february2027 } })).formLearningSets;
    expect(formed.userErrors).toEqual([]);
    expect(formed).toMatchObject({ createdSetCount: 1, assignedCount: 2 + 1 /* Amara Okafor of the demo data */ });
    expect(formed.learningSets.map((s) => [s.name, s.memberCount])).toEqual([
      ["Set A", 6],
      ["Set B", 3],
    ]);
    expect(formed.explanation[0]).toBe("3 participants without a set, at most 6 per set.");
    const moved = (await manager.data(assignLearningSetMemberMutation, { input: { learningSetId: formed.learningSets[1].id, participantId: people[0] } })).assignLearningSetMember;
    expect(moved.userErrors).toEqual([]);
    expect([moved.previousLearningSet?.name, moved.previousLearningSet?.memberCount, moved.learningSet?.name, moved.learningSet?.memberCount]).toEqual(["Set A", 5, "Set B", 4]);
    const renamed = (await manager.data(renameLearningSetMutation, { input: { id: formed.learningSets[1].id, name: "Set Bravo" } })).renameLearningSet;
    expect(renamed.learningSet?.name).toBe("Set Bravo");
  });

  it("keeps sets from other academies and partners; the cohort's facilitators read them", async () => {
    expect((await load(managerB, february2027)).learningSets).toBeNull();
    const forbidden = await managerB.request(createLearningSetMutation, { input: { cohortId: february2027, name: "Set Z" } });
    expect(forbidden.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect((await managerB.request(assignLearningSetMemberMutation, { input: { learningSetId: setA, participantId: people[0] } })).errors?.[0].extensions?.code).toBe("NOT_FOUND");
    const seen = await load(facilitator, february2027);
    expect(seen.learningSets!.map((s) => s.name)).toEqual(["Set A", "Set Bravo"]);
    expect((await facilitator.request(renameLearningSetMutation, { input: { id: setA, name: "Mine" } })).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect((await server.anonymous().request(cohortLearningSetsQuery, { id: february2027 })).errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("generates each set's meetings once, dated from the curriculum's sessions, which they replace", async () => {
    // The demo keeps this cohort current (moved on by whole weeks): its ALS sessions' dates are read, not assumed.
    const als: Array<{ date: string }> = await server.dataSource.query(
      `SELECT to_char(s.starts_at AT TIME ZONE 'Europe/London', 'YYYY-MM-DD') AS date FROM cohort_session s JOIN cohort c ON c.id = s.cohort_id
       WHERE c.name = 'February 2027' AND s.kind = 'ACTION_LEARNING_SET' ORDER BY s.starts_at`,
    );
    const [als1, als2] = als.map((row) => row.date);
    expect(als).toHaveLength(2);
    const first = (await manager.data(scheduleLearningSetMeetingsMutation, { input: { cohortId: february2027 } })).scheduleLearningSetMeetings;
    expect(first.userErrors).toEqual([]);
    expect(first.created.map((m) => [m.title, m.date, m.startTime, m.endTime, m.learningSet?.name])).toEqual([
      ["Action Learning Set 1 (Set A)", als1, "10:00", "13:00", "Set A"],
      ["Action Learning Set 1 (Set Bravo)", als1, "10:00", "13:00", "Set Bravo"],
      ["Action Learning Set 2 (Set A)", als2, "10:00", "13:00", "Set A"],
      ["Action Learning Set 2 (Set Bravo)", als2, "10:00", "13:00", "Set Bravo"],
    ]);
    expect(first).toMatchObject({ alreadyScheduledCount: 0, replacedSessionCount: 2 });
    expect(first.summary.join(" ")).toMatch(/Created 4 meetings/);
    const sessions = async () => count(`SELECT count(*) AS n FROM cohort_session WHERE cohort_id = (SELECT id FROM cohort WHERE name = 'February 2027')`);
    expect(await sessions()).toBe(2 + 4);

    const again = (await manager.data(scheduleLearningSetMeetingsMutation, { input: { cohortId: february2027 } })).scheduleLearningSetMeetings;
    expect(again).toMatchObject({ created: [], alreadyScheduledCount: 4, replacedSessionCount: 0, userErrors: [] });
    expect(again.summary[0]).toBe("Every set already has its meetings: nothing was created.");
    expect(await sessions()).toBe(6);

    // A meeting is a session like any other: staff move it with updateSession.
    const nextDay = new Date(Date.parse(`${als1}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const moved = (await manager.data(updateSessionMutation, { input: { id: first.created[0].id, date: nextDay } })).updateSession;
    expect(moved.userErrors).toEqual([]);
    expect(moved.session?.date).toBe(nextDay);
    expect(await count(`SELECT count(*) AS n FROM audit_event WHERE operation = 'scheduleLearningSetMeetings'`)).toBe(1);
  });

  it("explains what deleting a set with meetings does, and does it only when confirmed", async () => {
    const refused = (await manager.data(deleteLearningSetMutation, { input: { id: setA } })).deleteLearningSet;
    expect(refused.userErrors).toEqual([
      expect.objectContaining({
        field: ["deleteMeetings"],
        code: "INVALID",
        message: expect.stringMatching(/^Set A has 2 meetings \(Action Learning Set 1 \(Set A\) on \w+ \d+ \w+ 2027; Action Learning Set 2 \(Set A\) on \w+ \d+ \w+ 2027\)\. Deleting the set deletes them too, with anything recorded at them/),
      }),
    ]);
    expect(await count(`SELECT count(*) AS n FROM learning_set WHERE name = 'Set A' AND cohort_id = (SELECT id FROM cohort WHERE name = 'February 2027')`)).toBe(1);
    const deleted = (await manager.data(deleteLearningSetMutation, { input: { id: setA, deleteMeetings: true } })).deleteLearningSet;
    expect(deleted).toMatchObject({ deletedLearningSetId: setA, deletedMeetingCount: 2, userErrors: [] });
    const cohort = await load(manager, february2027);
    expect(cohort.learningSets!.map((s) => s.name)).toEqual(["Set Bravo"]);
    expect(cohort.participantsWithoutLearningSet).toHaveLength(5);
    expect(await count(`SELECT count(*) AS n FROM audit_event WHERE operation IN ('deleteLearningSet', 'createLearningSet', 'assignLearningSetMember', 'formLearningSets', 'renameLearningSet')`)).toBeGreaterThanOrEqual(5);
  });
});

describe("meetings from the curriculum of a newly scheduled cohort", () => {
  it("dates them from scheduleCohort's sessions; without one, a fortnight after the previous module", async () => {
    const created = (
      await admin.data(createCohortMutation, { input: { programmeId, name: "March 2030", capacity: 12, allocationPolicy: AllocationPolicy.FIRST_COME_FIRST_SERVED, startsOn: "2030-03-04", endsOn: "2030-09-30" } })
    ).createCohort;
    expect(created.userErrors).toEqual([]);
    const march = created.cohort!.id;
    const scheduled = (await admin.data(scheduleCohortMutation, { input: { cohortId: march } })).scheduleCohort;
    expect(scheduled.sessions.map((s) => [s.kind, s.date])).toEqual([
      ["WORKSHOP", "2030-03-04"],
      ["WORKSHOP", "2030-03-05"],
      ["ACTION_LEARNING_SET", "2030-03-18"],
      ["ACTION_LEARNING_SET", "2030-04-01"],
    ]);
    await enrol("March 2030", [
      ["Ivy Nine", "RTH"],
      ["Jon Ten", "RPA"],
    ]);
    expect((await admin.data(formLearningSetsMutation, { input: { cohortId: march } })).formLearningSets.learningSets.map((s) => s.name)).toEqual(["Set A"]);
    // Without the cohort's session for Action Learning Set 2, its meeting comes a fortnight after the one before (weekday, 10:00-13:00).
    expect((await admin.data(deleteSessionMutation, { input: { id: scheduled.sessions[3].id } })).deleteSession.userErrors).toEqual([]);
    const meetings = (await admin.data(scheduleLearningSetMeetingsMutation, { input: { cohortId: march } })).scheduleLearningSetMeetings;
    expect(meetings.userErrors).toEqual([]);
    expect(meetings.created.map((m) => [m.title, m.date, m.startTime, m.endTime])).toEqual([
      ["Action Learning Set 1 (Set A)", "2030-03-18", "09:00", "16:30"],
      ["Action Learning Set 2 (Set A)", "2030-04-01", "10:00", "13:00"],
    ]);
  });

  it("needs a set size on the programme, between 2 and 20", async () => {
    const bad = (await manager.data(setActionLearningSetSizeMutation, { input: { programmeId, size: 1 } })).setActionLearningSetSize;
    expect(bad.userErrors).toEqual([expect.objectContaining({ field: ["size"], code: "INVALID", message: "A set has 2 to 20 members." })]);
    expect((await manager.data(setActionLearningSetSizeMutation, { input: { programmeId, size: null } })).setActionLearningSetSize.programme?.actionLearningSetSize).toBeNull();
    const refused = (await manager.data(formLearningSetsMutation, { input: { cohortId: february2027 } })).formLearningSets;
    expect(refused.userErrors[0].message).toMatch(/doesn't use Action Learning Sets yet/);
    expect((await managerB.request(setActionLearningSetSizeMutation, { input: { programmeId, size: 6 } })).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect((await manager.data(setActionLearningSetSizeMutation, { input: { programmeId, size: 6 } })).setActionLearningSetSize.programme?.actionLearningSetSize).toBe(6);
  });
});
