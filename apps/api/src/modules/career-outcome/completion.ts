import { OutcomeGroup } from "@ascent/domain";

/**
 * Completion, defined in one place so it can be switched.
 *
 * Until participants carry a status and a completion date of their own, a
 * participant completes when their cohort ends: the end of its last session
 * (London date), or its last day when it has no sessions. The comparison
 * group is always measured from the cohort's end. When `Participant.completedAt`
 * exists, `completionOf` returns it for participants and the SQL below keeps
 * giving the cohort's end for everyone else.
 */
export const COHORT_END_SQL = `coalesce(
  (SELECT to_char(max(s.ends_at) AT TIME ZONE 'Europe/London', 'YYYY-MM-DD') FROM cohort_session s WHERE s.cohort_id = c.id),
  to_char(c.ends_on, 'YYYY-MM-DD'))`;

/** Participants who left the programme are not measured (and, once participants have statuses, those who didn't complete it). */
export const MEASURED_PARTICIPANT_SQL = `pt.status <> 'WITHDRAWN'`;

export function completionOf(person: { group: OutcomeGroup; cohortEndsOn: string }): string {
  return person.cohortEndsOn;
}
