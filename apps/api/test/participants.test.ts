import {
  acceptOfferMutation,
  addParticipantMutation,
  cohortMentoringGateQuery,
  cohortRosterQuery,
  completeParticipantMutation,
  createApiTokenMutation,
  pairMentorMutation,
  partnerCohortStaffQuery,
  participantHistoryQuery,
  participantsQuery,
  recordAttendanceMutation,
  setProgrammeCompletionRuleMutation,
  withdrawParticipantMutation,
  submitApplicationMutation,
} from "@ascent/client";
import { addDaysToLocalDate, ApiScope, Role, toLondon } from "@ascent/domain";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fromGlobalId, toGlobalId } from "../src/graphql/relay/global-id";
import { seedDemoData } from "../src/seed/seed-demo-data";
import { applicationInput, openCohort } from "./support/applications";
import { GraphQLClient } from "./support/graphql-client";
import { createTestServer, TestServer } from "./support/test-server";

let server: TestServer;
let anonymous: GraphQLClient;
let admin: GraphQLClient;

beforeAll(async () => {
  server = await createTestServer();
  await seedDemoData(server.dataSource);
  anonymous = server.anonymous();
  admin = await server.signedInAs(Role.ADMIN, "admin@participants.test");
}, 120_000);
afterAll(() => server?.close());

const sql = (text: string, params: unknown[] = []) => server.dataSource.query(text, params);
const dbId = (globalId: string) => fromGlobalId(globalId)?.id as string;
const organisationGlobalId = async (ods: string) => toGlobalId("Organisation", (await sql("SELECT id FROM organisation WHERE ods_code = $1", [ods]))[0].id);

async function partnerToken(ods: string, scopes: Array<keyof typeof ApiScope>): Promise<GraphQLClient> {
  const { createApiToken } = await admin.data(createApiTokenMutation, {
    input: { organisationId: await organisationGlobalId(ods), scopes, label: `participants ${randomUUID().slice(0, 6)}` },
  });
  return new GraphQLClient(server.url, { authorization: `Bearer ${createApiToken.token}` });
}

interface Cohort {
  cohortId: string;
  programmeId: string;
  manager: GraphQLClient;
  /** Emails: two who accepted (the first employed by RTH), one waitlisted. */
  accepted: string[];
  waitlisted: string;
}

/** A cohort of two places: two applicants accept their offers, a third waits. */
async function cohortWithRoster(): Promise<Cohort> {
  const { cohortId, programmeId, manager } = await openCohort(server, { capacity: 2 });
  const rth = await organisationGlobalId("RTH");
  const submit = async (applicant: Record<string, unknown>) => {
    const { submitApplication } = await anonymous.data(submitApplicationMutation, { input: applicationInput(cohortId, {}, applicant) });
    expect(submitApplication.userErrors).toEqual([]);
    return submitApplication as { statusToken: string; application: { status: string } };
  };
  const emails = [`first.${randomUUID().slice(0, 6)}@nhs.test`, `second.${randomUUID().slice(0, 6)}@nhs.test`, `third.${randomUUID().slice(0, 6)}@nhs.test`];
  const first = await submit({ email: emails[0], name: "Adaeze Okafor", organisationId: rth, organisationName: null });
  const second = await submit({ email: emails[1], name: "Bilal Hussain" });
  const third = await submit({ email: emails[2], name: "Chen Wei" });
  expect(third.application.status).toBe("WAITLISTED");
  for (const offer of [first, second]) expect((await anonymous.data(acceptOfferMutation, { input: { token: offer.statusToken } })).acceptOffer.userErrors).toEqual([]);
  return { cohortId, programmeId, manager, accepted: emails.slice(0, 2), waitlisted: emails[2] };
}

const roster = async (client: GraphQLClient, cohortId: string, canManage = true) => (await client.data(cohortRosterQuery, { id: cohortId, canManage })).cohort;
const names = (cohort: Awaited<ReturnType<typeof roster>>) => (cohort?.participants.edges ?? []).map((edge) => edge.node.name);
const byName = async (client: GraphQLClient, cohortId: string, name: string) => {
  const found = (await roster(client, cohortId))?.participants.edges.find((edge) => edge.node.name === name)?.node;
  if (!found) throw new Error(`${name} is not on the roster`);
  return found;
};

describe("the roster", () => {
  let cohort: Cohort;
  beforeAll(async () => {
    cohort = await cohortWithRoster();
  }, 60_000);

  it("holds the people who accepted their offers, and never a waitlisted applicant", async () => {
    const seen = await roster(cohort.manager, cohort.cohortId);
    expect(names(seen)).toEqual(["Adaeze Okafor", "Bilal Hussain"]);
    expect(seen?.participants.edges.every((edge) => edge.node.status === "ENROLLED" && !edge.node.addedByHand)).toBe(true);
    const listed = await cohort.manager.data(participantsQuery, { filter: { cohortId: cohort.cohortId } });
    expect(listed.participants.edges.map((edge) => edge.node.name)).toEqual(["Adaeze Okafor", "Bilal Hussain"]);
    expect(names(seen)).not.toContain("Chen Wei");
  });

  it("refuses to add a waitlisted applicant by hand: they are the comparison group and get a place through the waiting list", async () => {
    const { addParticipant } = await cohort.manager.data(addParticipantMutation, { input: { cohortId: cohort.cohortId, name: "Chen Wei", email: cohort.waitlisted.toUpperCase(), reason: "Asked to join" } });
    expect(addParticipant.participant).toBeNull();
    expect(addParticipant.userErrors).toEqual([expect.objectContaining({ field: ["email"], code: "INVALID" })]);
    expect(names(await roster(cohort.manager, cohort.cohortId))).not.toContain("Chen Wei");
  });

  it("adds someone by hand with a reason, their own details, and refuses them twice", async () => {
    const missing = await cohort.manager.data(addParticipantMutation, { input: { cohortId: cohort.cohortId, name: "Dami Adeyemi", email: "dami@nhs.test", reason: "  " } });
    expect(missing.addParticipant.userErrors).toEqual([expect.objectContaining({ field: ["reason"], code: "REQUIRED" })]);
    expect(names(await roster(cohort.manager, cohort.cohortId))).not.toContain("Dami Adeyemi");

    const { addParticipant } = await cohort.manager.data(addParticipantMutation, {
      input: { cohortId: cohort.cohortId, name: "Dami Adeyemi", email: "dami@nhs.test", organisationId: await organisationGlobalId("RTH"), jobTitle: "Matron", band: "BAND_8A" as never, reason: "Transferred from the cancelled autumn cohort" },
    });
    expect(addParticipant.userErrors).toEqual([]);
    expect(addParticipant.participant).toMatchObject({ name: "Dami Adeyemi", email: "dami@nhs.test", status: "ENROLLED", addedByHand: true, jobTitle: "Matron", band: "BAND_8A", addedReason: "Transferred from the cancelled autumn cohort" });
    expect(addParticipant.participant?.employer).toMatch(/.+/);
    const [row] = await sql("SELECT application_id FROM participant WHERE id = $1", [dbId(addParticipant.participant?.id as string)]);
    expect(row.application_id).toBeNull();
    expect(names(await roster(cohort.manager, cohort.cohortId))).toEqual(["Adaeze Okafor", "Bilal Hussain", "Dami Adeyemi"]);

    const again = await cohort.manager.data(addParticipantMutation, { input: { cohortId: cohort.cohortId, name: "Dami A.", email: "DAMI@nhs.test", reason: "Twice" } });
    expect(again.addParticipant.userErrors).toEqual([expect.objectContaining({ field: ["email"], code: "TAKEN" })]);
  });

  it("keeps the roster to the owning academy: another academy's manager may not add to it", async () => {
    const other = await server.signedInAs(Role.PROGRAMME_MANAGER, "manager@hpma.participants.test", "HPMA London Academy");
    const response = await other.request(addParticipantMutation, { input: { cohortId: cohort.cohortId, name: "X", email: "x@nhs.test", reason: "Test" } });
    expect(response.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("withdraws with a reason (required), records the change in the participant's history and the audit trail, and keeps them out of the mentoring gate", async () => {
    const bilal = await byName(cohort.manager, cohort.cohortId, "Bilal Hussain");
    const blank = await cohort.manager.data(withdrawParticipantMutation, { input: { participantId: bilal.id, reason: "" } });
    expect(blank.withdrawParticipant.userErrors).toEqual([expect.objectContaining({ field: ["reason"], code: "REQUIRED" })]);
    expect((await byName(cohort.manager, cohort.cohortId, "Bilal Hussain")).status).toBe("ENROLLED");

    const { withdrawParticipant } = await cohort.manager.data(withdrawParticipantMutation, { input: { participantId: bilal.id, reason: "Moved to a new post abroad" } });
    expect(withdrawParticipant.userErrors).toEqual([]);
    expect(withdrawParticipant.participant).toMatchObject({ status: "WITHDRAWN", withdrawnReason: "Moved to a new post abroad" });
    const history = await cohort.manager.data(participantHistoryQuery, { id: bilal.id });
    expect(history.node).toMatchObject({ transitions: [{ fromStatus: "ENROLLED", toStatus: "WITHDRAWN", reason: "Moved to a new post abroad" }] });
    const audit = await sql("SELECT operation FROM audit_event WHERE target_type = 'Participant' AND target_id = $1", [dbId(bilal.id)]);
    expect(audit).toEqual([{ operation: "withdrawParticipant" }]);

    const twice = await cohort.manager.data(withdrawParticipantMutation, { input: { participantId: bilal.id, reason: "Again" } });
    expect(twice.withdrawParticipant.userErrors).toEqual([expect.objectContaining({ code: "INVALID_TRANSITION" })]);

    const gate = await cohort.manager.data(cohortMentoringGateQuery, { id: cohort.cohortId });
    expect(gate.cohort?.mentoringGate?.participantCount).toBe(2);
    expect(gate.cohort?.mentoringGate?.missing.map((m) => m.participant.name)).not.toContain("Bilal Hussain");
  });
});

describe("completion against the programme's rule", () => {
  it("is refused with the reasons in plain words while the rule isn't met, and accepted once it is", async () => {
    const cohort = await cohortWithRoster();
    const { setProgrammeCompletionRule } = await cohort.manager.data(setProgrammeCompletionRuleMutation, {
      input: { programmeId: cohort.programmeId, minimumAttendancePercent: 75, mentorOrCoachRequired: true, postProgrammeEvaluationRequired: true },
    });
    expect(setProgrammeCompletionRule.userErrors).toEqual([]);
    const bad = await cohort.manager.data(setProgrammeCompletionRuleMutation, { input: { programmeId: cohort.programmeId, minimumAttendancePercent: 120, mentorOrCoachRequired: false, postProgrammeEvaluationRequired: false } });
    expect(bad.setProgrammeCompletionRule.userErrors).toEqual([expect.objectContaining({ field: ["minimumAttendancePercent"], code: "INVALID" })]);

    const adaeze = await byName(cohort.manager, cohort.cohortId, "Adaeze Okafor");
    const refused = await cohort.manager.data(completeParticipantMutation, { input: { participantId: adaeze.id } });
    expect(refused.completeParticipant.participant).toBeNull();
    expect(refused.completeParticipant.userErrors.map((e) => e.message)).toEqual([
      "Adaeze Okafor doesn't meet the completion rule yet: No attendance recorded yet; needs at least 75% of sessions.",
      "Adaeze Okafor doesn't meet the completion rule yet: No mentor or coach in place.",
      "Adaeze Okafor doesn't meet the completion rule yet: The post-programme evaluation has not been returned.",
    ]);
    const before = await roster(cohort.manager, cohort.cohortId);
    const line = before?.participants.edges.find((edge) => edge.node.id === adaeze.id)?.node;
    expect(line?.completion).toEqual({ met: false, reasons: expect.any(Array), missing: expect.arrayContaining(["No mentor or coach in place."]) });

    // The session took place yesterday and she came; a mentor is in place; she returned the post-programme questionnaire.
    const cohortRow = dbId(cohort.cohortId);
    const yesterday = addDaysToLocalDate(toLondon(new Date()).date, -1);
    await sql(`UPDATE cohort_session SET starts_at = ($2::date + time '09:00') AT TIME ZONE 'Europe/London', ends_at = ($2::date + time '16:30') AT TIME ZONE 'Europe/London' WHERE cohort_id = $1`, [cohortRow, yesterday]);
    const [session] = await sql("SELECT id FROM cohort_session WHERE cohort_id = $1", [cohortRow]);
    const register = await cohort.manager.data(recordAttendanceMutation, { input: { sessionId: toGlobalId("Session", session.id), entries: [{ participantId: adaeze.id, status: "PRESENT" as never }] } });
    expect(register.recordAttendance.userErrors).toEqual([]);
    const [mentor] = await sql(`SELECT m.id FROM mentor m JOIN organisation o ON o.id = m.academy_id WHERE o.name = 'South East Leadership Academy' AND m.retired_at IS NULL ORDER BY m.email LIMIT 1`);
    const paired = await cohort.manager.data(pairMentorMutation, {
      input: { participantId: adaeze.id, mentorId: toGlobalId("Mentor", mentor.id), kind: "MENTORING", startsOn: yesterday, sameOrganisationReason: "Test" },
    });
    if (paired.pairMentor.userErrors.length) {
      // Not the same organisation after all: pair without a reason.
      const again = await cohort.manager.data(pairMentorMutation, {
        input: { participantId: adaeze.id, mentorId: toGlobalId("Mentor", mentor.id), kind: "MENTORING", startsOn: yesterday },
      });
      expect(again.pairMentor.userErrors).toEqual([]);
    }
    const [questionnaire] = await sql(`INSERT INTO evaluation_questionnaire (programme_id, point, title) VALUES ($1, 'POST_PROGRAMME', 'After') RETURNING id`, [dbId(cohort.programmeId)]);
    const [round] = await sql(`INSERT INTO evaluation_round (questionnaire_id, cohort_id, closes_at) VALUES ($1, $2, now() + interval '7 days') RETURNING id`, [questionnaire.id, cohortRow]);
    await sql(`INSERT INTO evaluation_invitation (round_id, participant_id, sent_at, submitted_at) VALUES ($1, $2, now(), now())`, [round.id, dbId(adaeze.id)]);

    const { completeParticipant } = await cohort.manager.data(completeParticipantMutation, { input: { participantId: adaeze.id } });
    expect(completeParticipant.userErrors).toEqual([]);
    expect(completeParticipant.participant).toMatchObject({ status: "COMPLETED", completedAt: expect.any(String) });
    expect(completeParticipant.participant?.transitions?.map((t) => [t.fromStatus, t.toStatus])).toEqual([
      ["ENROLLED", "ACTIVE"],
      ["ACTIVE", "COMPLETED"],
    ]);
    expect((await sql("SELECT operation FROM audit_event WHERE target_id = $1 ORDER BY occurred_at", [dbId(adaeze.id)])).map((r: { operation: string }) => r.operation)).toEqual(["completeParticipant"]);
  }, 60_000);

  it("completes someone by exception only with a reason, kept in their history and the audit log", async () => {
    const cohort = await cohortWithRoster();
    await cohort.manager.data(setProgrammeCompletionRuleMutation, { input: { programmeId: cohort.programmeId, minimumAttendancePercent: 75, mentorOrCoachRequired: true, postProgrammeEvaluationRequired: true } });
    const adaeze = await byName(cohort.manager, cohort.cohortId, "Adaeze Okafor");
    const complete = (exceptionReason: string) => cohort.manager.data(completeParticipantMutation, { input: { participantId: adaeze.id, exceptionReason } });

    const blank = await complete("   ");
    expect(blank.completeParticipant.userErrors).toMatchObject([{ field: ["exceptionReason"], code: "REQUIRED" }]);
    const long = await complete("x".repeat(401));
    expect(long.completeParticipant.userErrors).toMatchObject([{ field: ["exceptionReason"], code: "TOO_LONG" }]);
    const still = await roster(cohort.manager, cohort.cohortId);
    expect(still?.participants.edges.find((edge) => edge.node.id === adaeze.id)?.node.status).toBe("ENROLLED");

    const words = "Attended on paper registers; evaluation returned on paper. ".repeat(6).trim();
    expect(words.length).toBeLessThanOrEqual(400);
    const { completeParticipant } = await complete(`  ${words}  `);
    expect(completeParticipant.userErrors).toEqual([]);
    expect(completeParticipant.participant?.status).toBe("COMPLETED");
    const reason = completeParticipant.participant?.transitions?.at(-1)?.reason ?? "";
    expect(reason.startsWith(`Completed by exception: ${words}`)).toBe(true);
    expect(reason.length).toBeLessThanOrEqual(500);
    const audit = await sql("SELECT changed_fields AS fields FROM audit_event WHERE target_id = $1 AND operation = 'completeParticipant'", [dbId(adaeze.id)]);
    expect(audit.map((row: { fields: string[] }) => row.fields)).toEqual([["status", "completedAt", "exceptionReason"]]);
  }, 60_000);
});

describe("a partner's view", () => {
  it("reads its own staff's participation and completion only", async () => {
    const cohort = await cohortWithRoster();
    await cohort.manager.data(addParticipantMutation, { input: { cohortId: cohort.cohortId, name: "Esi Mensah", email: `esi.${randomUUID().slice(0, 6)}@nhs.test`, organisationId: await organisationGlobalId("RTH"), reason: "Place given by the board" } });
    await cohort.manager.data(addParticipantMutation, { input: { cohortId: cohort.cohortId, name: "Farah Khan", email: `farah.${randomUUID().slice(0, 6)}@nhs.test`, organisationName: "Another Trust", reason: "Place given by the board" } });
    const partner = await partnerToken("RTH", ["APPLICATIONS_READ"]);
    const { participants } = await partner.data(participantsQuery, { filter: { cohortId: cohort.cohortId } });
    expect(participants.edges.map((edge) => edge.node.name).sort()).toEqual(["Adaeze Okafor", "Esi Mensah"]);
    expect(participants.edges[0].node).toMatchObject({ status: "ENROLLED", completedAt: null, attendance: { rate: null, consecutiveAbsences: false } });
    // Through the cohort too, and never another organisation's staff or the academy's notes.
    const throughCohort = await partner.data(partnerCohortStaffQuery, { id: cohort.cohortId, first: 10 });
    const staff = throughCohort.cohort?.participants.edges.map((edge) => edge.node) ?? [];
    expect(staff.map((node) => node.name).sort()).toEqual(["Adaeze Okafor", "Esi Mensah"]);
    // Esi was added by hand with a reason: the partner reads neither her reason nor anyone's email.
    expect(staff.every((node) => node.email === null && node.addedReason === null && node.withdrawnReason === null)).toBe(true);
    const others = await partner.request(participantsQuery, { filter: { organisationId: await organisationGlobalId("RJ1") } });
    expect(others.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const wres = await partnerToken("RTH", ["WRES_READ"]);
    expect((await wres.request(participantsQuery, {})).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  }, 60_000);
});

describe("the demo roster", () => {
  it("gives the South East February 2024 cohort twelve participants with registers, completions, a withdrawal and the two-absences flag", async () => {
    const [row] = await sql(`SELECT c.id FROM cohort c JOIN programme p ON p.id = c.programme_id WHERE p.title = 'South East BAME Career Development Programme' AND c.name = 'February 2024'`);
    const { cohort } = await admin.data(cohortRosterQuery, { id: toGlobalId("Cohort", row.id), canManage: true });
    const people = cohort?.participants.edges.map((edge) => edge.node) ?? [];
    expect(people).toHaveLength(12);
    expect(cohort?.programme?.completionRule).toEqual({ minimumAttendancePercent: 75, mentorOrCoachRequired: true, postProgrammeEvaluationRequired: true });
    const count = (status: string) => people.filter((p) => p.status === status).length;
    expect([count("COMPLETED"), count("ACTIVE"), count("WITHDRAWN")]).toEqual([9, 2, 1]);
    // One didn't return the post-programme evaluation; one missed the last two sessions and has no mentor.
    expect(people.filter((p) => p.status === "ACTIVE").map((p) => p.completion?.missing)).toContainEqual(["The post-programme evaluation has not been returned."]);
    const flagged = people.find((p) => p.attendance.consecutiveAbsences);
    expect(flagged).toMatchObject({ status: "ACTIVE", completion: { met: false, missing: ["Attended 50% of sessions; needs at least 75%.", "No mentor or coach in place."] } });
    expect(people.find((p) => p.status === "WITHDRAWN")?.withdrawnReason).toMatch(/outside the region/);
    // Both workshop days, then each Action Learning Set's two meetings (its members only on their registers).
    expect(cohort?.sessions.map((s) => s.attendanceSummary?.rate)).toEqual([1, 1, expect.any(Number), expect.any(Number), expect.any(Number), expect.any(Number)]);
  });
});
