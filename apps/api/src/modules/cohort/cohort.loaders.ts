import DataLoader from "dataloader";
import type { EntityManager } from "typeorm";
import { byIdLoader, groupedByLoader } from "../../graphql/loaders";
import { CohortFacilitator } from "./cohort-facilitator.entity";
import { CohortSession } from "./cohort-session.entity";
import { Cohort } from "./cohort.entity";

export function createCohortLoaders(db: EntityManager) {
  return {
    cohortById: byIdLoader(db, Cohort),
    cohortFacilitatorById: byIdLoader(db, CohortFacilitator),
    cohortsByProgrammeId: groupedByLoader(db, Cohort, "programmeId", { startsOn: "ASC", name: "ASC", id: "ASC" }),
    facilitatorsByCohortId: groupedByLoader(db, CohortFacilitator, "cohortId", { position: "ASC", id: "ASC" }),
    sessionsByCohortId: groupedByLoader(db, CohortSession, "cohortId", { startsAt: "ASC", id: "ASC" }),
    sessionCountByCohortId: new DataLoader<string, number>(async (cohortIds) => {
      const rows: Array<{ cohort_id: string; n: number }> = await db.query(
        "SELECT cohort_id, count(*)::int AS n FROM cohort_session WHERE cohort_id = ANY($1::uuid[]) GROUP BY cohort_id",
        [[...cohortIds]],
      );
      const counts = new Map(rows.map((row) => [row.cohort_id, row.n]));
      return cohortIds.map((id) => counts.get(id) ?? 0);
    }),
  };
}

declare module "../../graphql/loaders" {
  interface Loaders extends ReturnType<typeof createCohortLoaders> {}
}
