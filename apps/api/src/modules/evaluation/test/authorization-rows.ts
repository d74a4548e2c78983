import { defineAuthorizationRows, fields } from "../../../../test/authorization-table";

/** The evaluation feature's rows of the authorization table (letters and columns: apps/api/test/authorization-table.ts). */
export const authorizationRows = defineAuthorizationRows({
  operations: {
    // Evaluations: the owning academy's staff and administrators build, send and read (results always disclosure-controlled);
    // participants answer through their private link (a bad token is bad input). Questionnaires are not nodes.
    "Query.questionTemplates": { expect: "UFFFFFAA" },
    "Mutation.createQuestionTemplate": { expect: "UFFFFFAA" },
    "Mutation.createQuestionnaire": { expect: "UFFFFFAA UFFFFFNA", variables: (p) => ({ input: { ...p.input, questions: [] } }) },
    "Mutation.sendEvaluation": { expect: "UFFFFFAA UFFFFFNA" },
    "Mutation.closeEvaluation": { expect: "UFFFFFAA UFFFFFNA" },
    "Query.evaluationResults": { expect: "UFFFFFAA UFFFFFNA" },
    "Query.evaluationForm": { expect: "AAAAAAAA" },
    "Mutation.submitEvaluation": { expect: "AAAAAAAA" },
  },
  fields: {
    ...fields("Programme", "HHHHHHAA HHHHHHHA", "questionnaires managesEvaluations"),
  },
  subjects: {
    // A questionnaire on each side's programme
    Questionnaire: {
      arguments: ["questionnaireId"],
      find: async ({ idOf, subjects }) => {
        const questionnaire = (programmeId: string) =>
          idOf(`INSERT INTO evaluation_questionnaire (programme_id, point, title) VALUES ($1, 'POST_PROGRAMME', 'Matrix questionnaire') RETURNING id`, [programmeId]);
        return { own: await questionnaire(subjects.Programme.own), other: await questionnaire(subjects.Programme.other) };
      },
    },
  },
});
