import DataLoader from "dataloader";
import type { EntityManager } from "typeorm";
import { groupedByLoader } from "../../graphql/loaders";
import { EvaluationQuestion, Questionnaire } from "./questionnaire.entity";
import { postProgrammeEvaluationReturned } from "./evaluation-returned";

export function createEvaluationLoaders(db: EntityManager) {
  return {
    questionnairesByProgrammeId: groupedByLoader(db, Questionnaire, "programmeId", { point: "ASC", followUpMonths: "ASC", id: "ASC" }),
    questionsByQuestionnaireId: groupedByLoader(db, EvaluationQuestion, "questionnaireId", { position: "ASC" }),
    /** Whether each participant has returned a post-programme questionnaire: one query per batch (for the completion rule). */
    postProgrammeEvaluationReturnedByParticipantId: new DataLoader<string, boolean>(async (participantIds) => {
      const returned = await postProgrammeEvaluationReturned(db, participantIds);
      return participantIds.map((id) => returned.has(id));
    }),
  };
}

declare module "../../graphql/loaders" {
  interface Loaders extends ReturnType<typeof createEvaluationLoaders> {}
}
