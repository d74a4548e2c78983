import { ApplicationStatus, OutcomeGroup } from "@ascent/domain";
import type { EntityManager } from "typeorm";
import { COHORT_END_SQL, completionOf, MEASURED_PARTICIPANT_SQL, PARTICIPANT_COMPLETED_SQL } from "./completion";

/** Someone whose career is followed: a participant, or an applicant in the comparison group. */
export interface OutcomePersonRow {
  applicationId: string;
  cohortId: string;
  group: OutcomeGroup;
  organisationId: string | null;
  /** The cohort's first day: promotions count from here, for both groups. */
  windowStart: string;
  /** Completion (see completion.ts). */
  completedOn: string;
}

const NEVER_PLACED = [ApplicationStatus.OFFERED, ApplicationStatus.AWAITING_ENDORSEMENT, ApplicationStatus.ACCEPTED];

/**
 * The people of some cohorts (or one application) and their group, in one
 * query. The comparison group: eligible applicants to the same cohort who
 * were waitlisted at some point, never offered or held a place, agreed to be
 * followed up, and have not had their data erased. Cancelled cohorts have
 * neither.
 */
export async function outcomePeople(db: EntityManager, where: { cohortIds: string[] } | { applicationId: string }): Promise<OutcomePersonRow[]> {
  const byApplication = "applicationId" in where;
  const rows: Array<{ application_id: string; cohort_id: string; grp: OutcomeGroup; organisation_id: string | null; completed_on: string | null; window_start: string; cohort_ends_on: string }> = await db.query(
    `WITH chosen AS (
       SELECT a.* FROM application a JOIN cohort c ON c.id = a.cohort_id
        WHERE c.status <> 'CANCELLED' AND ${byApplication ? "a.id = $1::uuid" : "a.cohort_id = ANY($1::uuid[])"}
     ), people AS (
       SELECT a.id, a.cohort_id, a.organisation_id, '${OutcomeGroup.PARTICIPANT}' AS grp, ${PARTICIPANT_COMPLETED_SQL} AS completed_on
         FROM chosen a JOIN participant pt ON pt.application_id = a.id
        WHERE ${MEASURED_PARTICIPANT_SQL}
       UNION ALL
       SELECT a.id, a.cohort_id, a.organisation_id, '${OutcomeGroup.COMPARISON}', NULL
         FROM chosen a
        WHERE a.eligible AND a.follow_up_consent_at IS NOT NULL AND a.erased_at IS NULL
          AND NOT EXISTS (SELECT 1 FROM participant p2 WHERE p2.application_id = a.id)
          AND EXISTS (SELECT 1 FROM application_transition t WHERE t.application_id = a.id AND t.to_status = '${ApplicationStatus.WAITLISTED}')
          AND NOT EXISTS (SELECT 1 FROM application_transition t WHERE t.application_id = a.id AND t.to_status = ANY($2::application_status[]))
     )
     SELECT p.id AS application_id, p.cohort_id, p.grp, p.organisation_id, p.completed_on,
            to_char(c.starts_on, 'YYYY-MM-DD') AS window_start, ${COHORT_END_SQL} AS cohort_ends_on
       FROM people p JOIN cohort c ON c.id = p.cohort_id`,
    [byApplication ? where.applicationId : where.cohortIds, NEVER_PLACED],
  );
  return rows.map((row) => ({
    applicationId: row.application_id,
    cohortId: row.cohort_id,
    group: row.grp,
    organisationId: row.organisation_id,
    windowStart: row.window_start,
    completedOn: completionOf({ group: row.grp, cohortEndsOn: row.cohort_ends_on, completedOn: row.completed_on }),
  }));
}
