import DataLoader from "dataloader";
import type { EntityManager } from "typeorm";
import { byIdLoader, groupedByLoader } from "../../graphql/loaders";
import { Participant } from "../application";
import { CohortSession } from "../cohort";
import { LearningSetMember } from "./learning-set-member.entity";
import { LearningSet } from "./learning-set.entity";
import { ProgrammeLearningSetRules } from "./programme-learning-set-rules.entity";

export function createActionLearningLoaders(db: EntityManager) {
  return {
    learningSetById: byIdLoader(db, LearningSet),
    learningSetsByCohortId: groupedByLoader(db, LearningSet, "cohortId", { name: "ASC", id: "ASC" }),
    learningSetMembersBySetId: groupedByLoader(db, LearningSetMember, "learningSetId", { createdAt: "ASC", participantId: "ASC" }),
    learningSetMeetingsBySetId: groupedByLoader(db, CohortSession, "learningSetId", { startsAt: "ASC", id: "ASC" }),
    learningSetParticipantById: byIdLoader(db, Participant),
    learningSetSizeByProgrammeId: new DataLoader<string, number | null>(async (ids) => {
      const rows = await db.getRepository(ProgrammeLearningSetRules).createQueryBuilder("r").where("r.programme_id = ANY(:ids)", { ids: [...ids] }).getMany();
      const byId = new Map(rows.map((row) => [row.programmeId, row.setSize]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}

declare module "../../graphql/loaders" {
  interface Loaders extends ReturnType<typeof createActionLearningLoaders> {}
}
