/**
 * What other features may use of evaluations. For a completion rule:
 * `postProgrammeEvaluationReturned(db, participantIds)` (a set of the ids that
 * have returned a post-programme questionnaire), or per request the loader
 * `ctx.loaders.postProgrammeEvaluationReturnedByParticipantId`.
 */
export { postProgrammeEvaluationReturned } from "./evaluation-returned";
