import { ApplicationStatus, EndorsementStatus } from "@ascent/domain";
import DataLoader from "dataloader";
import type { EntityManager } from "typeorm";
import { byIdLoader, groupedByLoader } from "../../graphql/loaders";
import { ApplicationScore } from "./application-score.entity";
import { ApplicationTransition } from "./application-transition.entity";
import { Application } from "./application.entity";
import { CohortApplicationSettings } from "./cohort-application-settings.entity";
import { Participant } from "./participant.entity";

export interface PlaceCounts {
  capacity: number;
  held: number;
  offered: number;
  accepted: number;
  waitlisted: number;
  underReview: number;
  awaitingEndorsement: number;
}

export function createApplicationLoaders(db: EntityManager) {
  return {
    applicationById: byIdLoader(db, Application),
    participantById: byIdLoader(db, Participant),
    transitionsByApplicationId: groupedByLoader(db, ApplicationTransition, "applicationId", { occurredAt: "ASC", id: "ASC" }),
    scoresByApplicationId: groupedByLoader(db, ApplicationScore, "applicationId", { createdAt: "ASC", id: "ASC" }),
    participantByApplicationId: new DataLoader<string, Participant | null>(async (ids) => {
      const rows = await db.getRepository(Participant).createQueryBuilder("p").where("p.application_id = ANY(:ids)", { ids: [...ids] }).getMany();
      const byApplication = new Map(rows.map((row) => [row.applicationId, row]));
      return ids.map((id) => byApplication.get(id) ?? null);
    }),
    applicationSettingsByCohortId: new DataLoader<string, CohortApplicationSettings | null>(async (ids) => {
      const rows = await db.getRepository(CohortApplicationSettings).createQueryBuilder("s").where("s.cohort_id = ANY(:ids)", { ids: [...ids] }).getMany();
      const byCohort = new Map(rows.map((row) => [row.cohortId, row]));
      return ids.map((id) => byCohort.get(id) ?? null);
    }),
    /** Place counts per cohort in one grouped query: what placesRemaining, waitlistLength and the staff counts read. */
    placeCountsByCohortId: new DataLoader<string, PlaceCounts>(async (cohortIds) => {
      const rows: Array<{ cohort_id: string; capacity: number; status: ApplicationStatus | null; pending: number; n: number }> = await db.query(
        `SELECT c.id AS cohort_id, c.capacity, a.status, count(a.id)::int AS n,
                count(a.id) FILTER (WHERE a.endorsement_status = $2)::int AS pending
           FROM cohort c LEFT JOIN application a ON a.cohort_id = c.id
          WHERE c.id = ANY($1::uuid[])
          GROUP BY c.id, c.capacity, a.status`,
        [[...cohortIds], EndorsementStatus.PENDING],
      );
      const counts = new Map<string, PlaceCounts>();
      for (const row of rows) {
        const entry = counts.get(row.cohort_id) ?? { capacity: row.capacity, held: 0, offered: 0, accepted: 0, waitlisted: 0, underReview: 0, awaitingEndorsement: 0 };
        if (row.status === ApplicationStatus.AWAITING_ENDORSEMENT) entry.held += row.n;
        if (row.status === ApplicationStatus.OFFERED) entry.offered += row.n;
        if (row.status === ApplicationStatus.ACCEPTED) entry.accepted += row.n;
        if (row.status === ApplicationStatus.WAITLISTED) entry.waitlisted += row.n;
        if (row.status === ApplicationStatus.SUBMITTED) entry.underReview += row.n;
        if (row.status && [ApplicationStatus.AWAITING_ENDORSEMENT, ApplicationStatus.WAITLISTED, ApplicationStatus.SUBMITTED].includes(row.status)) entry.awaitingEndorsement += row.pending;
        counts.set(row.cohort_id, entry);
      }
      return cohortIds.map((id) => counts.get(id) ?? { capacity: 0, held: 0, offered: 0, accepted: 0, waitlisted: 0, underReview: 0, awaitingEndorsement: 0 });
    }),
    /** 1-based place on the cohort's waiting list (receipt order, or the panel's ranking), for waitlisted applications. */
    waitlistPositionByApplicationId: new DataLoader<string, number | null>(async (ids) => {
      const rows: Array<{ id: string; position: number }> = await db.query(
        `SELECT ranked.id, ranked.position FROM (
           SELECT a.id, row_number() OVER (
                    PARTITION BY a.cohort_id
                    ORDER BY CASE WHEN c.allocation_policy = 'PANEL_SELECTION' THEN a.panel_score END DESC NULLS LAST, a.receipt_number
                  )::int AS position
             FROM application a JOIN cohort c ON c.id = a.cohort_id
            WHERE a.status = 'WAITLISTED' AND a.cohort_id IN (SELECT cohort_id FROM application WHERE id = ANY($1::uuid[]))
         ) ranked WHERE ranked.id = ANY($1::uuid[])`,
        [[...ids]],
      );
      const positions = new Map(rows.map((row) => [row.id, row.position]));
      return ids.map((id) => positions.get(id) ?? null);
    }),
  };
}

declare module "../../graphql/loaders" {
  interface Loaders extends ReturnType<typeof createApplicationLoaders> {}
}
