import DataLoader from "dataloader";
import type { EntityManager } from "typeorm";
import { byIdLoader, groupedByLoader } from "../../graphql/loaders";
import { Participant } from "../application";
import { Mentor } from "./mentor.entity";
import { MentoringCheckIn } from "./mentoring-check-in.entity";
import { MentoringRelationship } from "./mentoring-relationship.entity";
import { ProgrammeMentoringRules } from "./programme-mentoring-rules.entity";

/** count(*) per key in one query per batch; keys with no rows count 0. */
function countLoader(db: EntityManager, sql: string) {
  return new DataLoader<string, number>(async (keys) => {
    const rows: Array<{ key: string; n: number }> = await db.query(sql, [[...keys]]);
    const counts = new Map(rows.map((row) => [row.key, row.n]));
    return keys.map((key) => counts.get(key) ?? 0);
  });
}

export function createMentoringLoaders(db: EntityManager) {
  return {
    /** How many people are in each academy's directory. */
    mentorCountByAcademyId: countLoader(db, "SELECT academy_id AS key, count(*)::int AS n FROM mentor WHERE academy_id = ANY($1::uuid[]) GROUP BY academy_id"),
    mentorById: byIdLoader(db, Mentor),
    mentoringParticipantById: byIdLoader(db, Participant),
    /** Pairings not yet ended, per mentor. */
    runningPairingCountByMentorId: countLoader(db, "SELECT mentor_id AS key, count(*)::int AS n FROM mentoring_relationship WHERE mentor_id = ANY($1::uuid[]) AND ended_on IS NULL GROUP BY mentor_id"),
    /** Every pairing of each participant, the latest first. */
    mentoringRelationshipsByParticipantId: groupedByLoader(db, MentoringRelationship, "participantId", { startsOn: "DESC", createdAt: "DESC", id: "ASC" }),
    mentoringRelationshipById: byIdLoader(db, MentoringRelationship),
    checkInsByRelationshipId: groupedByLoader(db, MentoringCheckIn, "relationshipId", { heldOn: "DESC", createdAt: "DESC", id: "ASC" }),
    checkInCountByRelationshipId: countLoader(db, "SELECT relationship_id AS key, count(*)::int AS n FROM mentoring_check_in WHERE relationship_id = ANY($1::uuid[]) GROUP BY relationship_id"),
    mentoringRulesByProgrammeId: new DataLoader<string, ProgrammeMentoringRules | null>(async (ids) => {
      const rows = await db.getRepository(ProgrammeMentoringRules).createQueryBuilder("r").where("r.programme_id = ANY(:ids)", { ids: [...ids] }).getMany();
      const byId = new Map(rows.map((row) => [row.programmeId, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    /** Each academy's directory, with its running counts: what suggestions rank, loaded once for a whole board. */
    directoryByAcademyId: new DataLoader<string, Array<Mentor & { runningCount: number }>>(async (academyIds) => {
      const mentors = await db.getRepository(Mentor).createQueryBuilder("m").where("m.academy_id = ANY(:ids)", { ids: [...academyIds] }).getMany();
      const counts: Array<{ mentor_id: string; n: number }> = await db.query(
        "SELECT r.mentor_id, count(*)::int AS n FROM mentoring_relationship r JOIN mentor m ON m.id = r.mentor_id WHERE m.academy_id = ANY($1::uuid[]) AND r.ended_on IS NULL GROUP BY r.mentor_id",
        [[...academyIds]],
      );
      const running = new Map(counts.map((row) => [row.mentor_id, row.n]));
      return academyIds.map((academyId) => mentors.filter((m) => m.academyId === academyId).map((m) => Object.assign(m, { runningCount: running.get(m.id) ?? 0 })));
    }),
  };
}

declare module "../../graphql/loaders" {
  interface Loaders extends ReturnType<typeof createMentoringLoaders> {}
}
