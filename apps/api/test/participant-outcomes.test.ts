import {
  acceptOfferMutation,
  type ApiScope,
  addParticipantMutation,
  careerOutcomesCsvQuery,
  careerOutcomesQuery,
  cohortOutcomePeopleQuery,
  createApiTokenMutation,
  programmeImpactQuery,
  recordCareerOutcomeMutation,
  submitApplicationMutation,
} from "@ascent/client";
import { addDaysToLocalDate, addMonthsToLocalDate, AfcBand, CareerOutcomeKind, Role, toLondon } from "@ascent/domain";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fromGlobalId, toGlobalId } from "../src/graphql/relay/global-id";
import { seedDemoData } from "../src/seed/seed-demo-data";
import { applicationInput, openCohort } from "./support/applications";
import { GraphQLClient } from "./support/graphql-client";
import { createTestServer, TestServer } from "./support/test-server";

/**
 * Career outcomes belong to participants, so staff (or the employer's API
 * token) can record one for someone added to the roster by hand, who has no
 * application; programme impact counts them. Comparison-group applicants are
 * still recorded by application.
 */
let server: TestServer;
let admin: GraphQLClient;

beforeAll(async () => {
  server = await createTestServer();
  await seedDemoData(server.dataSource);
  admin = await server.signedInAs(Role.ADMIN, "admin@participant-outcomes.test");
}, 120_000);
afterAll(() => server?.close());

const sql = (text: string, params: unknown[] = []) => server.dataSource.query(text, params);
const today = () => toLondon(new Date()).date;
const dbId = (globalId: string) => fromGlobalId(globalId)?.id as string;
const organisation = async (ods: string) => toGlobalId("Organisation", (await sql("SELECT id FROM organisation WHERE ods_code = $1", [ods]))[0].id);

async function partnerToken(ods: string, scopes: ApiScope[]): Promise<GraphQLClient> {
  const { createApiToken } = await admin.data(createApiTokenMutation, { input: { organisationId: await organisation(ods), scopes, label: `participant outcomes ${randomUUID().slice(0, 6)}` } });
  expect(createApiToken.userErrors).toEqual([]);
  return new GraphQLClient(server.url, { authorization: `Bearer ${createApiToken.token}` });
}

interface Roster {
  cohortId: string;
  programmeId: string;
  manager: GraphQLClient;
  /** Participant global ids: one who applied (RTH), two added by hand (Dee at RTH, Eli at RJ1). */
  applied: string;
  dee: string;
  eli: string;
  /** Application global id of a consenting waitlisted applicant (the comparison group). */
  comparison: string;
  endedOn: string;
}

/** A cohort that ended `monthsAgo` months ago: one participant from an application, two added by hand, one comparison-group applicant. */
async function roster(monthsAgo: number): Promise<Roster> {
  const { cohortId, programmeId, manager } = await openCohort(server, { capacity: 1 });
  const rth = await organisation("RTH");
  const submit = async (consent: boolean) => {
    const { submitApplication } = await server.anonymous().data(submitApplicationMutation, { input: applicationInput(cohortId, { followUpConsent: consent }, { organisationId: rth, organisationName: null }) });
    expect(submitApplication.userErrors).toEqual([]);
    return submitApplication;
  };
  const first = await submit(false);
  expect((await server.anonymous().data(acceptOfferMutation, { input: { token: first.statusToken! } })).acceptOffer.userErrors).toEqual([]);
  const waiting = await submit(true);
  expect(waiting.application?.status).toBe("WAITLISTED");
  const add = async (name: string, organisationId: string) => {
    const { addParticipant } = await manager.data(addParticipantMutation, {
      input: { cohortId, name, email: `${name.toLowerCase().replace(/\W+/g, ".")}.${randomUUID().slice(0, 6)}@nhs.example`, organisationId, band: AfcBand.BAND_6, reason: "On the South East roster sent by the trust." },
    });
    expect(addParticipant.userErrors).toEqual([]);
    return addParticipant.participant?.id as string;
  };
  const dee = await add("Dee Handley", rth);
  const eli = await add("Eli Rosen", await organisation("RJ1"));
  // Time passes: the cohort ran and ended; everyone applied well before.
  const endedOn = addMonthsToLocalDate(today(), -monthsAgo);
  await sql(`UPDATE cohort SET starts_on = $2::date - 30, ends_on = $2::date, applications_open_at = NULL, applications_close_at = NULL, status = 'COMPLETED' WHERE id = $1`, [dbId(cohortId), endedOn]);
  await sql(`UPDATE cohort_session SET starts_at = ($2::date + time '09:00') AT TIME ZONE 'Europe/London', ends_at = ($2::date + time '16:30') AT TIME ZONE 'Europe/London' WHERE cohort_id = $1`, [dbId(cohortId), endedOn]);
  await sql(`UPDATE application SET received_at = $2::date - 120 WHERE cohort_id = $1`, [dbId(cohortId), endedOn]);
  const [{ id: appliedRow }] = await sql("SELECT pt.id FROM participant pt JOIN application a ON a.id = pt.application_id WHERE a.reference = $1", [first.application?.reference]);
  const [{ id: waitingRow }] = await sql("SELECT id FROM application WHERE reference = $1", [waiting.application?.reference]);
  return { cohortId, programmeId, manager, applied: toGlobalId("Participant", appliedRow), dee, eli, comparison: toGlobalId("Application", waitingRow), endedOn };
}

type Person = { participantId?: string | null; applicationId?: string | null };
const promotion = (client: GraphQLClient, person: Person, fields: Record<string, unknown> = {}) =>
  client.request(recordCareerOutcomeMutation, {
    input: { ...person, kind: CareerOutcomeKind.PROMOTION, effectiveOn: addDaysToLocalDate(today(), -30), bandBefore: AfcBand.BAND_6, bandAfter: AfcBand.BAND_7, ...fields },
  });
const rowsOf = async (participantId: string) => (await sql("SELECT application_id, participant_id, kind, source FROM career_outcome WHERE participant_id = $1 ORDER BY recorded_at", [dbId(participantId)])) as Array<Record<string, string | null>>;
const outcomeCount = async () => (await sql("SELECT count(*)::int AS n FROM career_outcome"))[0].n as number;

describe("an outcome for a participant, also one added by hand", () => {
  let cohort: Roster;
  beforeAll(async () => {
    cohort = await roster(8);
  }, 90_000);

  it("staff record one for a participant added by hand: it is theirs, with no application, and shows on the cohort's people", async () => {
    const answer = await promotion(cohort.manager, { participantId: cohort.dee });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.recordCareerOutcome).toMatchObject({ userErrors: [], careerOutcome: { kind: "PROMOTION", group: "PARTICIPANT", source: "STAFF", bandAfter: "BAND_7" } });
    expect(await rowsOf(cohort.dee)).toEqual([{ application_id: null, participant_id: dbId(cohort.dee), kind: "PROMOTION", source: "STAFF" }]);
    // The same again is refused, not counted twice.
    expect((await promotion(cohort.manager, { participantId: cohort.dee })).data?.recordCareerOutcome.userErrors).toMatchObject([{ field: ["kind"], code: "TAKEN" }]);

    const { cohortOutcomePeople } = await cohort.manager.data(cohortOutcomePeopleQuery, { cohortId: cohort.cohortId });
    const dee = cohortOutcomePeople.find((person) => person.participant?.id === cohort.dee);
    expect(dee).toMatchObject({ name: "Dee Handley", band: "BAND_6", addedByHand: true, application: null, group: "PARTICIPANT", completedOn: cohort.endedOn, outcomes: [{ kind: "PROMOTION" }] });
    const applied = cohortOutcomePeople.find((person) => person.participant?.id === cohort.applied);
    expect(applied).toMatchObject({ addedByHand: false, group: "PARTICIPANT", outcomes: [] });
    expect(applied?.application?.id).toBeTruthy();
    expect(cohortOutcomePeople.map((person) => [person.group, person.addedByHand]).sort()).toEqual([
      ["COMPARISON", false],
      ["PARTICIPANT", false],
      ["PARTICIPANT", true],
      ["PARTICIPANT", true],
    ]);

    const { careerOutcomes } = await cohort.manager.data(careerOutcomesQuery, { first: 10, filter: { cohortId: cohort.cohortId } });
    expect(careerOutcomes.edges.map(({ node }) => ({ name: node.name, addedByHand: node.addedByHand, participant: node.participant?.id, application: node.application }))).toEqual([
      { name: "Dee Handley", addedByHand: true, participant: cohort.dee, application: null },
    ]);
  });

  it("a participant who applied is recorded by participant (or, as before, by application) and the outcome names both", async () => {
    const byParticipant = await promotion(cohort.manager, { participantId: cohort.applied }, { kind: CareerOutcomeKind.ACTING_UP, bandAfter: AfcBand.BAND_8A });
    expect(byParticipant.data?.recordCareerOutcome.userErrors).toEqual([]);
    const { cohortOutcomePeople } = await cohort.manager.data(cohortOutcomePeopleQuery, { cohortId: cohort.cohortId });
    const applicationId = cohortOutcomePeople.find((person) => person.participant?.id === cohort.applied)?.application?.id as string;
    const byApplication = await promotion(cohort.manager, { applicationId }, { effectiveOn: addDaysToLocalDate(today(), -20) });
    expect(byApplication.data?.recordCareerOutcome.userErrors).toEqual([]);
    expect((await rowsOf(cohort.applied)).map((row) => [row.application_id, row.kind])).toEqual([
      [dbId(applicationId), "ACTING_UP"],
      [dbId(applicationId), "PROMOTION"],
    ]);
    // A comparison-group applicant is still recorded by application, and has no participant.
    const comparison = await promotion(cohort.manager, { applicationId: cohort.comparison }, { kind: CareerOutcomeKind.SECONDMENT, bandBefore: null, bandAfter: null });
    expect(comparison.data?.recordCareerOutcome).toMatchObject({ userErrors: [], careerOutcome: { group: "COMPARISON" } });
    expect(await sql("SELECT participant_id FROM career_outcome WHERE application_id = $1", [dbId(cohort.comparison)])).toEqual([{ participant_id: null }]);
  });

  it("both ids, or neither, is a userErrors entry and writes nothing; a comparison applicant's id as a participant's is bad input", async () => {
    const before = await outcomeCount();
    const both = await promotion(cohort.manager, { participantId: cohort.eli, applicationId: cohort.comparison }, { effectiveOn: addDaysToLocalDate(today(), -5) });
    expect(both.errors).toBeUndefined();
    expect(both.data?.recordCareerOutcome).toMatchObject({ careerOutcome: null, userErrors: [{ field: ["participantId"], code: "INVALID" }] });
    const neither = await promotion(cohort.manager, {}, { effectiveOn: addDaysToLocalDate(today(), -5) });
    expect(neither.data?.recordCareerOutcome).toMatchObject({ careerOutcome: null, userErrors: [{ field: ["participantId"], code: "REQUIRED" }] });
    const nulls = await promotion(cohort.manager, { participantId: null, applicationId: null }, { effectiveOn: addDaysToLocalDate(today(), -5) });
    expect(nulls.data?.recordCareerOutcome.userErrors).toMatchObject([{ field: ["participantId"], code: "REQUIRED" }]);
    expect((await promotion(cohort.manager, { participantId: cohort.comparison })).errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    // The rules still hold for someone added by hand (who has no application date to check against).
    const future = await promotion(cohort.manager, { participantId: cohort.eli }, { effectiveOn: addDaysToLocalDate(today(), 2) });
    expect(future.data?.recordCareerOutcome.userErrors).toMatchObject([{ field: ["effectiveOn"], code: "INVALID" }]);
    expect(await outcomeCount()).toBe(before);
  });

  it("another academy's manager meets NOT_FOUND, a facilitator FORBIDDEN", async () => {
    const london = await server.signedInAs(Role.PROGRAMME_MANAGER, "london@participant-outcomes.test", "HPMA London Academy");
    expect((await promotion(london, { participantId: cohort.eli })).errors?.[0].extensions?.code).toBe("NOT_FOUND");
    const facilitator = await server.signedInAs(Role.FACILITATOR, "facilitator@participant-outcomes.test", "Thresholds Ltd");
    expect((await promotion(facilitator, { participantId: cohort.eli })).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect(await rowsOf(cohort.eli)).toEqual([]);
  });

  it("the CSV export marks people added by hand", async () => {
    const { careerOutcomesCsv } = await cohort.manager.data(careerOutcomesCsvQuery, { filter: { cohortId: cohort.cohortId } });
    const lines = careerOutcomesCsv.trimEnd().split("\r\n");
    expect(lines[0]).toBe("Reference,Name,Employer,Programme,Cohort,Group,Outcome,Effective on,Band before,Band after,Recorded by,Recorded at");
    const dee = lines.filter((line) => line.includes("Dee Handley"));
    expect(dee).toHaveLength(1);
    expect(dee[0]).toMatch(/^\(added by hand\),Dee Handley,[^,]+,Test programme [^,]+,Cohort [^,]+,PARTICIPANT,PROMOTION,/);
    expect(lines.filter((line) => line.startsWith("(added by hand),"))).toHaveLength(1);
    expect(lines.filter((line) => line.startsWith("ASC-"))).toHaveLength(3);
  });
});

describe("a partner trust and people added by hand", () => {
  it("records outcomes for its own staff added by hand with outcomes:write, and nobody else's", async () => {
    const cohort = await roster(7);
    const writer = await partnerToken("RTH", ["OUTCOMES_WRITE"]);
    const reader = await partnerToken("RTH", ["APPLICATIONS_READ"]);
    const other = await partnerToken("RJ1", ["OUTCOMES_WRITE"]);

    // Eli works for RJ1: not RTH's to record; Dee works for RTH: not RJ1's.
    expect((await promotion(writer, { participantId: cohort.eli })).errors?.[0].extensions?.code).toBe("NOT_FOUND");
    expect((await promotion(other, { participantId: cohort.dee })).errors?.[0].extensions?.code).toBe("NOT_FOUND");
    expect((await promotion(reader, { participantId: cohort.dee })).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect(await rowsOf(cohort.dee)).toEqual([]);
    const own = await promotion(writer, { participantId: cohort.dee });
    expect(own.data?.recordCareerOutcome).toMatchObject({ userErrors: [], careerOutcome: { source: "PARTNER", group: "PARTICIPANT" } });
    const mine = await promotion(other, { participantId: cohort.eli }, { kind: CareerOutcomeKind.LEFT_NHS, bandBefore: null, bandAfter: null });
    expect(mine.data?.recordCareerOutcome.userErrors).toEqual([]);

    // Each reads its own staff's outcomes only, those added by hand included.
    const seen = await reader.data(careerOutcomesQuery, { first: 10, filter: { cohortId: cohort.cohortId } });
    expect(seen.careerOutcomes.edges.map(({ node }) => [node.kind, node.addedByHand])).toEqual([["PROMOTION", true]]);
    const theirs = await other.data(careerOutcomesQuery, { first: 10, filter: { cohortId: cohort.cohortId } });
    expect(theirs.careerOutcomes.edges.map(({ node }) => node.kind)).toEqual(["LEFT_NHS"]);
    const people = await other.data(cohortOutcomePeopleQuery, { cohortId: cohort.cohortId });
    expect(people.cohortOutcomePeople.map((person) => [person.name, person.addedByHand])).toEqual([["Eli Rosen", true]]);
  });
});

describe("programme impact", () => {
  it("counts the outcomes of participants added by hand", async () => {
    const cohort = await roster(8);
    const sixMonths = async () => (await cohort.manager.data(programmeImpactQuery, { programmeId: cohort.programmeId })).programmeImpact?.horizons.find((horizon) => horizon.months === 6);
    const before = await sixMonths();
    // Three participants followed (one who applied, two added by hand), nobody promoted yet.
    expect(before?.participants).toMatchObject({ followed: 3, promoted: 0 });
    expect(before?.comparison).toMatchObject({ followed: 1, promoted: 0 });

    const effectiveOn = addDaysToLocalDate(cohort.endedOn, 30);
    expect((await promotion(cohort.manager, { participantId: cohort.dee }, { effectiveOn })).data?.recordCareerOutcome.userErrors).toEqual([]);
    expect((await promotion(cohort.manager, { participantId: cohort.eli }, { effectiveOn })).data?.recordCareerOutcome.userErrors).toEqual([]);
    const after = await sixMonths();
    expect(after?.participants).toMatchObject({ followed: 3, promoted: 2 });
    expect(after?.participants.share).toBeCloseTo(2 / 3, 5);
    expect(after?.comparison).toMatchObject({ followed: 1, promoted: 0 });
  });
});
