import DataLoader from "dataloader";
import { EntityManager, In } from "typeorm";
import { AcademyMembership } from "./academy-membership.entity";

export function createAcademyMembershipLoaders(db: EntityManager) {
  return {
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

declare module "../../graphql/loaders" {
  interface Loaders extends ReturnType<typeof createAcademyMembershipLoaders> {}
}
