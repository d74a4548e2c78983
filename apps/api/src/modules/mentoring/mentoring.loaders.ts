import DataLoader from "dataloader";
import type { EntityManager } from "typeorm";

export function createMentoringLoaders(db: EntityManager) {
  return {
    /** How many people are in each academy's directory: one query per batch. */
    mentorCountByAcademyId: new DataLoader<string, number>(async (academyIds) => {
      const rows: Array<{ academy_id: string; n: number }> = await db.query(
        "SELECT academy_id, count(*)::int AS n FROM mentor WHERE academy_id = ANY($1::uuid[]) GROUP BY academy_id",
        [[...academyIds]],
      );
      const counts = new Map(rows.map((row) => [row.academy_id, row.n]));
      return academyIds.map((id) => counts.get(id) ?? 0);
    }),
  };
}

declare module "../../graphql/loaders" {
  interface Loaders extends ReturnType<typeof createMentoringLoaders> {}
}
