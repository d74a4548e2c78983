import {
  acceptOfferMutation,
  addParticipantMutation,
  careerFollowUpQuery,
  careerOutcomesCsvQuery,
  careerOutcomesQuery,
  cohortOutcomePeopleQuery,
  createApiTokenMutation,
  programmeImpactQuery,
  recordCareerOutcomeMutation,
  reportCareerOutcomeMutation,
  setProgrammeImpactBaselineMutation,
  submitApplicationMutation,
  withdrawParticipantMutation,
} from "@ascent/client";
import { addDaysToLocalDate, addMonthsToLocalDate, AfcBand, ApiScope, Role, toLondon } from "@ascent/domain";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fromGlobalId, toGlobalId } from "../src/graphql/relay/global-id";
import { scheduleJob } from "../src/jobs";
import { LinkPurpose, LinkSigner } from "../src/modules/application/application.links";
import { DEVELOPMENT_LINK_SECRET } from "../src/modules/application/application.settings";
import { FOLLOW_UP_JOB } from "../src/modules/career-outcome";
import { seedDemoData } from "../src/seed/seed-demo-data";
import { applicationInput, openCohort } from "./support/applications";
import { GraphQLClient } from "./support/graphql-client";
import { startTestMailbox, TestMailbox } from "./support/mailbox";
import { createTestServer, TestServer } from "./support/test-server";

let server: TestServer;
let mailbox: TestMailbox;
let anonymous: GraphQLClient;
let admin: GraphQLClient;

beforeAll(async () => {
  mailbox = await startTestMailbox();
  server = await createTestServer({ smtpUrl: mailbox.url, consoleUrl: "http://console.test" }, { jobs: true });
  await seedDemoData(server.dataSource);
  anonymous = server.anonymous();
  admin = await server.signedInAs(Role.ADMIN, "admin@outcomes.test");
}, 120_000);
afterAll(async () => {
  await server?.close();
  await mailbox?.stop();
});

const sql = (text: string, params: unknown[] = []) => server.dataSource.query(text, params);
const today = () => toLondon(new Date()).date;
const idOf = async (text: string, params: unknown[]) => ((await sql(text, params)) as Array<{ id: string }>)[0].id;

async function partnerToken(ods: string, scopes: Array<keyof typeof ApiScope>): Promise<GraphQLClient> {
  const organisationId = await idOf("SELECT id FROM organisation WHERE ods_code = $1", [ods]);
  const { createApiToken } = await admin.data(createApiTokenMutation, {
    input: { organisationId: toGlobalId("Organisation", organisationId), scopes, label: `outcomes ${randomUUID().slice(0, 6)}` },
  });
  return new GraphQLClient(server.url, { authorization: `Bearer ${createApiToken.token}` });
}

interface Finished {
  cohortId: string;
  programmeId: string;
  manager: GraphQLClient;
  /** Application global ids: the participant, two consenting waitlisted applicants, one who didn't consent. */
  participant: string;
  comparison: string[];
  noConsent: string;
  /** The cohort's last day. */
  endedOn: string;
}

/**
 * A cohort of one place that ended `monthsAgo` months ago: the first applicant accepted (a participant, employed by
 * RTH), the next two were waitlisted and agreed to follow-up (the comparison group), the last was waitlisted without.
 */
async function finishedCohort(monthsAgo: number, before: (cohortId: string, manager: GraphQLClient) => Promise<void> = async () => {}): Promise<Finished> {
  const { cohortId, programmeId, manager } = await openCohort(server, { capacity: 1 });
  const rth = toGlobalId("Organisation", await idOf("SELECT id FROM organisation WHERE ods_code = 'RTH'", []));
  const submit = async (consent: boolean, applicant: Record<string, unknown> = {}) => {
    const { submitApplication } = await anonymous.data(submitApplicationMutation, { input: applicationInput(cohortId, { followUpConsent: consent }, applicant) });
    expect(submitApplication.userErrors).toEqual([]);
    return submitApplication as { statusToken: string; application: { reference: string; status: string } };
  };
  const first = await submit(false, { organisationId: rth, organisationName: null });
  const accepted = await anonymous.data(acceptOfferMutation, { input: { token: first.statusToken } });
  expect(accepted.acceptOffer.userErrors).toEqual([]);
  const waiting = [await submit(true, { organisationId: rth, organisationName: null }), await submit(true)];
  const refused = await submit(false);
  for (const applied of [...waiting, refused]) expect(applied.application.status).toBe("WAITLISTED");
  await before(cohortId, manager);
  // Time passes: the cohort ran and ended; everyone applied well before.
  const endedOn = addMonthsToLocalDate(today(), -monthsAgo);
  const [cohortRow] = await idsOf([cohortId]);
  await sql(`UPDATE cohort SET starts_on = $2::date - 30, ends_on = $2::date, applications_open_at = NULL, applications_close_at = NULL, status = 'COMPLETED' WHERE id = $1`, [cohortRow, endedOn]);
  await sql(
    `UPDATE cohort_session SET starts_at = ($2::date + time '09:00') AT TIME ZONE 'Europe/London', ends_at = ($2::date + time '16:30') AT TIME ZONE 'Europe/London' WHERE cohort_id = $1`,
    [cohortRow, endedOn],
  );
  await sql(`UPDATE application SET received_at = $2::date - 120 WHERE cohort_id = $1`, [cohortRow, endedOn]);
  const global = async (reference: string) => toGlobalId("Application", await idOf("SELECT id FROM application WHERE reference = $1", [reference]));
  return {
    cohortId,
    programmeId,
    manager,
    participant: await global(first.application.reference),
    comparison: [await global(waiting[0].application.reference), await global(waiting[1].application.reference)],
    noConsent: await global(refused.application.reference),
    endedOn,
  };
}

/** Database ids of global ids. */
async function idsOf(globalIds: string[]): Promise<string[]> {
  return globalIds.map((id) => fromGlobalId(id)?.id as string);
}

const record = (client: GraphQLClient, applicationId: string, fields: Record<string, unknown>) =>
  client.request(recordCareerOutcomeMutation, { input: { applicationId, kind: "PROMOTION", effectiveOn: addDaysToLocalDate(today(), -30), bandBefore: "BAND_6", bandAfter: "BAND_7", ...fields } as never });
const outcomesOf = async (applicationId: string) => (await sql("SELECT kind, effective_on::text, source FROM career_outcome WHERE application_id = $1", [(await idsOf([applicationId]))[0]])) as unknown[];

describe("recording career outcomes", () => {
  let cohort: Finished;
  beforeAll(async () => {
    cohort = await finishedCohort(8);
  }, 60_000);

  it("staff record outcomes for participants and the consenting comparison group, and nobody else", async () => {
    const promoted = await record(cohort.manager, cohort.participant, {});
    expect(promoted.data?.recordCareerOutcome).toMatchObject({ userErrors: [], careerOutcome: { kind: "PROMOTION", group: "PARTICIPANT", bandBefore: "BAND_6", bandAfter: "BAND_7", source: "STAFF" } });
    const secondment = await record(cohort.manager, cohort.comparison[1], { kind: "SECONDMENT", bandBefore: null, bandAfter: null });
    expect(secondment.data?.recordCareerOutcome.careerOutcome).toMatchObject({ kind: "SECONDMENT", group: "COMPARISON" });
    const withoutConsent = await record(cohort.manager, cohort.noConsent, {});
    expect(withoutConsent.data?.recordCareerOutcome).toMatchObject({ careerOutcome: null, userErrors: [{ field: ["applicationId"], code: "INVALID" }] });
    expect(await outcomesOf(cohort.noConsent)).toEqual([]);

    const people = await cohort.manager.data(cohortOutcomePeopleQuery, { cohortId: cohort.cohortId });
    expect(people.cohortOutcomePeople.map((person) => person.group)).toEqual(["PARTICIPANT", "COMPARISON", "COMPARISON"]);
    expect(people.cohortOutcomePeople[0]).toMatchObject({ completedOn: cohort.endedOn, outcomes: [{ kind: "PROMOTION" }] });
  });

  it("refuses what can't be true, field by field, and saves nothing", async () => {
    const before = await outcomesOf(cohort.comparison[0]);
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ bandAfter: "BAND_6" }, "bandAfter", "INVALID"], // a promotion to the same band
      [{ bandBefore: "BAND_7", bandAfter: "BAND_5" }, "bandAfter", "INVALID"],
      [{ kind: "ACTING_UP", bandAfter: "BAND_5" }, "bandAfter", "INVALID"],
      [{ kind: "NEW_ROLE_SAME_BAND", bandAfter: "BAND_7" }, "bandAfter", "INVALID"],
      [{ kind: "LEFT_NHS", bandBefore: null, bandAfter: "BAND_7" }, "bandAfter", "INVALID"],
      [{ bandBefore: null }, "bandBefore", "REQUIRED"],
      [{ effectiveOn: addDaysToLocalDate(today(), 1) }, "effectiveOn", "INVALID"], // the future
      [{ effectiveOn: addDaysToLocalDate(cohort.endedOn, -400) }, "effectiveOn", "INVALID"], // before they applied
      [{ effectiveOn: "2025-02-30" }, "effectiveOn", "INVALID"],
    ];
    for (const [fields, field, code] of cases) {
      const answer = await record(cohort.manager, cohort.comparison[0], fields);
      expect(answer.errors, JSON.stringify(fields)).toBeUndefined();
      expect(answer.data?.recordCareerOutcome, JSON.stringify(fields)).toMatchObject({ careerOutcome: null, userErrors: [{ field: [field], code }] });
    }
    expect(await outcomesOf(cohort.comparison[0])).toEqual(before);
    // The same outcome twice is refused rather than counted twice.
    const effectiveOn = addDaysToLocalDate(today(), -10);
    expect((await record(cohort.manager, cohort.comparison[0], { effectiveOn })).data?.recordCareerOutcome.userErrors).toEqual([]);
    expect((await record(cohort.manager, cohort.comparison[0], { effectiveOn })).data?.recordCareerOutcome.userErrors).toMatchObject([{ field: ["kind"], code: "TAKEN" }]);
    // A malformed id is bad input, not a refusal.
    expect((await record(cohort.manager, "nonsense", {})).errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("another academy's manager meets NOT_FOUND and a facilitator FORBIDDEN", async () => {
    const london = await server.signedInAs(Role.PROGRAMME_MANAGER, "london@outcomes.test", "HPMA London Academy");
    expect((await record(london, cohort.comparison[0], { kind: "SECONDMENT", bandBefore: null, bandAfter: null })).errors?.[0].extensions?.code).toBe("NOT_FOUND");
    expect((await london.request(cohortOutcomePeopleQuery, { cohortId: cohort.cohortId })).errors?.[0].extensions?.code).toBe("NOT_FOUND");
    const facilitator = await server.signedInAs(Role.FACILITATOR, "facilitator@outcomes.test", "Thresholds Ltd");
    expect((await record(facilitator, cohort.comparison[0], {})).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect((await facilitator.request(careerOutcomesQuery, {})).errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });
});

describe("a partner trust and its own staff", () => {
  it("reads its own staff's participation and outcomes, records outcomes for them with outcomes:write, and nobody else's", async () => {
    const cohort = await finishedCohort(7);
    const writer = await partnerToken("RTH", ["OUTCOMES_WRITE"]);
    const reader = await partnerToken("RTH", ["APPLICATIONS_READ"]);
    const other = await partnerToken("RJ1", ["OUTCOMES_WRITE"]);

    const own = await record(writer, cohort.participant, { kind: "ACTING_UP", bandBefore: "BAND_6", bandAfter: "BAND_8A" });
    expect(own.data?.recordCareerOutcome).toMatchObject({ userErrors: [], careerOutcome: { source: "PARTNER", group: "PARTICIPANT" } });
    // comparison[1] works elsewhere (a typed-in employer): not RTH's to record or read.
    expect((await record(writer, cohort.comparison[1], {})).errors?.[0].extensions?.code).toBe("NOT_FOUND");
    expect((await record(other, cohort.participant, {})).errors?.[0].extensions?.code).toBe("NOT_FOUND");
    expect((await record(reader, cohort.participant, {})).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    await record(cohort.manager, cohort.comparison[1], { kind: "LEFT_NHS", bandBefore: null, bandAfter: null });

    const seen = await reader.data(careerOutcomesQuery, { first: 100, filter: { cohortId: cohort.cohortId } });
    expect(seen.careerOutcomes.edges.map((edge) => edge.node.kind)).toEqual(["ACTING_UP"]);
    const people = await reader.data(cohortOutcomePeopleQuery, { cohortId: cohort.cohortId });
    expect(people.cohortOutcomePeople.map((person) => person.group).sort()).toEqual(["COMPARISON", "PARTICIPANT"]);
    const rj1 = toGlobalId("Organisation", await idOf("SELECT id FROM organisation WHERE ods_code = 'RJ1'", []));
    expect((await reader.request(careerOutcomesQuery, { filter: { organisationId: rj1 } })).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect((await other.data(careerOutcomesQuery, { first: 100, filter: { cohortId: cohort.cohortId } })).careerOutcomes.totalCount).toBe(0);
  });
});

describe("the follow-up link, sent by the job queue at 6, 12 and 24 months", () => {
  it("emails participants and the consenting comparison group once, and the person records an outcome from the link", async () => {
    const cohort = await finishedCohort(6);
    const emails = async () => (await sql("SELECT to_address FROM outbox_message WHERE kind = 'career-outcome.follow-up'")) as Array<{ to_address: string }>;
    const addressOf = async (applicationId: string) => (await sql("SELECT applicant_email FROM application WHERE id = $1", [(await idsOf([applicationId]))[0]]))[0].applicant_email as string;
    const participantEmail = await addressOf(cohort.participant);
    await scheduleJob({ db: server.dataSource.manager }, FOLLOW_UP_JOB, {});
    const mail = await mailbox.waitFor((m) => m.kind === "career-outcome.follow-up" && m.to.includes(participantEmail), 30_000);
    expect(mail.subject).toContain("6 months on");
    await mailbox.waitFor((m) => m.kind === "career-outcome.follow-up" && m.to.includes(participantEmail) === false && m.text.includes("did not get a place"), 30_000);
    const sent = (await emails()).map((row) => row.to_address);
    expect(sent).toContain(await addressOf(cohort.comparison[0]));
    expect(sent).not.toContain(await addressOf(cohort.noConsent));
    // Run again: the dedupe keys hold, nobody is mailed twice.
    const before = (await emails()).length;
    await scheduleJob({ db: server.dataSource.manager }, FOLLOW_UP_JOB, {});
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    expect((await emails()).length).toBe(before);

    const token = decodeURIComponent(/\/outcomes\/follow-up\/(\S+)/.exec(mail.text)?.[1] ?? "");
    const opened = await anonymous.data(careerFollowUpQuery, { token });
    expect(opened.careerFollowUp).toMatchObject({ group: "PARTICIPANT", bandWhenApplied: "BAND_6", outcomes: [] });
    const refused = await anonymous.data(reportCareerOutcomeMutation, { input: { token, kind: "PROMOTION", effectiveOn: addDaysToLocalDate(today(), -3), bandBefore: AfcBand.BAND_6, bandAfter: AfcBand.BAND_5 } });
    expect(refused.reportCareerOutcome).toMatchObject({ recorded: false, userErrors: [{ field: ["bandAfter"], code: "INVALID" }] });
    const reported = await anonymous.data(reportCareerOutcomeMutation, { input: { token, kind: "PROMOTION", effectiveOn: addDaysToLocalDate(today(), -3), bandBefore: AfcBand.BAND_6, bandAfter: AfcBand.BAND_7 } });
    expect(reported.reportCareerOutcome).toMatchObject({ recorded: true, userErrors: [], outcomes: [{ kind: "PROMOTION", bandAfter: "BAND_7" }] });
    expect(await outcomesOf(cohort.participant)).toEqual([{ kind: "PROMOTION", effective_on: addDaysToLocalDate(today(), -3), source: "SELF_REPORTED" }]);

    const tampered = await anonymous.request(careerFollowUpQuery, { token: `${token.slice(0, -2)}xx` });
    expect(tampered.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", link: "INVALID" });
    // The status link of the same person is not a follow-up link.
    const statusToken = /\/applications\/status\/(\S+)/.exec(mailbox.messages.find((m) => m.to.includes(participantEmail) && m.kind === "application.confirmation")?.text ?? "")?.[1];
    if (statusToken) expect((await anonymous.request(careerFollowUpQuery, { token: decodeURIComponent(statusToken) })).errors?.[0].extensions?.link).toBe("INVALID");
  }, 90_000);
});

describe("follow-up links for participants added by hand", () => {
  const followUps = async () => (await sql("SELECT to_address, dedupe_key FROM outbox_message WHERE kind = 'career-outcome.follow-up' ORDER BY dedupe_key")) as Array<{ to_address: string; dedupe_key: string }>;
  const tokenIn = (text: string) => decodeURIComponent(/\/outcomes\/follow-up\/(\S+)/.exec(text)?.[1] ?? "");
  const runJob = async () => {
    await scheduleJob({ db: server.dataSource.manager }, FOLLOW_UP_JOB, {});
    // The job runs on the queue; give it time to write (or not write) its mail.
    await new Promise((resolve) => setTimeout(resolve, 3_000));
  };

  it("mails someone added by hand, whose link records a promotion that programme impact counts; nobody twice, nobody without an email, withdrawal revokes", async () => {
    const stamp = randomUUID().slice(0, 6);
    const dee = `dee.handley.${stamp}@nhs.example`;
    const fay = `fay.ortiz.${stamp}@nhs.example`;
    const gus = `gus.nomail.${stamp}@nhs.example`;
    const added = new Map<string, string>();
    const cohort = await finishedCohort(6, async (cohortId, manager) => {
      for (const [name, email] of [["Dee Handley", dee], ["Fay Ortiz", fay], ["Gus Nomail", gus]]) {
        const { addParticipant } = await manager.data(addParticipantMutation, { input: { cohortId, name, email, band: AfcBand.BAND_6, organisationName: "Kent Community Health", reason: "Sent by the trust after the cohort began." } });
        expect(addParticipant.userErrors).toEqual([]);
        added.set(name, addParticipant.participant?.id as string);
      }
    });
    // Gus's address was never known (loaded from an old roster): nobody to write to.
    await sql("UPDATE participant SET person_email = NULL WHERE id = $1", [fromGlobalId(added.get("Gus Nomail") as string)?.id]);
    const impact = async () => (await cohort.manager.data(programmeImpactQuery, { programmeId: cohort.programmeId })).programmeImpact?.horizons.find((horizon) => horizon.months === 6)?.participants;
    expect(await impact()).toMatchObject({ followed: 4, promoted: 0 });

    await scheduleJob({ db: server.dataSource.manager }, FOLLOW_UP_JOB, {});
    const mail = await mailbox.waitFor((m) => m.kind === "career-outcome.follow-up" && m.to.includes(dee), 30_000);
    expect(mail.subject).toContain("6 months on");
    expect(mail.text).toContain("Dear Dee Handley,");
    const fayMail = await mailbox.waitFor((m) => m.kind === "career-outcome.follow-up" && m.to.includes(fay), 30_000);
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    const sent = await followUps();
    const mine = sent.filter((row) => [dee, fay, gus].includes(row.to_address));
    // One each for Dee and Fay, keyed per participant and horizon; none for Gus.
    expect(mine.map((row) => [row.to_address, row.dedupe_key])).toEqual(
      expect.arrayContaining([
        [dee, `career-follow-up:participant:${fromGlobalId(added.get("Dee Handley") as string)?.id}:6`],
        [fay, `career-follow-up:participant:${fromGlobalId(added.get("Fay Ortiz") as string)?.id}:6`],
      ]),
    );
    expect(mine).toHaveLength(2);
    expect(mailbox.messages.filter((m) => m.to.includes(gus) && m.kind === "career-outcome.follow-up")).toEqual([]);
    // The participant who applied is still mailed, keyed by application as before.
    expect(sent.some((row) => row.dedupe_key === `career-follow-up:${fromGlobalId(cohort.participant)?.id}:6`)).toBe(true);

    // A rerun sends nothing twice.
    const count = sent.length;
    await runJob();
    expect((await followUps()).length).toBe(count);
    expect(mailbox.messages.filter((m) => m.to.includes(dee) && m.kind === "career-outcome.follow-up")).toHaveLength(1);

    // Dee opens her link: she joined (never applied), so there is no application date.
    const token = tokenIn(mail.text);
    const opened = await anonymous.data(careerFollowUpQuery, { token });
    expect(opened.careerFollowUp).toMatchObject({ name: "Dee Handley", group: "PARTICIPANT", addedByHand: true, bandWhenApplied: "BAND_6", appliedOn: null, outcomes: [] });
    const effectiveOn = addDaysToLocalDate(cohort.endedOn, 30);
    const reported = await anonymous.data(reportCareerOutcomeMutation, { input: { token, kind: "PROMOTION", effectiveOn, bandBefore: AfcBand.BAND_6, bandAfter: AfcBand.BAND_7 } });
    expect(reported.reportCareerOutcome).toMatchObject({ recorded: true, userErrors: [], outcomes: [{ kind: "PROMOTION", effectiveOn, bandAfter: "BAND_7" }] });
    expect(await sql("SELECT application_id, participant_id, source FROM career_outcome WHERE participant_id = $1", [fromGlobalId(added.get("Dee Handley") as string)?.id])).toEqual([
      { application_id: null, participant_id: fromGlobalId(added.get("Dee Handley") as string)?.id, source: "SELF_REPORTED" },
    ]);
    expect((await anonymous.data(careerFollowUpQuery, { token })).careerFollowUp.outcomes).toMatchObject([{ kind: "PROMOTION" }]);
    expect(await impact()).toMatchObject({ followed: 4, promoted: 1 });

    // A tampered token is refused and records nothing; so is Fay's once she has withdrawn.
    const tampered = `${token.slice(0, 12)}${token[12] === "A" ? "B" : "A"}${token.slice(13)}`;
    expect((await anonymous.request(careerFollowUpQuery, { token: tampered })).errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", link: "INVALID" });
    const forged = await anonymous.request(reportCareerOutcomeMutation, { input: { token: tampered, kind: "LEFT_NHS", effectiveOn } });
    expect(forged.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", link: "INVALID" });
    const fayToken = tokenIn(fayMail.text);
    expect((await anonymous.data(careerFollowUpQuery, { token: fayToken })).careerFollowUp).toMatchObject({ name: "Fay Ortiz", addedByHand: true });
    const { withdrawParticipant } = await cohort.manager.data(withdrawParticipantMutation, { input: { participantId: added.get("Fay Ortiz") as string, reason: "Left the trust." } });
    expect(withdrawParticipant.userErrors).toEqual([]);
    expect((await anonymous.request(careerFollowUpQuery, { token: fayToken })).errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", link: "INVALID" });
    // An expired participant link says so.
    const signer = new LinkSigner(DEVELOPMENT_LINK_SECRET);
    const deeId = fromGlobalId(added.get("Dee Handley") as string)?.id as string;
    const expired = signer.sign({ purpose: LinkPurpose.PARTICIPANT_FOLLOW_UP, participantId: deeId, version: 1, expiresAt: new Date(Date.now() - 1000) });
    expect((await anonymous.request(careerFollowUpQuery, { token: expired })).errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", link: "EXPIRED" });
    expect(await impact()).toMatchObject({ followed: 3, promoted: 1 });

    // A link mailed before links named participants (it names the application) still works, and the outcome is the participant's.
    const applicationId = fromGlobalId(cohort.participant)?.id as string;
    const old = signer.sign({ purpose: LinkPurpose.FOLLOW_UP, applicationId, version: 1, expiresAt: new Date(Date.now() + 60_000) });
    expect((await anonymous.data(careerFollowUpQuery, { token: old })).careerFollowUp).toMatchObject({ group: "PARTICIPANT", addedByHand: false, appliedOn: addDaysToLocalDate(cohort.endedOn, -120) });
    const viaOld = await anonymous.data(reportCareerOutcomeMutation, { input: { token: old, kind: "ACTING_UP", effectiveOn, bandBefore: AfcBand.BAND_6, bandAfter: AfcBand.BAND_7 } });
    expect(viaOld.reportCareerOutcome).toMatchObject({ recorded: true, userErrors: [] });
    const [{ id: appliedParticipant }] = await sql("SELECT id FROM participant WHERE application_id = $1", [applicationId]);
    expect(await sql("SELECT participant_id, kind FROM career_outcome WHERE application_id = $1", [applicationId])).toEqual([{ participant_id: appliedParticipant, kind: "ACTING_UP" }]);
    // The applied participant's new-style link names the participant and shows the same outcome.
    const appliedToken = signer.sign({ purpose: LinkPurpose.PARTICIPANT_FOLLOW_UP, participantId: appliedParticipant, version: 1, expiresAt: new Date(Date.now() + 60_000) });
    expect((await anonymous.data(careerFollowUpQuery, { token: appliedToken })).careerFollowUp).toMatchObject({ addedByHand: false, outcomes: [{ kind: "ACTING_UP" }] });
    // A participant token is not an application's: the same id under the other purpose names nothing.
    const crossed = signer.sign({ purpose: LinkPurpose.FOLLOW_UP, applicationId: deeId, version: 1, expiresAt: new Date(Date.now() + 60_000) });
    expect((await anonymous.request(careerFollowUpQuery, { token: crossed })).errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", link: "INVALID" });
    expect(await impact()).toMatchObject({ followed: 3, promoted: 1 });
  }, 120_000);
});

describe("programme impact", () => {
  /** n people in each group of a new finished cohort, `promoted` of each group promoted within 6 months. */
  async function cohortWith(programmeId: string, n: number, promoted: number, endedOn: string): Promise<string> {
    const [programme] = await sql("SELECT id FROM programme WHERE id = $1", [(await idsOf([programmeId]))[0]]);
    const cohortId = await idOf(
      `INSERT INTO cohort (programme_id, name, capacity, allocation_policy, starts_on, ends_on, status)
       VALUES ($1, $2, 50, 'FIRST_COME_FIRST_SERVED', $3::date - 30, $3::date, 'COMPLETED') RETURNING id`,
      [programme.id, `Impact ${randomUUID().slice(0, 6)}`, endedOn],
    );
    for (const group of ["PARTICIPANT", "COMPARISON"]) {
      for (let i = 0; i < n; i += 1) {
        const applicationId = await idOf(
          `INSERT INTO application (reference, cohort_id, receipt_number, received_at, idempotency_key, status, eligible, endorsement_status, follow_up_consent_at, applicant_name)
           VALUES ($1, $2, $3, $4::date - 90, $5, $6, true, 'NOT_REQUIRED', $4::date - 90, 'Someone') RETURNING id`,
          [`ASC-${randomUUID().slice(0, 8).toUpperCase()}`, cohortId, (group === "PARTICIPANT" ? 0 : 100) + i + 1, endedOn, randomUUID(), group === "PARTICIPANT" ? "ACCEPTED" : "WAITLISTED"],
        );
        await sql(`INSERT INTO application_transition (application_id, to_status, reason, actor) VALUES ($1, $2, 'RECEIVED', 'APPLICANT')`, [applicationId, group === "PARTICIPANT" ? "ACCEPTED" : "WAITLISTED"]);
        if (group === "PARTICIPANT") await sql(`INSERT INTO participant (cohort_id, application_id, status) VALUES ($1, $2, 'ENROLLED')`, [cohortId, applicationId]);
        if (i < promoted) {
          await sql(`INSERT INTO career_outcome (application_id, "group", kind, effective_on, band_before, band_after, source) VALUES ($1, $2, 'PROMOTION', $3::date + 30, 'BAND_6', 'BAND_7', 'STAFF')`, [applicationId, group, endedOn]);
        }
      }
    }
    return toGlobalId("Cohort", cohortId);
  }

  it("shows the owning academy exact figures with intervals and a verdict, and records a baseline", async () => {
    const { programmeId, manager } = await openCohort(server, { capacity: 1 });
    const endedOn = addMonthsToLocalDate(today(), -13);
    await cohortWith(programmeId, 10, 6, endedOn);
    const { setProgrammeImpactBaseline } = await manager.data(setProgrammeImpactBaselineMutation, { input: { programmeId, annualRatePercent: 10, source: "ESR, BME staff at bands 5 to 7, 2024" } });
    expect(setProgrammeImpactBaseline.userErrors).toEqual([]);
    const refused = await manager.data(setProgrammeImpactBaselineMutation, { input: { programmeId, annualRatePercent: 120, source: "" } });
    expect(refused.setProgrammeImpactBaseline.userErrors.map((e) => e.field?.[0]).sort()).toEqual(["annualRatePercent", "source"]);
    const { programmeImpact } = await manager.data(programmeImpactQuery, { programmeId });
    expect(programmeImpact?.disclosure).toBe("RAW");
    const [six, twelve, twentyFour] = programmeImpact?.horizons ?? [];
    // 6 of 10 in each group: 0.6, Wilson [0.312673, 0.831820]; difference 0 with an interval either side: inconclusive.
    expect(six.participants).toMatchObject({ promoted: 6, followed: 10 });
    expect(six.participants.lower).toBeCloseTo(0.312673, 5);
    expect(six.participants.upper).toBeCloseTo(0.83182, 5);
    expect(six.verdict).toBe("INCONCLUSIVE");
    expect(twelve.participants).toMatchObject({ promoted: 6, followed: 10 });
    expect(twentyFour.participants).toMatchObject({ promoted: null, reason: "NOT_YET" });
    expect(programmeImpact?.baseline).toMatchObject({ annualRatePercent: 10 });
    expect(twelve.baseline).toBeCloseTo(0.1, 10);
    expect(twelve.baselineVerdict).toBe("PARTICIPANTS_MORE_LIKELY");
  });

  it("outside the owning academy, no figure depends on a group of 1 to 7 people, and no single cohort is shown", async () => {
    const { programmeId, cohortId } = await openCohort(server, { capacity: 1 });
    const london = await server.signedInAs(Role.PROGRAMME_MANAGER, "london.impact@outcomes.test", "HPMA London Academy");
    const endedOn = addMonthsToLocalDate(today(), -25);
    const figures = async () => (await london.data(programmeImpactQuery, { programmeId })).programmeImpact;
    const empty = await figures();
    for (let n = 1; n <= 7; n += 1) {
      const added = await cohortWith(programmeId, n, Math.ceil(n / 2), endedOn);
      const shown = await figures();
      expect(shown?.disclosure).toBe("CONTROLLED");
      for (const horizon of shown?.horizons ?? []) {
        for (const figure of [horizon.participants, horizon.comparison]) expect(figure).toMatchObject({ promoted: null, share: null, lower: null, upper: null });
        expect(horizon.verdict).toBe("NO_FIGURE");
      }
      const alone = await london.data(programmeImpactQuery, { programmeId, cohortId: added });
      expect(alone.programmeImpact).toMatchObject({ withheld: true });
      expect(alone.programmeImpact?.horizons.every((h) => h.participants.followed === null && h.participants.promoted === null)).toBe(true);
      // The small cohort is left out entirely: the figures with it are the figures without it.
      await sql(`UPDATE cohort SET status = 'CANCELLED' WHERE id = $1`, [(await idsOf([added]))[0]]);
      expect(await figures()).toEqual(empty);
    }
    // A cohort of the open cohort's programme that the reader can see is still only the owner's to break down.
    expect((await london.data(programmeImpactQuery, { programmeId, cohortId })).programmeImpact?.withheld).toBe(true);
  }, 120_000);

  it("the demo data shows Stepping Up's impact on first start: exact to its academy, controlled to others", async () => {
    const programmeId = toGlobalId("Programme", await idOf("SELECT id FROM programme WHERE title = 'Stepping Up'", []));
    const { programmeImpact } = await admin.data(programmeImpactQuery, { programmeId });
    const twentyFour = programmeImpact?.horizons[2];
    // Two completed 2020 cohorts: 12 + 12 of 48 participants and 3 + 3 of 26 in the comparison group promoted within 24 months.
    expect(twentyFour?.participants).toMatchObject({ promoted: 24, followed: 48 });
    expect(twentyFour?.comparison).toMatchObject({ promoted: 6, followed: 26 });
    expect(twentyFour?.verdict).toBe("PARTICIPANTS_MORE_LIKELY");
    expect(programmeImpact?.horizons[1].verdict).toBe("INCONCLUSIVE");
    const london = await server.signedInAs(Role.PROGRAMME_MANAGER, "london.demo@outcomes.test", "HPMA London Academy");
    const outside = (await london.data(programmeImpactQuery, { programmeId })).programmeImpact;
    expect(outside?.disclosure).toBe("CONTROLLED");
    expect(outside?.horizons[2].participants).toMatchObject({ promoted: 25, followed: 50 });
    // Fewer than 8 of the comparison group were promoted: not shown, so no verdict either.
    expect(outside?.horizons[2].comparison).toMatchObject({ promoted: null, reason: "SUPPRESSED" });
    expect(outside?.horizons[2].verdict).toBe("NO_FIGURE");
  });

  it("exports outcomes as CSV without monitoring data, and neutralises spreadsheet formulas", async () => {
    const cohort = await finishedCohort(9);
    await sql("UPDATE application SET applicant_name = '=HYPERLINK(\"x\")' WHERE id = $1", [(await idsOf([cohort.participant]))[0]]);
    await record(cohort.manager, cohort.participant, {});
    const { careerOutcomesCsv } = await cohort.manager.data(careerOutcomesCsvQuery, { filter: { cohortId: cohort.cohortId } });
    const lines = careerOutcomesCsv.trim().split("\r\n");
    expect(lines[0]).toBe("Reference,Name,Employer,Programme,Cohort,Group,Outcome,Effective on,Band before,Band after,Recorded by,Recorded at");
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(`"'=HYPERLINK(""x"")"`);
    expect(careerOutcomesCsv).not.toMatch(/ethnic/i);
  });
});
