import { ApplicationStatus, OutcomeGroup } from "@ascent/domain";
import type { EntityManager } from "typeorm";
import { COHORT_END_SQL, completionOf, MEASURED_PARTICIPANT_SQL, PARTICIPANT_COMPLETED_SQL } from "./completion";

/** Someone whose career is followed: a participant (from an application or added by hand), or an applicant in the comparison group. */
export interface OutcomePersonRow {
  /** Their application: null for a participant staff added by hand. */
  applicationId: string | null;
  /** The participant: null for the comparison group. */
  participantId: string | null;
  cohortId: string;
  group: OutcomeGroup;
  organisationId: string | null;
  /** The cohort's first day: promotions count from here, for both groups. */
  windowStart: string;
  /** Completion (see completion.ts). */
  completedOn: string;
}

/** One key per person, whichever they are: the participant's id, else the application's. */
export const personKey = (person: { participantId: string | null; applicationId: string | null }): string => (person.participantId ?? person.applicationId) as string;

/**
 * Finds the person an outcome is about, among some people: by its participant
 * when it names one, else by its application (an outcome written before
 * outcomes named participants, or a comparison-group applicant's).
 */
export function personOfOutcome(people: OutcomePersonRow[]): (outcome: { participantId: string | null; applicationId: string | null }) => string | undefined {
  const byParticipant = new Map(people.flatMap((person) => (person.participantId ? [[person.participantId, personKey(person)] as const] : [])));
  const byApplication = new Map(people.flatMap((person) => (person.applicationId ? [[person.applicationId, personKey(person)] as const] : [])));
  return (outcome) => (outcome.participantId ? byParticipant.get(outcome.participantId) : undefined) ?? (outcome.applicationId ? byApplication.get(outcome.applicationId) : undefined);
}

/** SQL finding the outcomes `o` of some people: participant ids in $participants, application ids in $applications. */
export const OUTCOMES_OF_PEOPLE_SQL = (participants: string, applications: string) => `(o.participant_id = ANY(${participants}) OR o.application_id = ANY(${applications}))`;

const NEVER_PLACED = [ApplicationStatus.OFFERED, ApplicationStatus.AWAITING_ENDORSEMENT, ApplicationStatus.ACCEPTED];

type Where = { cohortIds: string[] } | { applicationId: string } | { participantId: string };

/**
 * The people of some cohorts (or one application, or one participant) and
 * their group, in one query. Participants are those enrolled from an
 * application and those staff added by hand. The comparison group: eligible
 * applicants to the same cohort who were waitlisted at some point, never
 * offered or held a place, agreed to be followed up, and have not had their
 * data erased. Cancelled cohorts have neither.
 */
export async function outcomePeople(db: EntityManager, where: Where): Promise<OutcomePersonRow[]> {
  const applicationFilter = "cohortIds" in where ? "a.cohort_id = ANY($1::uuid[])" : "applicationId" in where ? "a.id = $1::uuid" : "false";
  const handAddedFilter = "cohortIds" in where ? "pt.cohort_id = ANY($1::uuid[])" : "participantId" in where ? "pt.id = $1::uuid" : "false";
  // A participant from an application is found through it, also when asked for by participant id.
  const chosenFilter = "participantId" in where ? "a.id = (SELECT p1.application_id FROM participant p1 WHERE p1.id = $1::uuid)" : applicationFilter;
  const value = "cohortIds" in where ? where.cohortIds : "applicationId" in where ? where.applicationId : where.participantId;
  const rows: Array<{ application_id: string | null; participant_id: string | null; cohort_id: string; grp: OutcomeGroup; organisation_id: string | null; completed_on: string | null; window_start: string; cohort_ends_on: string }> = await db.query(
    `WITH chosen AS (
       SELECT a.* FROM application a JOIN cohort c ON c.id = a.cohort_id
        WHERE c.status <> 'CANCELLED' AND ${chosenFilter}
     ), people AS (
       SELECT a.id AS application_id, pt.id AS participant_id, a.cohort_id, a.organisation_id, '${OutcomeGroup.PARTICIPANT}' AS grp, ${PARTICIPANT_COMPLETED_SQL} AS completed_on
         FROM chosen a JOIN participant pt ON pt.application_id = a.id
        WHERE ${MEASURED_PARTICIPANT_SQL}
       UNION ALL
       SELECT NULL::uuid, pt.id, pt.cohort_id, pt.organisation_id, '${OutcomeGroup.PARTICIPANT}', ${PARTICIPANT_COMPLETED_SQL}
         FROM participant pt JOIN cohort c ON c.id = pt.cohort_id
        WHERE pt.application_id IS NULL AND c.status <> 'CANCELLED' AND ${MEASURED_PARTICIPANT_SQL} AND ${handAddedFilter}
       UNION ALL
       SELECT a.id, NULL::uuid, a.cohort_id, a.organisation_id, '${OutcomeGroup.COMPARISON}', NULL
         FROM chosen a
        WHERE a.eligible AND a.follow_up_consent_at IS NOT NULL AND a.erased_at IS NULL
          AND NOT EXISTS (SELECT 1 FROM participant p2 WHERE p2.application_id = a.id)
          AND EXISTS (SELECT 1 FROM application_transition t WHERE t.application_id = a.id AND t.to_status = '${ApplicationStatus.WAITLISTED}')
          AND NOT EXISTS (SELECT 1 FROM application_transition t WHERE t.application_id = a.id AND t.to_status = ANY($2::application_status[]))
     )
     SELECT p.application_id, p.participant_id, p.cohort_id, p.grp, p.organisation_id, p.completed_on,
            to_char(c.starts_on, 'YYYY-MM-DD') AS window_start, ${COHORT_END_SQL} AS cohort_ends_on
       FROM people p JOIN cohort c ON c.id = p.cohort_id`,
    [value, NEVER_PLACED],
  );
  return rows.map((row) => ({
    applicationId: row.application_id,
    participantId: row.participant_id,
    cohortId: row.cohort_id,
    group: row.grp,
    organisationId: row.organisation_id,
    windowStart: row.window_start,
    completedOn: completionOf({ group: row.grp, cohortEndsOn: row.cohort_ends_on, completedOn: row.completed_on }),
  }));
}
