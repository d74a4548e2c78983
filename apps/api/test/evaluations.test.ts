import {
  closeEvaluationMutation,
  createCohortMutation,
  createQuestionnaireMutation,
  createQuestionTemplateMutation,
  evaluationFormQuery,
  evaluationResultsQuery,
  programmeEvaluationQuery,
  sendEvaluationMutation,
  submitEvaluationMutation,
  type EvaluationAnswerInput,
} from "@ascent/client";
import { AllocationPolicy, Role } from "@ascent/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fromGlobalId } from "../src/graphql/relay/global-id";
import { scheduleJob } from "../src/jobs";
import { LinkPurpose, LinkSigner } from "../src/modules/application";
import { DEVELOPMENT_LINK_SECRET } from "../src/modules/application/application.settings";
import { postProgrammeEvaluationReturned } from "../src/modules/evaluation";
import { EVALUATION_SWEEP_JOB } from "../src/modules/evaluation/evaluation.jobs";
import { seedDemoData } from "../src/seed/seed-demo-data";
import { openCohort } from "./support/applications";
import { addTemplate, enrol, programmeWithQuestionnaires, testLinks, tokensFor } from "./support/evaluations";
import type { GraphQLClient } from "./support/graphql-client";
import { startTestMailbox, type TestMailbox } from "./support/mailbox";
import { createTestServer, type TestServer } from "./support/test-server";

/** Evaluations over real HTTP, a real PostgreSQL and a real SMTP receiver. */
let server: TestServer;
let mailbox: TestMailbox;
let anonymous: GraphQLClient;

beforeAll(async () => {
  mailbox = await startTestMailbox();
  server = await createTestServer({ smtpUrl: mailbox.url, consoleUrl: "http://console.test" }, { jobs: true });
  await seedDemoData(server.dataSource);
  anonymous = server.anonymous();
}, 120_000);
afterAll(async () => {
  await server.close();
  await mailbox.stop();
});

const sql = (text: string, params: unknown[] = []) => server.dataSource.query(text, params);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const uuid = (globalId: string) => fromGlobalId(globalId)!.id;
const mailsTo = (address: string) => mailbox.messages.filter((mail) => mail.to.includes(address));
const emailsOf = async (participantIds: string[]): Promise<string[]> =>
  (await sql(`SELECT a.applicant_email AS email FROM participant p JOIN application a ON a.id = p.application_id WHERE p.id = ANY($1::uuid[]) ORDER BY a.applicant_email`, [participantIds])).map((r: { email: string }) => r.email);
const linkIn = (text: string) => decodeURIComponent(/\/evaluations\/answer\/(\S+)/.exec(text)![1]);
const submit = (token: string, answers: EvaluationAnswerInput[]) => anonymous.request(submitEvaluationMutation, { input: { token, answers } });
const answerRows = async () => Number((await sql(`SELECT count(*)::int AS n FROM evaluation_answer`))[0].n);

/** Everyone answers: `ratings[i]` for participant i's confidence (and leadership the same), with a comment. */
async function answerAll(questionnaireId: string, questions: string[], participants: string[], ratings: number[]) {
  const tokens = await tokensFor(server, questionnaireId);
  for (const [i, participant] of participants.entries()) {
    const result = await submit(tokens.get(participant)!, [
      { questionId: questions[0], rating: ratings[i] },
      { questionId: questions[1], rating: ratings[i] },
      { questionId: questions[2], text: `Comment from person ${i + 1}` },
    ]);
    expect(result.data?.submitEvaluation.userErrors).toEqual([]);
  }
}

describe("building questionnaires", () => {
  it("refuses bad questions and questionnaires with a message per field, saving nothing", async () => {
    const { manager, programmeId } = await openCohort(server, { capacity: 5 });
    const before = Number((await sql(`SELECT count(*)::int AS n FROM evaluation_question_template`))[0].n);
    const template = async (input: Record<string, unknown>) =>
      (await manager.data(createQuestionTemplateMutation, { input: { kind: "LIKERT", prompt: "Q", lowLabel: "low", highLabel: "high", level: "REACTION", ...input } as never })).createQuestionTemplate.userErrors;
    expect((await template({ prompt: "  ", lowLabel: "", highLabel: "x".repeat(61) })).map((e) => [e.field?.join("."), e.code])).toEqual([
      ["prompt", "REQUIRED"],
      ["lowLabel", "REQUIRED"],
      ["highLabel", "TOO_LONG"],
    ]);
    expect((await template({ kind: "FREE_TEXT", lowLabel: null, highLabel: null, measure: "CONFIDENCE" }))[0]).toMatchObject({ field: ["measure"], code: "INVALID" });
    expect(Number((await sql(`SELECT count(*)::int AS n FROM evaluation_question_template`))[0].n)).toBe(before);

    const mine = await addTemplate(manager);
    const hpma = await server.signedInAs(Role.PROGRAMME_MANAGER, "evaluations.hpma@test.ascent.local", "HPMA London Academy");
    const theirs = await addTemplate(hpma);
    const questionnaire = async (input: Record<string, unknown>) =>
      (await manager.data(createQuestionnaireMutation, { input: { programmeId, point: "POST_PROGRAMME", title: "After", questions: [{ templateId: mine, required: true }], ...input } as never })).createQuestionnaire;
    const refused = await questionnaire({ point: "FOLLOW_UP", title: "", questions: [{ templateId: mine, required: true }, { templateId: mine, required: false }, { templateId: theirs, required: true }] });
    expect(refused.userErrors.map((e) => [e.field?.join("."), e.code])).toEqual([
      ["title", "REQUIRED"],
      ["followUpMonths", "REQUIRED"],
      ["questions.1.templateId", "INVALID"],
      ["questions.2.templateId", "NOT_FOUND"],
    ]);
    expect((await questionnaire({ point: "FOLLOW_UP", followUpMonths: 37 })).userErrors[0]).toMatchObject({ field: ["followUpMonths"], code: "INVALID" });
    expect((await questionnaire({})).userErrors).toEqual([]);
    expect((await questionnaire({ title: "Again" })).userErrors[0]).toMatchObject({ field: ["point"], code: "TAKEN" });
    expect((await questionnaire({ point: "FOLLOW_UP", followUpMonths: 6, title: "Six months on" })).userErrors).toEqual([]);
    const { programme } = await manager.data(programmeEvaluationQuery, { id: programmeId });
    expect(programme!.questionnaires.map((q) => q.point)).toEqual(["POST_PROGRAMME", "FOLLOW_UP"]);
    // Another academy's manager sees the published programme but none of its questionnaires, and can't build one for it.
    expect((await hpma.data(programmeEvaluationQuery, { id: programmeId })).programme!.questionnaires).toEqual([]);
    const foreign = await hpma.data(createQuestionnaireMutation, { input: { programmeId, point: "PRE_PROGRAMME", title: "Before", questions: [{ templateId: theirs, required: true }] } });
    expect(foreign.createQuestionnaire.userErrors[0]).toMatchObject({ field: ["programmeId"], code: "NOT_FOUND" });
  });
});

describe("sending", () => {
  it("sends each participant one email with a private link, however often staff press send or the sweep runs", async () => {
    const built = await programmeWithQuestionnaires(server);
    const participants = await enrol(server, built.cohortId, 3, "once");
    const addresses = await emailsOf(participants);
    const first = await built.manager.data(sendEvaluationMutation, { input: { questionnaireId: built.pre, cohortId: built.cohortId } });
    expect(first.sendEvaluation).toMatchObject({ sent: 3, userErrors: [] });
    for (const address of addresses) await mailbox.waitFor((mail) => mail.to.includes(address) && mail.kind === "evaluation.invitation");
    const again = await built.manager.data(sendEvaluationMutation, { input: { questionnaireId: built.pre, cohortId: built.cohortId } });
    expect(again.sendEvaluation).toMatchObject({ sent: 0, userErrors: [] });
    await scheduleJob({ db: server.dataSource.manager }, EVALUATION_SWEEP_JOB, {});
    await scheduleJob({ db: server.dataSource.manager }, EVALUATION_SWEEP_JOB, {});
    // Someone who joins later is invited on the next send, and only they are.
    const [late] = await enrol(server, built.cohortId, 1, "late");
    const [lateAddress] = await emailsOf([late]);
    expect((await built.manager.data(sendEvaluationMutation, { input: { questionnaireId: built.pre, cohortId: built.cohortId } })).sendEvaluation.sent).toBe(1);
    await mailbox.waitFor((mail) => mail.to.includes(lateAddress));
    await sleep(3_000); // time for any duplicate to arrive
    for (const address of [...addresses, lateAddress]) expect(mailsTo(address)).toHaveLength(1);
    const mail = mailsTo(addresses[0])[0];
    expect(mail.subject).toContain("Before the programme");
    expect(mail.text).toMatch(/http:\/\/console\.test\/evaluations\/answer\//);
    const form = await anonymous.data(evaluationFormQuery, { token: linkIn(mail.text) });
    expect(form.evaluationForm).toMatchObject({ pointLabel: "Before the programme", submittedAt: null, answers: [] });
    expect(form.evaluationForm.questions.map((q) => [q.kind, q.required])).toEqual([["LIKERT", true], ["LIKERT", false], ["FREE_TEXT", false]]);
  });

  it("the timed sweep sends a questionnaire when its window opens (here: the day after the cohort's last day), once", async () => {
    const built = await programmeWithQuestionnaires(server);
    const participants = await enrol(server, built.cohortId, 2, "sweep");
    const addresses = await emailsOf(participants);
    await sql(`UPDATE cohort SET starts_on = current_date - 20, ends_on = current_date - 1 WHERE id = $1`, [uuid(built.cohortId)]);
    // Its sessions ran too: the last one ended yesterday.
    await sql(
      `UPDATE cohort_session SET starts_at = ((current_date - 1) + time '09:00') AT TIME ZONE 'Europe/London', ends_at = ((current_date - 1) + time '16:30') AT TIME ZONE 'Europe/London' WHERE cohort_id = $1`,
      [uuid(built.cohortId)],
    );
    await scheduleJob({ db: server.dataSource.manager }, EVALUATION_SWEEP_JOB, {});
    for (const address of addresses) await mailbox.waitFor((mail) => mail.to.includes(address) && mail.subject.startsWith("After the programme"));
    await scheduleJob({ db: server.dataSource.manager }, EVALUATION_SWEEP_JOB, {});
    await sleep(3_000);
    for (const address of addresses) expect(mailsTo(address)).toHaveLength(1); // the pre-programme window closed when the cohort started: not sent
    const [round] = await sql(`SELECT closes_at FROM evaluation_round WHERE questionnaire_id = $1`, [uuid(built.post)]);
    expect(round.closes_at.getTime()).toBeGreaterThan(Date.now() + 26 * 24 * 3600_000);
  });

  it("refuses to send after answering closed, and to close twice", async () => {
    const built = await programmeWithQuestionnaires(server);
    await enrol(server, built.cohortId, 1, "closing");
    const input = { questionnaireId: built.pre, cohortId: built.cohortId };
    expect((await built.manager.data(closeEvaluationMutation, { input })).closeEvaluation.userErrors[0]).toMatchObject({ code: "INVALID_TRANSITION" });
    await built.manager.data(sendEvaluationMutation, { input });
    expect((await built.manager.data(closeEvaluationMutation, { input })).closeEvaluation.userErrors).toEqual([]);
    expect((await built.manager.data(closeEvaluationMutation, { input })).closeEvaluation.userErrors[0]).toMatchObject({ code: "INVALID_TRANSITION" });
    expect((await built.manager.data(sendEvaluationMutation, { input })).sendEvaluation.userErrors[0]).toMatchObject({ field: ["cohortId"], code: "INVALID_TRANSITION" });
  });
});

describe("answering through the link", () => {
  it("refuses tampered, foreign, expired and closed links as bad input that names nothing", async () => {
    const built = await programmeWithQuestionnaires(server);
    const [participant] = await enrol(server, built.cohortId, 1, "links");
    await built.manager.data(sendEvaluationMutation, { input: { questionnaireId: built.pre, cohortId: built.cohortId } });
    const token = (await tokensFor(server, built.pre)).get(participant)!;
    const linkError = async (t: string) => {
      const response = await anonymous.request(evaluationFormQuery, { token: t });
      return [response.errors?.[0]?.extensions?.code, response.errors?.[0]?.extensions?.link];
    };
    expect((await anonymous.request(evaluationFormQuery, { token })).errors).toBeUndefined();
    const [payload, signature] = token.split(".");
    const forged = Buffer.from(Buffer.from(payload, "base64url").toString().replace(/\.(\d+)$/, ".9999999999")).toString("base64url");
    expect(await linkError(`${forged}.${signature}`)).toEqual(["BAD_USER_INPUT", "INVALID"]);
    expect(await linkError(`${payload}.${signature.slice(0, -2)}AA`)).toEqual(["BAD_USER_INPUT", "INVALID"]);
    expect(await linkError("not-a-token")).toEqual(["BAD_USER_INPUT", "INVALID"]);
    const [invitation] = await sql(`SELECT id FROM evaluation_invitation WHERE participant_id = $1`, [participant]);
    expect(await linkError(testLinks.sign(invitation.id, new Date(Date.now() - 1000)))).toEqual(["BAD_USER_INPUT", "EXPIRED"]);
    expect(await linkError(testLinks.sign("00000000-0000-4000-8000-000000000000", new Date(Date.now() + 60_000)))).toEqual(["BAD_USER_INPUT", "INVALID"]);
    // An application's status link is signed with the same secret for another purpose: never an evaluation link.
    const applicationToken = new LinkSigner(DEVELOPMENT_LINK_SECRET).sign({ purpose: LinkPurpose.STATUS, applicationId: invitation.id, version: 1, expiresAt: new Date(Date.now() + 60_000) });
    expect(await linkError(applicationToken)).toEqual(["BAD_USER_INPUT", "INVALID"]);
    const tampered = await submit(`${forged}.${signature}`, []);
    expect(tampered.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    await built.manager.data(closeEvaluationMutation, { input: { questionnaireId: built.pre, cohortId: built.cohortId } });
    expect(await linkError(token)).toEqual(["BAD_USER_INPUT", "CLOSED"]);
    expect((await submit(token, [{ questionId: built.preQuestions[0], rating: 3 }])).errors?.[0]?.extensions?.link).toBe("CLOSED");
  });

  it("validates answers beside their questions, saves nothing when any is wrong, and updates the one response until closing", async () => {
    const built = await programmeWithQuestionnaires(server);
    const [participant] = await enrol(server, built.cohortId, 1, "answers");
    await built.manager.data(sendEvaluationMutation, { input: { questionnaireId: built.pre, cohortId: built.cohortId } });
    const token = (await tokensFor(server, built.pre)).get(participant)!;
    const [confidence, leadership, comment] = built.preQuestions;
    const before = await answerRows();
    const bad = await submit(token, [
      { questionId: leadership, rating: 6 },
      { questionId: comment, rating: 2 },
      { questionId: built.postQuestions[0], rating: 3 },
    ]);
    expect(bad.data!.submitEvaluation.userErrors.map((e) => [e.field?.join("."), e.code])).toEqual([
      [`answers.${leadership}`, "INVALID"],
      [`answers.${comment}`, "INVALID"],
      ["answers.2.questionId", "NOT_FOUND"],
      [`answers.${confidence}`, "REQUIRED"],
    ]);
    expect((await submit(token, [{ questionId: confidence, rating: 2, text: "two" }])).data!.submitEvaluation.userErrors[0]).toMatchObject({ field: ["answers", confidence], code: "INVALID" });
    expect((await submit(token, [{ questionId: confidence, rating: 2 }, { questionId: comment, text: "x".repeat(4001) }])).data!.submitEvaluation.userErrors[0]).toMatchObject({ code: "TOO_LONG" });
    expect(await answerRows()).toBe(before);

    const first = (await submit(token, [{ questionId: confidence, rating: 2 }, { questionId: comment, text: "  Kept exactly as typed.  " }])).data!.submitEvaluation;
    expect(first.userErrors).toEqual([]);
    expect(first.form!.answers).toEqual(expect.arrayContaining([{ questionId: confidence, rating: 2, text: null }, { questionId: comment, rating: null, text: "  Kept exactly as typed.  " }]));
    const second = (await submit(token, [{ questionId: confidence, rating: 4 }, { questionId: leadership, rating: 3 }])).data!.submitEvaluation;
    expect(second.form!.answers).toHaveLength(2);
    expect(second.form!.submittedAt).toBe(first.form!.submittedAt);
    const [{ responses }] = await sql(`SELECT count(*)::int AS responses FROM evaluation_invitation WHERE participant_id = $1 AND submitted_at IS NOT NULL`, [participant]);
    expect(responses).toBe(1);
    expect(await answerRows()).toBe(before + 2);
  });
});

describe("results", () => {
  it("shows the paired change before vs after with its t-interval (the hand-computed example of packages/metrics)", async () => {
    const built = await programmeWithQuestionnaires(server);
    const participants = await enrol(server, built.cohortId, 10, "paired");
    const before = [2, 3, 2, 3, 1, 2, 3, 2, 3, 2];
    const after = [3, 4, 4, 3, 3, 3, 5, 2, 4, 4];
    for (const [questionnaireId, questions, ratings] of [[built.pre, built.preQuestions, before], [built.post, built.postQuestions, after]] as const) {
      await built.manager.data(sendEvaluationMutation, { input: { questionnaireId, cohortId: built.cohortId } });
      await answerAll(questionnaireId, [...questions], participants, [...ratings]);
    }
    const open = (await built.manager.data(evaluationResultsQuery, { programmeId: built.programmeId, cohortId: built.cohortId })).evaluationResults;
    expect(open.questionnaires[0].note).toMatch(/once answering has closed/);
    expect(open.questionnaires[0].questions[0].counts).toEqual([]);
    expect(open.selfRatings[0]).toMatchObject({ suppressed: true, meanDifference: null });
    for (const questionnaireId of [built.pre, built.post]) await built.manager.data(closeEvaluationMutation, { input: { questionnaireId, cohortId: built.cohortId } });
    const { evaluationResults } = await built.manager.data(evaluationResultsQuery, { programmeId: built.programmeId, cohortId: built.cohortId });
    expect(evaluationResults.selfRatings.find((r) => r.measure === "CONFIDENCE")).toMatchObject({
      level: "LEARNING", pairs: 10, suppressed: false, meanBefore: 2.3, meanAfter: 3.5, meanDifference: 1.2, lower: 0.64, upper: 1.76, verdict: "ROSE",
    });
    const post = evaluationResults.questionnaires.find((q) => q.questionnaire.point === "POST_PROGRAMME")!;
    expect(post.respondents).toBe(10);
    // after: 2 ×1, 3 ×4, 4 ×4, 5 ×1 → counts 1-7 suppressed
    expect(post.questions[0].counts).toEqual([0, null, null, null, null]);
    expect(post.questions[2].comments).toHaveLength(10);
    expect(post.questions[2].comments![0]).toBe("Comment from person 1");
    expect(await postProgrammeEvaluationReturned(server.dataSource.manager, [...participants, "00000000-0000-4000-8000-000000000000"])).toEqual(new Set(participants));
  });

  it("groups of 1 to 7 never reveal one person's answer, and a programme's figures never hide a small cohort to subtract", async () => {
    const built = await programmeWithQuestionnaires(server);
    const results = async (cohortId?: string) => (await built.manager.data(evaluationResultsQuery, { programmeId: built.programmeId, cohortId })).evaluationResults;
    const figures = (r: Awaited<ReturnType<typeof results>>) => ({
      questionnaires: r.questionnaires.map((q) => ({ respondents: q.respondents, questions: q.questions.map(({ answered, suppressed, counts, shares, comments }) => ({ answered, suppressed, counts, shares, comments })) })),
      selfRatings: r.selfRatings.map(({ note: _note, ...figures }) => figures),
    });
    let bigCohort: string | null = null;
    for (let n = 1; n <= 7; n++) {
      // Two cohorts of n that differ only in the first person's answers (1 against 5): what is shown must be the same.
      const seen = [];
      for (const firstAnswer of [1, 5]) {
        const { cohortId } = await openCohortOf(built.programmeId, built.manager);
        const people = await enrol(server, cohortId, n, `small${n}`);
        for (const [questionnaireId, questions] of [[built.pre, built.preQuestions], [built.post, built.postQuestions]] as const) {
          await built.manager.data(sendEvaluationMutation, { input: { questionnaireId, cohortId } });
          await answerAll(questionnaireId, [...questions], people, people.map((_, i) => (i === 0 ? firstAnswer : 3)));
          await built.manager.data(closeEvaluationMutation, { input: { questionnaireId, cohortId } });
        }
        seen.push(figures(await results(cohortId)));
      }
      expect(seen[0], `a group of ${n}`).toEqual(seen[1]);
      for (const questionnaire of seen[0].questionnaires) {
        expect(questionnaire.respondents).toBeNull();
        for (const question of questionnaire.questions) expect(question).toMatchObject({ answered: null, suppressed: true, comments: null });
      }
      expect(seen[0].selfRatings.every((r) => r.suppressed && r.meanDifference === null)).toBe(true);
      if (n === 7) {
        // A cohort of 10 beside all those small ones: the programme shows exactly the big cohort's figures, so
        // subtracting the shown cohort from the programme leaves nothing.
        const big = await openCohortOf(built.programmeId, built.manager);
        bigCohort = big.cohortId;
        const people = await enrol(server, big.cohortId, 10, "big");
        for (const [questionnaireId, questions] of [[built.pre, built.preQuestions], [built.post, built.postQuestions]] as const) {
          await built.manager.data(sendEvaluationMutation, { input: { questionnaireId, cohortId: big.cohortId } });
          await answerAll(questionnaireId, [...questions], people, people.map((_, i) => 1 + (i % 5)));
          await built.manager.data(closeEvaluationMutation, { input: { questionnaireId, cohortId: big.cohortId } });
        }
      }
    }
    const programme = await results();
    expect(figures(programme)).toEqual(figures(await results(bigCohort!)));
    expect(programme.questionnaires[0].note).toMatch(/14 cohorts with 7 or fewer respondents are left out/);
    expect(programme.questionnaires[0].questions[0].counts).toEqual([0, 0, 0, 0, 0].map(() => null)); // 2 each: suppressed
    expect(programme.questionnaires[0].respondents).toBe(10);
  }, 240_000);

  it("is for the owning academy's staff and administrators: another academy's manager is refused", async () => {
    const built = await programmeWithQuestionnaires(server);
    const hpma = await server.signedInAs(Role.PROGRAMME_MANAGER, "evaluations.hpma@test.ascent.local", "HPMA London Academy");
    const refused = await hpma.request(evaluationResultsQuery, { programmeId: built.programmeId });
    expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const admin = await server.signedInAs(Role.ADMIN);
    expect((await admin.request(evaluationResultsQuery, { programmeId: built.programmeId })).errors).toBeUndefined();
    const facilitator = await server.signedInAs(Role.FACILITATOR, "evaluations.facilitator@test.ascent.local", "Thresholds Ltd");
    expect((await facilitator.request(evaluationResultsQuery, { programmeId: built.programmeId })).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});

/** Another cohort of the same programme, opened by its manager. */
async function openCohortOf(programmeId: string, manager: GraphQLClient): Promise<{ cohortId: string }> {
  const { createCohort } = await manager.data(createCohortMutation, {
    input: { programmeId, name: `Cohort ${Math.random().toString(36).slice(2, 8)}`, capacity: 20, allocationPolicy: AllocationPolicy.FIRST_COME_FIRST_SERVED, startsOn: "2030-03-01", endsOn: "2030-04-01" },
  });
  if (createCohort.userErrors.length || !createCohort.cohort) throw new Error(JSON.stringify(createCohort.userErrors));
  await sql(`UPDATE cohort SET status = 'RUNNING' WHERE id = $1`, [uuid(createCohort.cohort.id)]);
  return { cohortId: createCohort.cohort.id };
}
