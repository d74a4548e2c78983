import DataLoader from "dataloader";
import { EntityManager, In, ObjectLiteral } from "typeorm";
import { AcademyMembership } from "../academy-membership/academy-membership.entity";
import { CohortFacilitator } from "../cohort/cohort-facilitator.entity";
import { CohortSession } from "../cohort/cohort-session.entity";
import { Cohort } from "../cohort/cohort.entity";
import { ModuleTemplate } from "./module-template.entity";
import { ProgrammeTrack } from "./programme-track.entity";
import { Programme } from "./programme.entity";

function byId<T extends { id: string }>(db: EntityManager, entity: new () => T) {
  return new DataLoader<string, T | null>(async (ids) => {
    const rows = await db.getRepository(entity).findBy({ id: In([...ids]) } as never);
    const byKey = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byKey.get(id) ?? null);
  });
}

/** All rows whose `key` column is one of the keys, grouped, in the given order: one query per batch. */
function groupedBy<T extends ObjectLiteral>(db: EntityManager, entity: new () => T, key: keyof T & string, order: Record<string, "ASC" | "DESC">) {
  return new DataLoader<string, T[]>(async (keys) => {
    const rows = await db.getRepository(entity).find({ where: { [key]: In([...keys]) } as never, order: order as never });
    const groups = new Map<string, T[]>(keys.map((k) => [k, []]));
    for (const row of rows) groups.get(row[key] as string)?.push(row);
    return keys.map((k) => groups.get(k) ?? []);
  });
}

/** The programme catalogue's per-request loaders; spread into createLoaders. */
export function createProgrammeLoaders(db: EntityManager) {
  return {
    programmeById: byId(db, Programme),
    trackById: byId(db, ProgrammeTrack),
    cohortById: byId(db, Cohort),
    cohortFacilitatorById: byId(db, CohortFacilitator),
    tracksByProgrammeId: groupedBy(db, ProgrammeTrack, "programmeId", { position: "ASC", id: "ASC" }),
    moduleTemplatesByProgrammeId: groupedBy(db, ModuleTemplate, "programmeId", { position: "ASC", id: "ASC" }),
    cohortsByProgrammeId: groupedBy(db, Cohort, "programmeId", { startsOn: "ASC", name: "ASC", id: "ASC" }),
    facilitatorsByCohortId: groupedBy(db, CohortFacilitator, "cohortId", { position: "ASC", id: "ASC" }),
    sessionsByCohortId: groupedBy(db, CohortSession, "cohortId", { startsAt: "ASC", id: "ASC" }),
    sessionCountByCohortId: new DataLoader<string, number>(async (cohortIds) => {
      const rows: Array<{ cohort_id: string; n: number }> = await db.query(
        "SELECT cohort_id, count(*)::int AS n FROM cohort_session WHERE cohort_id = ANY($1::uuid[]) GROUP BY cohort_id",
        [[...cohortIds]],
      );
      const counts = new Map(rows.map((row) => [row.cohort_id, row.n]));
      return cohortIds.map((id) => counts.get(id) ?? 0);
    }),
    /** Key: `${academyId}:${organisationId}`. */
    isAcademyMember: new DataLoader<string, boolean>(async (pairs) => {
      const split = pairs.map((pair) => pair.split(":"));
      const rows = await db.getRepository(AcademyMembership).findBy({ academyId: In(split.map(([a]) => a)), memberId: In(split.map(([, m]) => m)) });
      const found = new Set(rows.map((row) => `${row.academyId}:${row.memberId}`));
      return pairs.map((pair) => found.has(pair));
    }),
    /** Member organisation ids of each academy. */
    memberIdsByAcademyId: new DataLoader<string, string[]>(async (academyIds) => {
      const rows = await db.getRepository(AcademyMembership).find({ where: { academyId: In([...academyIds]) }, order: { createdAt: "ASC", id: "ASC" } });
      return academyIds.map((id) => rows.filter((row) => row.academyId === id).map((row) => row.memberId));
    }),
  };
}
