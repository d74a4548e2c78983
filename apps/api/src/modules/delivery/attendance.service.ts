import { attendanceStatusLabels, attendanceTally, attended, AttendanceStatus, formatLondonDate, ParticipantStatus, toLondon, UserErrorCode } from "@ascent/domain";
import type { RequestContext } from "../../graphql/context";
import { forbidden, notFound } from "../../graphql/errors";
import { runMutation } from "../../graphql/mutation";
import { fromGlobalId } from "../../graphql/relay/global-id";
import { UserError, userError, UserInputProblems } from "../../graphql/user-error";
import { moveParticipant, Participant, participantDetails } from "../application";
import { expectedParticipantsAt } from "../action-learning";
import { recordAudit } from "../audit";
import { CohortSession } from "../cohort";
import { cohortPlace } from "./delivery-access";
import type { AttendanceSummary, RecordAttendanceInput, RecordAttendancePayload, RegisterLine } from "./dto/delivery.dto";
import { SessionAttendance } from "./session-attendance.entity";

/** The most lines one register may carry (a cohort is a room of people). */
const MAX_ENTRIES = 200;

/**
 * Registers: one per session, taken by the cohort's facilitators or the
 * owning academy's staff. Saving a register never removes lines it doesn't
 * mention; someone first marked present or late becomes ACTIVE.
 */
export class AttendanceService {
  /**
   * The session's register: everyone expected (the roster, or an Action
   * Learning Set's members at its meeting) who hasn't withdrawn, and anyone
   * withdrawn who already has a line; null unless the viewer takes this register.
   */
  async registerOf(ctx: RequestContext, session: CohortSession): Promise<RegisterLine[] | null> {
    const place = await cohortPlace(ctx, session.cohortId);
    if (!place?.takesRegister) return null;
    const [roster, entries] = await Promise.all([this.expectedAt(ctx, session), ctx.loaders.attendanceBySessionId.load(session.id)]);
    const byParticipant = new Map(entries.map((entry) => [entry.participantId, entry]));
    return roster
      .filter((participant) => participant.status !== ParticipantStatus.WITHDRAWN || byParticipant.has(participant.id))
      .map((participant) => {
        const entry = byParticipant.get(participant.id) ?? null;
        return { participant, status: entry?.status ?? null, entry };
      });
  }

  private async expectedAt(ctx: RequestContext, session: CohortSession): Promise<Participant[]> {
    return (await expectedParticipantsAt(ctx, session)) ?? ctx.loaders.deliveryRosterByCohortId.load(session.cohortId);
  }

  /** The session's attendance rate, for those who take its register; null for anyone else. */
  async summaryOf(ctx: RequestContext, session: CohortSession): Promise<AttendanceSummary | null> {
    const place = await cohortPlace(ctx, session.cohortId);
    if (!place?.takesRegister) return null;
    const { attended, absent, excused, rate } = attendanceTally((await ctx.loaders.attendanceBySessionId.load(session.id)).map((entry) => entry.status));
    return { attended, absent, excused, rate };
  }

  record(ctx: RequestContext, input: RecordAttendanceInput): Promise<RecordAttendancePayload> {
    return runMutation<RecordAttendancePayload>(
      ctx,
      async (tx) => {
        const decoded = fromGlobalId(input.sessionId);
        const session = decoded?.typeName === "Session" ? await tx.db.getRepository(CohortSession).findOneBy({ id: decoded.id }) : null;
        const place = session ? await cohortPlace(tx, session.cohortId) : null;
        if (!session || !place) throw notFound("That session");
        if (!place.takesRegister) throw forbidden();
        if (toLondon(session.startsAt).date > toLondon(new Date()).date) {
          throw new UserInputProblems([userError(["sessionId"], UserErrorCode.INVALID, `This session is on ${formatLondonDate(session.startsAt)}: take its register on the day.`)]);
        }
        if (input.entries.length > MAX_ENTRIES) throw new UserInputProblems([userError(["entries"], UserErrorCode.INVALID, `A register can have at most ${MAX_ENTRIES} lines.`)]);
        // Locking the roster makes two people saving one register at once queue up; the later one's lines win.
        const roster = await tx.db.getRepository(Participant).createQueryBuilder("pt").setLock("pessimistic_write").where("pt.cohort_id = :cohortId", { cohortId: session.cohortId }).orderBy("pt.id").getMany();
        const onRoster = new Map(roster.map((participant) => [participant.id, participant]));
        // At a set's meeting only its members are expected.
        const setMembers = session.learningSetId ? new Set(((await expectedParticipantsAt(tx, session)) ?? []).map((member) => member.id)) : null;
        const existing = new Set((await tx.db.getRepository(SessionAttendance).findBy({ sessionId: session.id })).map((entry) => entry.participantId));
        const problems: UserError[] = [];
        const seen = new Set<string>();
        const lines: Array<{ participant: Participant; status: AttendanceStatus }> = [];
        for (const [index, entry] of input.entries.entries()) {
          const field = ["entries", String(index), "participantId"];
          const id = fromGlobalId(entry.participantId);
          const participant = id?.typeName === "Participant" ? onRoster.get(id.id) : undefined;
          if (!participant) {
            problems.push(userError(field, UserErrorCode.NOT_FOUND, "This person is not on this cohort's roster."));
            continue;
          }
          if (setMembers && !setMembers.has(participant.id)) {
            const name = (await participantDetails(tx, participant)).name ?? "This person";
            problems.push(userError(field, UserErrorCode.INVALID, `${name} is not in the Action Learning Set that meets at this session.`));
            continue;
          }
          if (seen.has(participant.id)) {
            problems.push(userError(field, UserErrorCode.INVALID, "This person is on the register twice."));
            continue;
          }
          seen.add(participant.id);
          if (participant.status === ParticipantStatus.WITHDRAWN && !existing.has(participant.id)) {
            const name = (await participantDetails(tx, participant)).name ?? "This participant";
            problems.push(userError(field, UserErrorCode.INVALID_TRANSITION, `${name} has withdrawn from the programme.`));
            continue;
          }
          lines.push({ participant, status: entry.status });
        }
        if (problems.length > 0) throw new UserInputProblems(problems);
        const recordedByUserId = tx.viewer.kind === "user" ? tx.viewer.user.id : null;
        if (lines.length > 0) {
          await tx.db
            .createQueryBuilder()
            .insert()
            .into(SessionAttendance)
            .values(lines.map(({ participant, status }) => ({ sessionId: session.id, participantId: participant.id, status, recordedByUserId })))
            .orUpdate(["status", "recorded_by_user_id", "recorded_at"], ["session_id", "participant_id"])
            .execute();
        }
        for (const { participant, status } of lines) {
          if (attended(status) && participant.status === ParticipantStatus.ENROLLED) {
            await moveParticipant(tx, participant, ParticipantStatus.ACTIVE, `${attendanceStatusLabels[status]} at ${session.title} (${formatLondonDate(session.startsAt)})`.slice(0, 500));
          }
        }
        await recordAudit(tx, { operation: "recordAttendance", targetType: "Session", targetId: session.id, fields: ["entries"] });
        return { session, userErrors: [] };
      },
      (userErrors) => ({ session: null, userErrors }),
    );
  }
}
