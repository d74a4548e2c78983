import { randomUUID } from "node:crypto";
import { createQuestionnaireMutation, createQuestionTemplateMutation, type CreateQuestionTemplateInput } from "@ascent/client";
import type { EvaluationPoint } from "@ascent/client";
import { fromGlobalId, toGlobalId } from "../../src/graphql/relay/global-id";
import { DEVELOPMENT_LINK_SECRET } from "../../src/modules/application/application.settings";
import { EvaluationLinks } from "../../src/modules/evaluation/evaluation.links";
import { openCohort } from "./applications";
import type { GraphQLClient } from "./graphql-client";
import type { TestServer } from "./test-server";

/** Signs links as the api does in tests (the development secret), to answer without reading each email. */
export const testLinks = new EvaluationLinks(DEVELOPMENT_LINK_SECRET);

/** Enrols people straight into a cohort (its global id) (as accepted offers would), returning their participant ids in order. */
export async function enrol(server: TestServer, cohortId: string, count: number, label = "p"): Promise<string[]> {
  const cohort = fromGlobalId(cohortId)!.id;
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const tag = `${label}${i + 1}.${randomUUID().slice(0, 6)}`;
    const [application] = await server.dataSource.query(
      `INSERT INTO application (reference, cohort_id, receipt_number, received_at, idempotency_key, status, eligible, endorsement_status, applicant_name, applicant_email, job_title)
       VALUES ($1, $2, (SELECT coalesce(max(receipt_number), 0) + 1 FROM application WHERE cohort_id = $2), now(), $3, 'ACCEPTED', true, 'NOT_REQUIRED', $4, $5, 'Ward manager') RETURNING id`,
      [`ASC-T${randomUUID().slice(0, 8).toUpperCase()}`, cohort, randomUUID(), `Participant ${tag}`, `${tag}@nhs.test`],
    );
    const [participant] = await server.dataSource.query(`INSERT INTO participant (cohort_id, application_id, status) VALUES ($1, $2, 'ENROLLED') RETURNING id`, [cohort, application.id]);
    ids.push(participant.id);
  }
  return ids;
}

export async function addTemplate(manager: GraphQLClient, input: Partial<CreateQuestionTemplateInput> = {}): Promise<string> {
  const { createQuestionTemplate } = await manager.data(createQuestionTemplateMutation, {
    input: { kind: "LIKERT", prompt: `How confident do you feel? ${randomUUID().slice(0, 4)}`, lowLabel: "Not at all", highLabel: "Very", level: "LEARNING", ...input },
  });
  if (createQuestionTemplate.userErrors.length) throw new Error(JSON.stringify(createQuestionTemplate.userErrors));
  return createQuestionTemplate.template!.id;
}

export interface Built {
  programmeId: string;
  cohortId: string;
  manager: GraphQLClient;
  /** Questionnaire ids by point. */
  pre: string;
  post: string;
  /** Global ids of the questions, in order: confidence (Likert, required), leadership (Likert, optional), a comment (free text, optional). */
  preQuestions: string[];
  postQuestions: string[];
}

/** A programme (a fresh one, South East academy) with a cohort and before and after questionnaires asking confidence, leadership and a comment. */
export async function programmeWithQuestionnaires(server: TestServer, academy?: string): Promise<Built> {
  const { programmeId, cohortId, manager } = await openCohort(server, { capacity: 30, academy });
  const confidence = await addTemplate(manager, { prompt: "How confident are you about applying for a more senior role?", lowLabel: "Not at all confident", highLabel: "Very confident", measure: "CONFIDENCE" });
  const leadership = await addTemplate(manager, { prompt: "How would you rate your leadership skills?", lowLabel: "Very weak", highLabel: "Very strong", measure: "LEADERSHIP" });
  const comment = await addTemplate(manager, { kind: "FREE_TEXT", prompt: "Anything else you'd like to tell us?", lowLabel: null, highLabel: null, level: "REACTION" });
  const build = async (point: EvaluationPoint) => {
    const { createQuestionnaire } = await manager.data(createQuestionnaireMutation, {
      input: {
        programmeId,
        point,
        title: `${point} questionnaire`,
        questions: [
          { templateId: confidence, required: true },
          { templateId: leadership, required: false },
          { templateId: comment, required: false },
        ],
      },
    });
    if (createQuestionnaire.userErrors.length) throw new Error(JSON.stringify(createQuestionnaire.userErrors));
    return createQuestionnaire.questionnaire!;
  };
  const pre = await build("PRE_PROGRAMME");
  const post = await build("POST_PROGRAMME");
  return { programmeId, cohortId, manager, pre: pre.id, post: post.id, preQuestions: pre.questions.map((q) => q.id), postQuestions: post.questions.map((q) => q.id) };
}

/** A token for each participant's invitation to a questionnaire, by participant id. */
export async function tokensFor(server: TestServer, questionnaireId: string): Promise<Map<string, string>> {
  const rows: Array<{ id: string; participant_id: string; closes_at: Date }> = await server.dataSource.query(
    `SELECT i.id, i.participant_id, r.closes_at FROM evaluation_invitation i JOIN evaluation_round r ON r.id = i.round_id WHERE r.questionnaire_id = $1`,
    [fromGlobalId(questionnaireId)!.id],
  );
  return new Map(rows.map((row) => [row.participant_id, testLinks.sign(row.id, row.closes_at)]));
}

export const cohortGlobalId = (id: string) => toGlobalId("Cohort", id);
