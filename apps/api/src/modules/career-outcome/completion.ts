import { OutcomeGroup } from "@ascent/domain";

/**
 * Completion, defined in one place so it can be switched.
 *
 * A participant completes on the day staff marked them completed
 * (`Participant.completedAt`, London date); one not marked (yet) completes
 * when their cohort ends: the end of its last session (London date), or its
 * last day when it has no sessions. The comparison group is always measured
 * from the cohort's end.
 */
export const COHORT_END_SQL = `coalesce(
  (SELECT to_char(max(s.ends_at) AT TIME ZONE 'Europe/London', 'YYYY-MM-DD') FROM cohort_session s WHERE s.cohort_id = c.id),
  to_char(c.ends_on, 'YYYY-MM-DD'))`;

/** Participants who left the programme are not measured (and, once participants have statuses, those who didn't complete it). */
export const MEASURED_PARTICIPANT_SQL = `pt.status <> 'WITHDRAWN'`;

/** A participant's own completion date (London), null when not marked completed; `pt` is the participant. */
export const PARTICIPANT_COMPLETED_SQL = `to_char(pt.completed_at AT TIME ZONE 'Europe/London', 'YYYY-MM-DD')`;

export function completionOf(person: { group: OutcomeGroup; cohortEndsOn: string; completedOn: string | null }): string {
  return person.group === OutcomeGroup.PARTICIPANT && person.completedOn ? person.completedOn : person.cohortEndsOn;
}
