import type { AttendanceStatus } from "@ascent/domain";
import DataLoader from "dataloader";
import type { EntityManager } from "typeorm";
import { groupedByLoader } from "../../graphql/loaders";
import { Participant, ParticipantTransition } from "../application";
import { ProgrammeCompletionRule } from "./programme-completion-rule.entity";
import { SessionAttendance } from "./session-attendance.entity";

export function createDeliveryLoaders(db: EntityManager) {
  return {
    /** A cohort's whole roster in enrolment order (withdrawn people included). */
    deliveryRosterByCohortId: groupedByLoader(db, Participant, "cohortId", { createdAt: "ASC", id: "ASC" }),
    attendanceBySessionId: groupedByLoader(db, SessionAttendance, "sessionId", { recordedAt: "ASC", id: "ASC" }),
    /** Each participant's register entries, in the order of the sessions: one query per batch. */
    attendanceStatusesByParticipantId: new DataLoader<string, AttendanceStatus[]>(async (participantIds) => {
      const rows: Array<{ participant_id: string; status: AttendanceStatus }> = await db.query(
        `SELECT sa.participant_id, sa.status FROM session_attendance sa JOIN cohort_session s ON s.id = sa.session_id
          WHERE sa.participant_id = ANY($1::uuid[]) ORDER BY s.starts_at, s.id`,
        [[...participantIds]],
      );
      const byParticipant = new Map<string, AttendanceStatus[]>(participantIds.map((id) => [id, []]));
      for (const row of rows) byParticipant.get(row.participant_id)?.push(row.status);
      return participantIds.map((id) => byParticipant.get(id) ?? []);
    }),
    completionRuleByProgrammeId: new DataLoader<string, ProgrammeCompletionRule | null>(async (programmeIds) => {
      const rows = await db.getRepository(ProgrammeCompletionRule).createQueryBuilder("r").where("r.programme_id = ANY(:ids)", { ids: [...programmeIds] }).getMany();
      const byProgramme = new Map(rows.map((row) => [row.programmeId, row]));
      return programmeIds.map((id) => byProgramme.get(id) ?? null);
    }),
    participantTransitionsByParticipantId: groupedByLoader(db, ParticipantTransition, "participantId", { occurredAt: "ASC", id: "ASC" }),
  };
}

declare module "../../graphql/loaders" {
  interface Loaders extends ReturnType<typeof createDeliveryLoaders> {}
}
