import { acceptOfferMutation, submitApplicationMutation, cohortRosterQuery, recordAttendanceMutation, sessionRegisterQuery, withdrawParticipantMutation } from "@ascent/client";
import { addDaysToLocalDate, Role, toLondon } from "@ascent/domain";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fromGlobalId, toGlobalId } from "../src/graphql/relay/global-id";
import { seedDemoData } from "../src/seed/seed-demo-data";
import { applicationInput, openCohort } from "./support/applications";
import { GraphQLClient } from "./support/graphql-client";
import { createTestServer, TestServer } from "./support/test-server";

let server: TestServer;

beforeAll(async () => {
  server = await createTestServer();
  await seedDemoData(server.dataSource);
}, 120_000);
afterAll(() => server?.close());

const sql = (text: string, params: unknown[] = []) => server.dataSource.query(text, params);
const dbId = (globalId: string) => fromGlobalId(globalId)?.id as string;
const today = () => toLondon(new Date()).date;

interface Delivered {
  cohortId: string;
  manager: GraphQLClient;
  /** Session global ids, oldest first: three days already run, one tomorrow. */
  sessions: string[];
  /** Participant global ids by name. */
  people: Record<string, string>;
}

/** A cohort of three participants with four sessions (three past, one tomorrow). */
async function delivered(): Promise<Delivered> {
  const { cohortId, manager } = await openCohort(server, { capacity: 3 });
  for (const name of ["Grace Boateng", "Hamid Rahimi", "Ifeoma Eze"]) {
    const { submitApplication } = await server.anonymous().data(submitApplicationMutation, { input: applicationInput(cohortId, {}, { name }) });
    expect((await server.anonymous().data(acceptOfferMutation, { input: { token: submitApplication.statusToken! } })).acceptOffer.userErrors).toEqual([]);
  }
  const cohortRow = dbId(cohortId);
  const [template] = await sql("SELECT * FROM cohort_session WHERE cohort_id = $1", [cohortRow]);
  await sql("DELETE FROM cohort_session WHERE cohort_id = $1", [cohortRow]);
  const days = [-21, -14, -7, 1].map((offset) => addDaysToLocalDate(today(), offset));
  for (const [index, day] of days.entries()) {
    await sql(
      `INSERT INTO cohort_session (cohort_id, title, kind, day_number, starts_at, ends_at)
       VALUES ($1, $2, $3, 1, ($4::date + time '09:00') AT TIME ZONE 'Europe/London', ($4::date + time '16:30') AT TIME ZONE 'Europe/London')`,
      [cohortRow, `Workshop day ${index + 1}`, template.kind, day],
    );
  }
  const sessions = (await sql("SELECT id FROM cohort_session WHERE cohort_id = $1 ORDER BY starts_at", [cohortRow])).map((row: { id: string }) => toGlobalId("Session", row.id));
  const { cohort } = await manager.data(cohortRosterQuery, { id: cohortId, canManage: true });
  const people = Object.fromEntries((cohort?.participants.edges ?? []).map((edge) => [edge.node.name as string, edge.node.id]));
  return { cohortId, manager, sessions, people };
}

/** A facilitator (a user of Thresholds Ltd) named on this cohort only. */
async function facilitatorOf(cohortId: string): Promise<GraphQLClient> {
  const email = `facilitator.${randomUUID().slice(0, 6)}@attendance.test`;
  const client = await server.signedInAs(Role.FACILITATOR, email, "Thresholds Ltd");
  const [user] = await sql("SELECT id FROM user_account WHERE email = $1", [email]);
  await sql("INSERT INTO cohort_facilitator (cohort_id, user_id, position) VALUES ($1, $2, 0)", [dbId(cohortId), user.id]);
  return client;
}

const register = (client: GraphQLClient, sessionId: string, entries: Array<[string, string]>) =>
  client.request(recordAttendanceMutation, { input: { sessionId, entries: entries.map(([participantId, status]) => ({ participantId, status: status as never })) } });
const attendanceRows = async (cohortId: string) =>
  (await sql("SELECT count(*)::int AS n FROM session_attendance sa JOIN cohort_session s ON s.id = sa.session_id WHERE s.cohort_id = $1", [dbId(cohortId)]))[0].n as number;

describe("the register", () => {
  let cohort: Delivered;
  let facilitator: GraphQLClient;
  beforeAll(async () => {
    cohort = await delivered();
    facilitator = await facilitatorOf(cohort.cohortId);
  }, 60_000);

  it("a facilitator of the cohort takes it: a line per participant, rates per session and per person, present people become active", async () => {
    const { "Grace Boateng": grace, "Hamid Rahimi": hamid, "Ifeoma Eze": ifeoma } = cohort.people;
    const before = await facilitator.data(sessionRegisterQuery, { id: cohort.sessions[0] });
    expect(before.node).toMatchObject({ register: [{ status: null }, { status: null }, { status: null }] });

    const first = await register(facilitator, cohort.sessions[0], [[grace, "PRESENT"], [hamid, "ABSENT"], [ifeoma, "LATE"]]);
    expect(first.errors).toBeUndefined();
    expect(first.data?.recordAttendance.userErrors).toEqual([]);
    expect(first.data?.recordAttendance.session?.attendanceSummary).toEqual({ attended: 2, absent: 1, excused: 0, rate: 2 / 3 });
    // Saving again changes lines rather than adding them.
    expect((await register(facilitator, cohort.sessions[0], [[hamid, "EXCUSED"]])).data?.recordAttendance.userErrors).toEqual([]);
    expect((await register(facilitator, cohort.sessions[1], [[grace, "PRESENT"], [hamid, "ABSENT"], [ifeoma, "ABSENT"]])).data?.recordAttendance.userErrors).toEqual([]);
    expect((await register(facilitator, cohort.sessions[2], [[grace, "ABSENT"], [hamid, "ABSENT"], [ifeoma, "PRESENT"]])).data?.recordAttendance.userErrors).toEqual([]);
    expect(await attendanceRows(cohort.cohortId)).toBe(9);

    const { cohort: seen } = await facilitator.data(cohortRosterQuery, { id: cohort.cohortId, canManage: false });
    const line = (id: string) => seen?.participants.edges.find((edge) => edge.node.id === id)?.node;
    expect(line(grace)).toMatchObject({ status: "ACTIVE", attendance: { attended: 2, absent: 1, excused: 0, rate: 2 / 3, recorded: 3, consecutiveAbsences: false } });
    // Excused, then absent twice running: flagged.
    expect(line(hamid)).toMatchObject({ status: "ENROLLED", attendance: { attended: 0, absent: 2, excused: 1, rate: 0, consecutiveAbsences: true } });
    expect(line(ifeoma)).toMatchObject({ status: "ACTIVE", attendance: { rate: 2 / 3, consecutiveAbsences: false } });
    expect(seen?.sessions.map((session) => session.attendanceSummary?.rate)).toEqual([1, 1 / 3, 1 / 3, null]);
  });

  it("is refused before the session's day, and for anyone not on the roster, saving nothing", async () => {
    const { "Grace Boateng": grace } = cohort.people;
    const early = await register(facilitator, cohort.sessions[3], [[grace, "PRESENT"]]);
    expect(early.data?.recordAttendance.userErrors).toEqual([expect.objectContaining({ field: ["sessionId"], code: "INVALID" })]);
    const stranger = (await sql("SELECT id FROM participant WHERE cohort_id <> $1 LIMIT 1", [dbId(cohort.cohortId)]))[0].id;
    const before = await attendanceRows(cohort.cohortId);
    const mixed = await register(facilitator, cohort.sessions[2], [[grace, "LATE"], [toGlobalId("Participant", stranger), "PRESENT"], [grace, "PRESENT"]]);
    expect(mixed.data?.recordAttendance.userErrors).toEqual([
      expect.objectContaining({ field: ["entries", "1", "participantId"], code: "NOT_FOUND" }),
      expect.objectContaining({ field: ["entries", "2", "participantId"], code: "INVALID" }),
    ]);
    expect(await attendanceRows(cohort.cohortId)).toBe(before);
    const [graceLine] = await sql("SELECT sa.status FROM session_attendance sa WHERE sa.participant_id = $1 AND sa.session_id = $2", [dbId(grace), dbId(cohort.sessions[2])]);
    expect(graceLine.status).toBe("ABSENT");
  });

  it("doesn't take a new line for someone who has withdrawn", async () => {
    const { "Ifeoma Eze": ifeoma } = cohort.people;
    expect((await cohort.manager.data(withdrawParticipantMutation, { input: { participantId: ifeoma, reason: "Family reasons" } })).withdrawParticipant.userErrors).toEqual([]);
    const [{ id: extra }] = await sql(
      `INSERT INTO cohort_session (cohort_id, title, kind, day_number, starts_at, ends_at) SELECT cohort_id, 'Extra day', kind, 1, now() - interval '1 hour', now() FROM cohort_session WHERE id = $1 RETURNING id`,
      [dbId(cohort.sessions[0])],
    );
    const refused = await register(cohort.manager, toGlobalId("Session", extra), [[ifeoma, "PRESENT"]]);
    expect(refused.data?.recordAttendance.userErrors).toEqual([expect.objectContaining({ code: "INVALID_TRANSITION", message: "Ifeoma Eze has withdrawn from the programme." })]);
    const { node } = await cohort.manager.data(sessionRegisterQuery, { id: toGlobalId("Session", extra) });
    expect(node && "register" in node ? node.register?.map((line) => line.participant.name) : null).toEqual(["Grace Boateng", "Hamid Rahimi"]);
  });

  it("is for the cohort's own facilitators and academy: a facilitator of another cohort, another academy, and anonymous callers are refused", async () => {
    const { "Grace Boateng": grace } = cohort.people;
    const elsewhere = await delivered();
    const otherFacilitator = await facilitatorOf(elsewhere.cohortId);
    const before = await attendanceRows(cohort.cohortId);
    // The cohort is in the catalogue, so they can see it: refused as not theirs.
    const refused = await register(otherFacilitator, cohort.sessions[0], [[grace, "ABSENT"]]);
    expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const registerSeen = await otherFacilitator.data(sessionRegisterQuery, { id: cohort.sessions[0] });
    expect(registerSeen.node && "register" in registerSeen.node ? registerSeen.node.register : "hidden").toBeNull();
    const hpma = await server.signedInAs(Role.PROGRAMME_MANAGER, "manager@hpma.attendance.test", "HPMA London Academy");
    expect((await register(hpma, cohort.sessions[0], [[grace, "ABSENT"]])).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await register(server.anonymous(), cohort.sessions[0], [[grace, "ABSENT"]])).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(await attendanceRows(cohort.cohortId)).toBe(before);
    // Their own cohort's register they may take.
    const own = await register(otherFacilitator, elsewhere.sessions[0], [[elsewhere.people["Grace Boateng"], "PRESENT"]]);
    expect(own.data?.recordAttendance.userErrors).toEqual([]);
  }, 60_000);
});
