import { randomUUID } from "node:crypto";
import {
  addMentorMutation,
  cohortMentoringGateQuery,
  endMentoringMutation,
  mentorSuggestionsQuery,
  mentoringBoardQuery,
  nodeQuery,
  pairMentorMutation,
  recordMentoringCheckInMutation,
  retireMentorMutation,
  setProgrammeMentoringRulesMutation,
  updateMentorMutation,
  type PairMentorInput,
} from "@ascent/client";
import { addDaysToLocalDate, addMonthsToLocalDate, AfcBand, Role, toLondon } from "@ascent/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fromGlobalId, toGlobalId } from "../src/graphql/relay/global-id";
import { seedDemoData } from "../src/seed/seed-demo-data";
import type { GraphQLClient } from "./support/graphql-client";
import { createTestServer, TestServer } from "./support/test-server";

/** Pairing participants with mentors and coaches: suggestions, the gate, the minimum length, capacity and refusals. */
let server: TestServer;
let managerA: GraphQLClient;
let managerB: GraphQLClient;
let facilitator: GraphQLClient;
let programmeId: string;
const today = toLondon(new Date()).date;

const sql = <T = any>(text: string, params: unknown[] = []): Promise<T[]> => server.dataSource.query(text, params);
const orgId = async (ods: string) => (await sql(`SELECT id FROM organisation WHERE ods_code = $1`, [ods]))[0].id as string;
const mentorId = async (email: string) => toGlobalId("Mentor", (await sql(`SELECT id FROM mentor WHERE email = $1`, [email]))[0].id);
const pairCount = async () => Number((await sql(`SELECT count(*)::int AS n FROM mentoring_relationship`))[0].n);

/** A cohort of the South East programme starting on `startsOn`, copied from the demo's current one. */
async function cohortStarting(startsOn: string): Promise<string> {
  const [{ id }] = await sql(
    `INSERT INTO cohort SELECT (jsonb_populate_record(NULL::cohort, to_jsonb(c) || $1::jsonb)).* FROM cohort c
     WHERE c.programme_id = $2 AND c.status = 'OPEN' AND c.name NOT LIKE 'Pairs %' RETURNING id`,
    [JSON.stringify({ id: randomUUID(), name: `Pairs ${randomUUID().slice(0, 6)}`, starts_on: startsOn, ends_on: addMonthsToLocalDate(startsOn, 6) }), programmeId],
  );
  return id;
}

let receipt = 1000;
/** Someone enrolled in the cohort, working at `ods` at `band` as `jobTitle` (an application copied from the demo's, then changed). */
async function enrol(cohortId: string, name: string, ods: string, band: AfcBand, jobTitle: string): Promise<string> {
  receipt += 1;
  const changes = { id: randomUUID(), reference: `ASC-T${receipt}`, cohort_id: cohortId, receipt_number: receipt, idempotency_key: randomUUID(), applicant_name: name, organisation_id: await orgId(ods), band, job_title: jobTitle, status: "ACCEPTED" };
  const [{ id: applicationId }] = await sql(
    `INSERT INTO application SELECT (jsonb_populate_record(NULL::application, to_jsonb(a) || $1::jsonb)).* FROM application a WHERE reference = 'ASC-DEMO0001' RETURNING id`,
    [JSON.stringify(changes)],
  );
  const [{ id }] = await sql(`INSERT INTO participant (cohort_id, application_id, status) VALUES ($1, $2, 'ENROLLED') RETURNING id`, [cohortId, applicationId]);
  return toGlobalId("Participant", id);
}

async function addMentor(name: string, ods: string, capacity: number, overrides: Record<string, unknown> = {}): Promise<string> {
  const { addMentor } = await managerA.data(addMentorMutation, {
    input: { name, email: `${name.toLowerCase().replace(/\W+/g, ".")}@nhs.example`, organisationId: toGlobalId("Organisation", await orgId(ods)), band: AfcBand.BAND_8B, offers: "MENTORING_AND_COACHING", expertise: ["finance"], capacity, ...overrides },
  });
  expect(addMentor.userErrors).toEqual([]);
  return addMentor.mentor!.id;
}

const pairing = (participantId: string, mentor: string, overrides: Partial<PairMentorInput> = {}): PairMentorInput => ({ participantId, mentorId: mentor, kind: "MENTORING", startsOn: today, ...overrides });
const pair = async (client: GraphQLClient, input: PairMentorInput) => (await client.data(pairMentorMutation, { input })).pairMentor;
const suggestionsFor = async (client: GraphQLClient, participantId: string, kind?: "MENTORING" | "COACHING") => {
  const { node } = await client.data(mentorSuggestionsQuery, { participantId, kind });
  return node && "mentorSuggestions" in node ? node.mentorSuggestions : null;
};
const board = async (cohortId: string) => {
  const { cohort } = await managerA.data(mentoringBoardQuery, { id: toGlobalId("Cohort", cohortId) });
  const { cohort: gated } = await managerA.data(cohortMentoringGateQuery, { id: toGlobalId("Cohort", cohortId) });
  return { ...cohort!, mentoringGate: gated!.mentoringGate };
};

beforeAll(async () => {
  server = await createTestServer();
  await seedDemoData(server.dataSource);
  managerA = await server.signedInAs(Role.PROGRAMME_MANAGER, "a@southeast.test", "South East Leadership Academy");
  managerB = await server.signedInAs(Role.PROGRAMME_MANAGER, "b@hpma.test", "HPMA London Academy");
  facilitator = await server.signedInAs(Role.FACILITATOR, "f@thresholds.test", "Thresholds Ltd");
  [{ id: programmeId }] = await sql(`SELECT id FROM programme WHERE title = 'South East BAME Career Development Programme'`);
});
afterAll(() => server.close());

describe("suggestions", () => {
  it("ranks the academy's directory by the rules and says why, leaving out colleagues from the participant's own trust", async () => {
    const cohort = await cohortStarting(addDaysToLocalDate(today, 60));
    const participant = await enrol(cohort, "Nadia Finance", "RTH", AfcBand.BAND_6, "Finance manager");
    const suggestions = (await suggestionsFor(managerA, participant))!;
    const names = suggestions.map((s) => s.mentor.name);
    // Grace Mensah and Dr Tunde Adeyemi work at RTH, as Nadia does: never suggested.
    expect(names).not.toContain("Grace Mensah");
    expect(names).not.toContain("Dr Tunde Adeyemi");
    expect(names[0]).toBe("Ravi Chandran");
    expect(suggestions[0].score).toBe(10);
    expect(suggestions[0].reasons.map((r) => [r.rule, r.met, r.text])).toEqual([
      ["DIFFERENT_ORGANISATION", true, expect.stringMatching(/^Works elsewhere: /)],
      ["MORE_SENIOR_BAND", true, "More senior: Band 8b, participant Band 6"],
      ["MATCHING_EXPERTISE", true, "Expertise matches: finance"],
      ["CAPACITY_LEFT", true, expect.stringMatching(/places? left$/)],
    ]);
    expect(suggestions.every((s, i) => i === 0 || s.score <= suggestions[i - 1].score)).toBe(true);
    // Coaching only: those who don't coach drop out.
    const coaches = (await suggestionsFor(managerA, participant, "COACHING"))!.map((s) => s.mentor.offers);
    expect(coaches.length).toBeGreaterThan(0);
    expect(coaches).not.toContain("MENTORING");
  });

  it("are the academy's staff's alone: another academy's manager and a facilitator of other cohorts see no participant", async () => {
    const cohort = await cohortStarting(addDaysToLocalDate(today, 60));
    const participant = await enrol(cohort, "Omar Private", "RTH", AfcBand.BAND_5, "Porter");
    expect((await managerB.data(mentorSuggestionsQuery, { participantId: participant })).node).toBeNull();
    expect((await facilitator.data(mentorSuggestionsQuery, { participantId: participant })).node).toBeNull();
  });
});

describe("pairing and the gate", () => {
  it("shows the gate unmet with who is missing one, and met once everyone is paired before the start", async () => {
    const startsOn = addDaysToLocalDate(today, -10);
    const before = addDaysToLocalDate(startsOn, -10);
    const cohort = await cohortStarting(startsOn);
    const first = await enrol(cohort, "Ada First", "RTH", AfcBand.BAND_6, "Ward sister");
    const second = await enrol(cohort, "Ben Second", "RTH", AfcBand.BAND_7, "Pharmacist");
    let gate = (await board(cohort)).mentoringGate!;
    expect(gate).toMatchObject({ required: true, met: false, participantCount: 2, inPlaceCount: 0, minimumMonths: 6 });
    expect(gate.missing.map((m) => [m.participant.name, m.explanation])).toEqual([
      ["Ada First", "None yet"],
      ["Ben Second", "None yet"],
    ]);
    const paired = await pair(managerA, pairing(first, await addMentor("Gate Mentor", "RYR", 2), { startsOn: before }));
    expect(paired.userErrors).toEqual([]);
    expect(paired.relationship).toMatchObject({ kind: "MENTORING", startsOn: before, endedOn: null, mentor: { name: "Gate Mentor" }, length: { state: "ON_TRACK", minimumMetOn: addMonthsToLocalDate(before, 6) } });
    gate = (await board(cohort)).mentoringGate!;
    expect(gate.missing.map((m) => m.participant.name)).toEqual(["Ben Second"]);
    // Paired, but from after the cohort's first day: still missing, and the screen says why.
    const coach = await addMentor("Gate Coach", "RWF", 2, { offers: "COACHING" });
    const late = await pair(managerA, pairing(second, coach, { kind: "COACHING", startsOn: addDaysToLocalDate(startsOn, 1) }));
    expect(late.userErrors).toEqual([]);
    gate = (await board(cohort)).mentoringGate!;
    expect(gate.met).toBe(false);
    expect(gate.missing[0].explanation).toMatch(/^Paired from .+, after the start/);
    const ended = await managerA.data(endMentoringMutation, { input: { id: late.relationship!.id, endedOn: today, reason: "Recorded late by mistake" } });
    expect(ended.endMentoring.userErrors).toEqual([]);
    expect((await board(cohort)).mentoringGate!.missing[0].explanation).toBe("Their pairing has ended; none in place");
    expect((await pair(managerA, pairing(second, coach, { kind: "COACHING", startsOn: before }))).userErrors).toEqual([]);
    gate = (await board(cohort)).mentoringGate!;
    expect(gate).toMatchObject({ met: true, inPlaceCount: 2, missing: [] });
  });

  it("refuses pairing twice, a kind the mentor doesn't offer, and a mentor from another academy, writing nothing", async () => {
    const cohort = await cohortStarting(addDaysToLocalDate(today, 30));
    const participant = await enrol(cohort, "Cara Twice", "RTH", AfcBand.BAND_6, "Midwife");
    const mentor = await addMentor("Twice Mentor", "RYR", 3);
    expect((await pair(managerA, pairing(participant, mentor))).userErrors).toEqual([]);
    const before = await pairCount();
    const again = await pair(managerA, pairing(participant, await addMentor("Second Choice", "RYR", 3)));
    expect(again.userErrors).toEqual([expect.objectContaining({ field: ["participantId"], code: "TAKEN", message: "Cara Twice already has a mentor or coach: end that pairing first." })]);
    const other = await enrol(cohort, "Dev Kind", "RTH", AfcBand.BAND_6, "Midwife");
    const coachOnly = await mentorId("helen.ward@example.nhs.uk");
    expect((await pair(managerA, pairing(other, coachOnly, { kind: "MENTORING" }))).userErrors).toEqual([expect.objectContaining({ field: ["kind"], code: "INVALID" })]);
    const london = await mentorId("sarah.oconnell@example.nhs.uk");
    expect((await pair(managerA, pairing(other, london))).userErrors).toEqual([expect.objectContaining({ field: ["mentorId"], code: "NOT_FOUND" })]);
    const bad = await pair(managerA, pairing(other, mentor, { startsOn: "2027-02-30", plannedEndOn: "soon" }));
    expect(bad.userErrors.map((e) => [e.field, e.code])).toEqual([
      [["startsOn"], "INVALID"],
      [["plannedEndOn"], "INVALID"],
    ]);
    expect(await pairCount()).toBe(before);
  });

  it("allows a colleague from the same organisation only with a stated reason, and refuses a reason that isn't needed", async () => {
    const cohort = await cohortStarting(addDaysToLocalDate(today, 30));
    const participant = await enrol(cohort, "Eve Same", "RTH", AfcBand.BAND_6, "Staff nurse");
    const grace = await mentorId("grace.mensah@example.nhs.uk");
    const before = await pairCount();
    const refused = await pair(managerA, pairing(participant, grace));
    expect(refused.userErrors).toEqual([expect.objectContaining({ field: ["sameOrganisationReason"], code: "REQUIRED" })]);
    expect(refused.userErrors[0].message).toMatch(/Grace Mensah works at the same organisation as Eve Same/);
    const unneeded = await pair(managerA, pairing(participant, await mentorId("ravi.chandran@example.nhs.uk"), { sameOrganisationReason: "Just because" }));
    expect(unneeded.userErrors).toEqual([expect.objectContaining({ field: ["sameOrganisationReason"], code: "INVALID" })]);
    expect(await pairCount()).toBe(before);
    const allowed = await pair(managerA, pairing(participant, grace, { sameOrganisationReason: "  Eve asked for Grace: they work on different sites.  " }));
    expect(allowed.userErrors).toEqual([]);
    expect(allowed.relationship?.sameOrganisationReason).toBe("Eve asked for Grace: they work on different sites.");
  });

  it("answers NOT_FOUND for another academy's participant (as for one that doesn't exist) and FORBIDDEN to facilitators", async () => {
    const cohort = await cohortStarting(addDaysToLocalDate(today, 30));
    const participant = await enrol(cohort, "Faye Elsewhere", "RTH", AfcBand.BAND_6, "Nurse");
    const london = await mentorId("sarah.oconnell@example.nhs.uk");
    const theirs = await managerB.request(pairMentorMutation, { input: pairing(participant, london) });
    const missing = await managerB.request(pairMentorMutation, { input: pairing(toGlobalId("Participant", randomUUID()), london) });
    expect(theirs.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect(theirs.errors?.[0]?.message).toBe(missing.errors?.[0]?.message);
    expect((await facilitator.request(pairMentorMutation, { input: pairing(participant, london) })).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(await sql(`SELECT 1 FROM mentoring_relationship r JOIN mentor m ON m.id = r.mentor_id WHERE m.email = 'sarah.oconnell@example.nhs.uk'`)).toEqual([]);
  });
});

describe("capacity", () => {
  it("refuses a pairing over capacity, and a capacity below the pairings running", async () => {
    const cohort = await cohortStarting(addDaysToLocalDate(today, 30));
    const mentor = await addMentor("Full Mentor", "RYR", 1);
    const first = await enrol(cohort, "Gus One", "RTH", AfcBand.BAND_6, "Nurse");
    const second = await enrol(cohort, "Hana Two", "RTH", AfcBand.BAND_6, "Nurse");
    expect((await pair(managerA, pairing(first, mentor))).userErrors).toEqual([]);
    const full = await pair(managerA, pairing(second, mentor));
    expect(full.userErrors).toEqual([expect.objectContaining({ field: ["mentorId"], code: "INVALID", message: "Full Mentor has no places left (1 of 1 taken)." })]);
    const names = (await suggestionsFor(managerA, second))!.map((s) => s.mentor.name);
    expect(names).toContain("Ravi Chandran");
    expect(names).not.toContain("Full Mentor");
    const wider = await addMentor("Wide Mentor", "RYR", 3);
    expect((await pair(managerA, pairing(second, wider))).userErrors).toEqual([]);
    expect((await pair(managerA, pairing(await enrol(cohort, "Ivy Three", "RTH", AfcBand.BAND_6, "Nurse"), wider))).userErrors).toEqual([]);
    const lowered = await managerA.data(updateMentorMutation, {
      input: { id: wider, name: "Wide Mentor", email: "wide.mentor@nhs.example", organisationId: toGlobalId("Organisation", await orgId("RYR")), band: AfcBand.BAND_8B, offers: "MENTORING_AND_COACHING", expertise: ["finance"], capacity: 1 },
    });
    expect(lowered.updateMentor.userErrors).toEqual([expect.objectContaining({ field: ["capacity"], code: "INVALID" })]);
    const raised = await managerA.data(updateMentorMutation, {
      input: { id: wider, name: "Wide Mentor", email: "wide.mentor@nhs.example", organisationId: toGlobalId("Organisation", await orgId("RYR")), band: AfcBand.BAND_8C, offers: "MENTORING", expertise: ["finance", "estates"], capacity: 4 },
    });
    expect(raised.updateMentor.userErrors).toEqual([]);
    expect(raised.updateMentor.mentor).toMatchObject({ capacity: 4, band: "BAND_8C", runningPairings: 2, expertise: ["finance", "estates"] });
  });

  it("is exact when many pairings for the same mentor arrive at once (the mentor's row is locked)", async () => {
    const cohort = await cohortStarting(addDaysToLocalDate(today, 30));
    const mentor = await addMentor("Busy Mentor", "RYR", 2);
    const participants = await Promise.all(Array.from({ length: 6 }, (_, i) => enrol(cohort, `Rush ${i}`, "RTH", AfcBand.BAND_6, "Nurse")));
    const results = await Promise.all(participants.map((p) => pair(managerA, pairing(p, mentor))));
    expect(results.filter((r) => r.relationship).length).toBe(2);
    expect(results.filter((r) => r.userErrors[0]?.message === "Busy Mentor has no places left (2 of 2 taken).").length).toBe(4);
    const [{ n }] = await sql(`SELECT count(*)::int AS n FROM mentoring_relationship r JOIN mentor m ON m.id = r.mentor_id WHERE m.name = 'Busy Mentor'`);
    expect(n).toBe(2);
  });

  it("leaves a retired mentor's pairings running but pairs and suggests them no more", async () => {
    const cohort = await cohortStarting(addDaysToLocalDate(today, 30));
    const mentor = await addMentor("Leaving Mentor", "RYR", 3);
    const first = await enrol(cohort, "Ian Stays", "RTH", AfcBand.BAND_6, "Finance officer");
    const second = await enrol(cohort, "Jo Later", "RTH", AfcBand.BAND_6, "Finance officer");
    await pair(managerA, pairing(first, mentor));
    const { retireMentor } = await managerA.data(retireMentorMutation, { id: mentor });
    expect(retireMentor.mentor?.retiredAt).toBeTruthy();
    expect((await managerA.data(retireMentorMutation, { id: mentor })).retireMentor.userErrors[0]?.code).toBe("INVALID_TRANSITION");
    expect((await pair(managerA, pairing(second, mentor))).userErrors).toEqual([expect.objectContaining({ field: ["mentorId"], message: "Leaving Mentor has left the directory." })]);
    expect((await board(cohort)).mentoringBoard!.find((p) => p.name === "Ian Stays")!.mentoring?.mentor?.name).toBe("Leaving Mentor");
    expect((await managerB.request(retireMentorMutation, { id: await mentorId("ravi.chandran@example.nhs.uk") })).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });
});

describe("the programme's minimum length", () => {
  it("warns while a pairing is planned to end before 6 months, and records that an early end fell short", async () => {
    const cohort = await cohortStarting(addDaysToLocalDate(today, 30));
    const participant = await enrol(cohort, "Kemi Short", "RTH", AfcBand.BAND_6, "Nurse");
    const startsOn = addMonthsToLocalDate(today, -2);
    const planned = addDaysToLocalDate(addMonthsToLocalDate(startsOn, 6), -1);
    const paired = await pair(managerA, pairing(participant, await addMentor("Short Mentor", "RYR", 2), { startsOn, plannedEndOn: planned }));
    expect(paired.relationship?.length).toMatchObject({ state: "AT_RISK", minimumMetOn: addMonthsToLocalDate(startsOn, 6) });
    expect(paired.relationship?.length?.summary).toMatch(/^Planned to end on .+, before the 6-month minimum/);
    const id = paired.relationship!.id;
    const future = await managerA.data(endMentoringMutation, { input: { id, endedOn: addDaysToLocalDate(today, 1), reason: "Moving on" } });
    expect(future.endMentoring.userErrors).toEqual([expect.objectContaining({ field: ["endedOn"], code: "INVALID" })]);
    const noReason = await managerA.data(endMentoringMutation, { input: { id, endedOn: today, reason: "   " } });
    expect(noReason.endMentoring.userErrors).toEqual([expect.objectContaining({ field: ["reason"], code: "REQUIRED" })]);
    const ended = await managerA.data(endMentoringMutation, { input: { id, endedOn: today, reason: "The mentor changed jobs" } });
    expect(ended.endMentoring.relationship).toMatchObject({ endedOn: today, endReason: "The mentor changed jobs", length: { state: "FELL_SHORT" } });
    expect((await managerA.data(endMentoringMutation, { input: { id, endedOn: today, reason: "Again" } })).endMentoring.userErrors[0]?.code).toBe("INVALID_TRANSITION");
  });

  it("is met from six months after the start, and follows the setting on the programme", async () => {
    const cohort = await cohortStarting(addDaysToLocalDate(today, 30));
    const participant = await enrol(cohort, "Lola Long", "RTH", AfcBand.BAND_6, "Nurse");
    const paired = await pair(managerA, pairing(participant, await addMentor("Long Mentor", "RYR", 2), { startsOn: addMonthsToLocalDate(today, -6) }));
    expect(paired.relationship?.length?.state).toBe("MET");
    const programme = toGlobalId("Programme", programmeId);
    const refused = await managerA.data(setProgrammeMentoringRulesMutation, { input: { programmeId: programme, requiredBeforeStart: true, minimumMonths: 0 } });
    expect(refused.setProgrammeMentoringRules.userErrors).toEqual([expect.objectContaining({ field: ["minimumMonths"], code: "INVALID" })]);
    expect((await managerB.request(setProgrammeMentoringRulesMutation, { input: { programmeId: programme, requiredBeforeStart: false, minimumMonths: 1 } })).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const nine = await managerA.data(setProgrammeMentoringRulesMutation, { input: { programmeId: programme, requiredBeforeStart: true, minimumMonths: 9 } });
    expect(nine.setProgrammeMentoringRules.rules).toEqual({ requiredBeforeStart: true, minimumMonths: 9 });
    const after = await board(cohort);
    expect(after.mentoringBoard!.find((p) => p.name === "Lola Long")!.mentoring?.length?.state).toBe("ON_TRACK");
    await managerA.data(setProgrammeMentoringRulesMutation, { input: { programmeId: programme, requiredBeforeStart: true, minimumMonths: 6 } });
  });
});

describe("check-ins", () => {
  it("records a meeting with a note only the academy's staff see, refusing dates outside the pairing", async () => {
    const cohort = await cohortStarting(addDaysToLocalDate(today, 30));
    const participant = await enrol(cohort, "Max Meets", "RTH", AfcBand.BAND_6, "Nurse");
    const paired = await pair(managerA, pairing(participant, await addMentor("Meeting Mentor", "RYR", 2), { startsOn: addDaysToLocalDate(today, -10) }));
    const relationshipId = paired.relationship!.id;
    const early = await managerA.data(recordMentoringCheckInMutation, { input: { relationshipId, heldOn: addDaysToLocalDate(today, -11), note: "Before" } });
    expect(early.recordMentoringCheckIn.userErrors).toEqual([expect.objectContaining({ field: ["heldOn"], code: "INVALID" })]);
    const recorded = await managerA.data(recordMentoringCheckInMutation, { input: { relationshipId, heldOn: addDaysToLocalDate(today, -3), note: "Talked through the band 7 interview." } });
    expect(recorded.recordMentoringCheckIn.userErrors).toEqual([]);
    expect(recorded.recordMentoringCheckIn.relationship?.checkIns).toEqual([expect.objectContaining({ heldOn: addDaysToLocalDate(today, -3), note: "Talked through the band 7 interview." })]);
    expect((await managerB.data(nodeQuery, { id: relationshipId })).node).toBeNull();
    expect((await managerB.request(recordMentoringCheckInMutation, { input: { relationshipId, heldOn: today } })).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect((await facilitator.request(recordMentoringCheckInMutation, { input: { relationshipId, heldOn: today } })).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    // The refused ones wrote nothing.
    expect(await sql(`SELECT count(*)::int AS n FROM mentoring_check_in WHERE relationship_id = $1`, [fromGlobalId(relationshipId)!.id])).toEqual([{ n: 1 }]);
  });
});

describe("demo data", () => {
  it("sets the South East programme's rules and pairs participants of its cohorts, with a check-in", async () => {
    expect(await sql(`SELECT required_before_start, minimum_months FROM programme_mentoring_rules WHERE programme_id = $1`, [programmeId])).toEqual([{ required_before_start: true, minimum_months: 6 }]);
    const pairs = await sql(`SELECT r.id FROM mentoring_relationship r JOIN participant p ON p.id = r.participant_id JOIN cohort c ON c.id = p.cohort_id WHERE c.programme_id = $1 AND r.end_reason IS NULL AND c.name NOT LIKE 'Pairs %'`, [programmeId]);
    expect(pairs.length).toBeGreaterThan(0);
    expect(Number((await sql(`SELECT count(*)::int AS n FROM mentoring_check_in WHERE relationship_id = $1`, [pairs[0].id]))[0].n)).toBe(1);
  });
});
