import { EvaluationPoint } from "@ascent/domain";
import type { EntityManager } from "typeorm";

/**
 * Of these participants, the ones who have sent answers to a post-programme
 * questionnaire of their cohort's programme: the "post-programme evaluation
 * returned" part of a completion rule.
 */
export async function postProgrammeEvaluationReturned(db: EntityManager, participantIds: readonly string[]): Promise<Set<string>> {
  if (participantIds.length === 0) return new Set();
  const rows: Array<{ participant_id: string }> = await db.query(
    `SELECT DISTINCT i.participant_id
       FROM evaluation_invitation i
       JOIN evaluation_round r ON r.id = i.round_id
       JOIN evaluation_questionnaire q ON q.id = r.questionnaire_id
      WHERE i.participant_id = ANY($1::uuid[]) AND i.submitted_at IS NOT NULL AND q.point = $2`,
    [[...participantIds], EvaluationPoint.POST_PROGRAMME],
  );
  return new Set(rows.map((row) => row.participant_id));
}
