import { ACTION_LEARNING_LIMITS, CohortStatus, effectiveCohortStatus, formatLondonDate, learningSetSizeProblem, ParticipantStatus, UserErrorCode } from "@ascent/domain";
import type { RequestContext } from "../../graphql/context";
import { forbidden, notFound } from "../../graphql/errors";
import { isUniqueViolation, runMutation } from "../../graphql/mutation";
import { fromGlobalId } from "../../graphql/relay/global-id";
import { userError, UserInputProblems, type UserError } from "../../graphql/user-error";
import { Participant, participantDetails } from "../application";
import { recordAudit } from "../audit";
import { Cohort, CohortFacilitator, CohortSession } from "../cohort";
import { canSeeProgramme, cohortVisibility, managesAcademy, normaliseLine, Programme } from "../programme";
import { learningSetAccess } from "./action-learning-access";
import type {
  AssignLearningSetMemberInput,
  CreateLearningSetInput,
  DeleteLearningSetInput,
  DeleteLearningSetPayload,
  FormLearningSetsPayload,
  LearningSetMemberPayload,
  LearningSetPayload,
  RenameLearningSetInput,
  ScheduleLearningSetMeetingsPayload,
  SetActionLearningSetSizeInput,
  SetActionLearningSetSizePayload,
  SetLearningSetFacilitatorInput,
  UnassignLearningSetMemberInput,
} from "./dto/action-learning.dto";
import { formSets, participantsWithoutSet, scheduleMeetings } from "./learning-set-planning";
import { LearningSetMember } from "./learning-set-member.entity";
import { LearningSet } from "./learning-set.entity";
import { ProgrammeLearningSetRules } from "./programme-learning-set-rules.entity";

const NOT_USED = "This programme doesn't use Action Learning Sets yet: set its set size first.";
const nameTaken = (name: string) => new UserInputProblems([userError(["name"], UserErrorCode.TAKEN, `The cohort already has a set called ${name}.`)]);

/**
 * A cohort's Action Learning Sets: the sets, their members and facilitator,
 * forming them and scheduling their meetings. The academy running the
 * programme manages them; the cohort's facilitators read them
 * (action-learning-access.ts); for anyone else they are absent.
 */
export class LearningSetService {
  /** The programme's set size for those who may see the programme; null when it doesn't use sets. */
  async sizeOf(ctx: RequestContext, programme: Programme): Promise<number | null> {
    return ctx.loaders.learningSetSizeByProgrammeId.load(programme.id);
  }

  async setsOf(ctx: RequestContext, cohort: Cohort): Promise<LearningSet[] | null> {
    const { access } = await learningSetAccess(ctx, cohort);
    return access === "none" ? null : ctx.loaders.learningSetsByCohortId.load(cohort.id);
  }

  async withoutSetOf(ctx: RequestContext, cohort: Cohort): Promise<Participant[] | null> {
    const { access } = await learningSetAccess(ctx, cohort);
    return access === "none" ? null : participantsWithoutSet(ctx.db, cohort.id);
  }

  async findById(ctx: RequestContext, id: string): Promise<LearningSet | null> {
    const set = await ctx.loaders.learningSetById.load(id);
    const cohort = set ? await ctx.loaders.cohortById.load(set.cohortId) : null;
    return set && cohort && (await learningSetAccess(ctx, cohort)).access !== "none" ? set : null;
  }

  async cohortOf(ctx: RequestContext, set: LearningSet): Promise<Cohort> {
    return (await ctx.loaders.cohortById.load(set.cohortId)) as Cohort;
  }

  async membersOf(ctx: RequestContext, set: LearningSet): Promise<Participant[]> {
    const members = await ctx.loaders.learningSetMembersBySetId.load(set.id);
    const participants = await ctx.loaders.learningSetParticipantById.loadMany(members.map((m) => m.participantId));
    return participants.filter((p): p is Participant => p !== null && !(p instanceof Error));
  }

  async memberCountOf(ctx: RequestContext, set: LearningSet): Promise<number> {
    return (await ctx.loaders.learningSetMembersBySetId.load(set.id)).length;
  }

  async meetingsOf(ctx: RequestContext, set: LearningSet): Promise<CohortSession[]> {
    return ctx.loaders.learningSetMeetingsBySetId.load(set.id);
  }

  async facilitatorOf(ctx: RequestContext, set: LearningSet): Promise<CohortFacilitator | null> {
    return set.facilitatorId ? ctx.loaders.cohortFacilitatorById.load(set.facilitatorId) : null;
  }

  async maxMembersOf(ctx: RequestContext, set: LearningSet): Promise<number | null> {
    const cohort = await this.cohortOf(ctx, set);
    return ctx.loaders.learningSetSizeByProgrammeId.load(cohort.programmeId);
  }

  /** The set a session is a meeting of, when the viewer may see the cohort's sets. */
  async setOfSession(ctx: RequestContext, session: CohortSession): Promise<LearningSet | null> {
    return session.learningSetId ? this.findById(ctx, session.learningSetId) : null;
  }

  setSize(ctx: RequestContext, input: SetActionLearningSetSizeInput): Promise<SetActionLearningSetSizePayload> {
    return runMutation<SetActionLearningSetSizePayload>(
      ctx,
      async (tx) => {
        const decoded = fromGlobalId(input.programmeId);
        const programme = decoded?.typeName === "Programme" ? await tx.loaders.programmeById.load(decoded.id) : null;
        // Refusals never reveal what the caller can't see: another academy's draft is absent, its published programme forbidden.
        if (!programme || !managesAcademy(tx, programme.academyId)) throw programme && canSeeProgramme(tx, programme) ? forbidden() : notFound("That programme");
        const size = input.size ?? null;
        const problem = learningSetSizeProblem(size);
        if (problem) throw new UserInputProblems([userError(["size"], UserErrorCode.INVALID, problem)]);
        const repository = tx.db.getRepository(ProgrammeLearningSetRules);
        if (size === null) await repository.delete({ programmeId: programme.id });
        else await repository.upsert({ programmeId: programme.id, setSize: size }, ["programmeId"]);
        tx.loaders.learningSetSizeByProgrammeId.clear(programme.id).prime(programme.id, size);
        await recordAudit(tx, { operation: "setActionLearningSetSize", targetType: "Programme", targetId: programme.id, fields: ["actionLearningSetSize"] });
        return { programme, userErrors: [] };
      },
      (userErrors) => ({ programme: null, userErrors }),
    );
  }

  create(ctx: RequestContext, input: CreateLearningSetInput): Promise<LearningSetPayload> {
    return runMutation<LearningSetPayload>(
      ctx,
      async (tx) => {
        const { cohort } = await this.lockCohortToManage(tx, input.cohortId, "cohortId");
        const problems: UserError[] = [];
        if ((await tx.loaders.learningSetSizeByProgrammeId.load(cohort.programmeId)) === null) problems.push(userError(["cohortId"], UserErrorCode.INVALID, NOT_USED));
        const name = normaliseLine(input.name);
        problems.push(...(await this.nameProblems(tx, cohort.id, name, null)));
        const facilitatorId = await this.facilitatorIdFor(tx, cohort.id, input.facilitatorId, problems);
        if ((await tx.db.getRepository(LearningSet).countBy({ cohortId: cohort.id })) >= ACTION_LEARNING_LIMITS.maxSetsPerCohort) {
          problems.push(userError(["cohortId"], UserErrorCode.INVALID, `A cohort has at most ${ACTION_LEARNING_LIMITS.maxSetsPerCohort} sets.`));
        }
        if (problems.length > 0) throw new UserInputProblems(problems);
        const repository = tx.db.getRepository(LearningSet);
        try {
          const set = await repository.save(repository.create({ cohortId: cohort.id, name, facilitatorId }));
          await recordAudit(tx, { operation: "createLearningSet", targetType: "LearningSet", targetId: set.id, fields: Object.keys(input) });
          return { learningSet: set, userErrors: [] };
        } catch (error) {
          if (isUniqueViolation(error, "learning_set_cohort_name_key")) throw nameTaken(name);
          throw error;
        }
      },
      (userErrors) => ({ learningSet: null, userErrors }),
    );
  }

  rename(ctx: RequestContext, input: RenameLearningSetInput): Promise<LearningSetPayload> {
    return runMutation<LearningSetPayload>(
      ctx,
      async (tx) => {
        const { set } = await this.lockSetToManage(tx, input.id);
        const name = normaliseLine(input.name);
        const problems = await this.nameProblems(tx, set.cohortId, name, set.id);
        if (problems.length > 0) throw new UserInputProblems(problems);
        const previous = set.name;
        set.name = name;
        await tx.db.getRepository(LearningSet).save(set);
        // Its meetings carry its name in their titles: keep them in step.
        await tx.db.query("UPDATE cohort_session SET title = left(replace(title, $1, $2), 200) WHERE learning_set_id = $3", [`(${previous})`, `(${name})`, set.id]);
        await recordAudit(tx, { operation: "renameLearningSet", targetType: "LearningSet", targetId: set.id, fields: ["name"] });
        return { learningSet: set, userErrors: [] };
      },
      (userErrors) => ({ learningSet: null, userErrors }),
    );
  }

  setFacilitator(ctx: RequestContext, input: SetLearningSetFacilitatorInput): Promise<LearningSetPayload> {
    return runMutation<LearningSetPayload>(
      ctx,
      async (tx) => {
        const { set } = await this.lockSetToManage(tx, input.id);
        const problems: UserError[] = [];
        const facilitatorId = await this.facilitatorIdFor(tx, set.cohortId, input.facilitatorId, problems);
        if (problems.length > 0) throw new UserInputProblems(problems);
        set.facilitatorId = facilitatorId;
        await tx.db.getRepository(LearningSet).save(set);
        // Meetings still to come are led by the set's facilitator; past ones keep who led them.
        await tx.db.query("UPDATE cohort_session SET facilitator_id = $1 WHERE learning_set_id = $2 AND starts_at > now()", [facilitatorId, set.id]);
        await recordAudit(tx, { operation: "setLearningSetFacilitator", targetType: "LearningSet", targetId: set.id, fields: ["facilitatorId"] });
        return { learningSet: set, userErrors: [] };
      },
      (userErrors) => ({ learningSet: null, userErrors }),
    );
  }

  delete(ctx: RequestContext, input: DeleteLearningSetInput): Promise<DeleteLearningSetPayload> {
    return runMutation<DeleteLearningSetPayload>(
      ctx,
      async (tx) => {
        const { set, cohort } = await this.lockSetToManage(tx, input.id);
        const meetings = await tx.db.getRepository(CohortSession).find({ where: { learningSetId: set.id }, order: { startsAt: "ASC", id: "ASC" } });
        if (meetings.length > 0 && input.deleteMeetings !== true) {
          const list = meetings.map((m) => `${m.title} on ${formatLondonDate(m.startsAt)}`).join("; ");
          throw new UserInputProblems([
            userError(
              ["deleteMeetings"],
              UserErrorCode.INVALID,
              `${set.name} has ${meetings.length} ${meetings.length === 1 ? "meeting" : "meetings"} (${list}). Deleting the set deletes ${meetings.length === 1 ? "it" : "them"} too, with anything recorded at ${meetings.length === 1 ? "it" : "them"}: confirm to delete them as well.`,
            ),
          ]);
        }
        if (meetings.length > 0) await tx.db.getRepository(CohortSession).delete(meetings.map((m) => m.id));
        await tx.db.getRepository(LearningSet).delete({ id: set.id });
        await recordAudit(tx, { operation: "deleteLearningSet", targetType: "LearningSet", targetId: set.id, fields: meetings.length > 0 ? ["members", "meetings"] : ["members"] });
        if (meetings.length > 0) await recordAudit(tx, { operation: "deleteLearningSetMeetings", targetType: "Cohort", targetId: cohort.id, fields: ["sessions"] });
        return { deletedLearningSetId: set.globalId, deletedMeetingCount: meetings.length, cohort, userErrors: [] };
      },
      (userErrors) => ({ deletedLearningSetId: null, deletedMeetingCount: 0, cohort: null, userErrors }),
    );
  }

  assign(ctx: RequestContext, input: AssignLearningSetMemberInput): Promise<LearningSetMemberPayload> {
    return runMutation<LearningSetMemberPayload>(
      ctx,
      async (tx) => {
        const { set, cohort } = await this.lockSetToManage(tx, input.learningSetId);
        const decoded = fromGlobalId(input.participantId);
        const participant = decoded?.typeName === "Participant" ? await tx.db.getRepository(Participant).findOneBy({ id: decoded.id }) : null;
        if (!participant) throw new UserInputProblems([userError(["participantId"], UserErrorCode.NOT_FOUND, "That participant doesn't exist.")]);
        const name = (await participantDetails(tx, participant)).name ?? "This participant";
        if (participant.cohortId !== cohort.id) {
          throw new UserInputProblems([userError(["participantId"], UserErrorCode.INVALID, `${name} is not a participant of ${cohort.name}: a set's members come from its own cohort.`)]);
        }
        if (participant.status === ParticipantStatus.WITHDRAWN) throw new UserInputProblems([userError(["participantId"], UserErrorCode.INVALID, `${name} has withdrawn from the cohort.`)]);
        const members = tx.db.getRepository(LearningSetMember);
        const current = await members.findOneBy({ participantId: participant.id });
        if (current?.learningSetId === set.id) return { participant, learningSet: set, previousLearningSet: null, userErrors: [] };
        const size = await tx.loaders.learningSetSizeByProgrammeId.load(cohort.programmeId);
        if (size === null) throw new UserInputProblems([userError(["learningSetId"], UserErrorCode.INVALID, NOT_USED)]);
        const count = await members.countBy({ learningSetId: set.id });
        if (count >= size) {
          throw new UserInputProblems([
            userError(["learningSetId"], UserErrorCode.INVALID, `${set.name} is full: it has ${count} members and the programme's sets have at most ${size}. Move someone out first, or choose another set.`),
          ]);
        }
        const previous = current ? await tx.db.getRepository(LearningSet).findOneBy({ id: current.learningSetId }) : null;
        if (current) await members.update({ participantId: participant.id }, { learningSetId: set.id });
        else await members.insert({ participantId: participant.id, learningSetId: set.id });
        await recordAudit(tx, { operation: "assignLearningSetMember", targetType: "LearningSet", targetId: set.id, fields: ["members"] });
        if (previous) await recordAudit(tx, { operation: "unassignLearningSetMember", targetType: "LearningSet", targetId: previous.id, fields: ["members"] });
        return { participant, learningSet: set, previousLearningSet: previous, userErrors: [] };
      },
      (userErrors) => ({ participant: null, learningSet: null, previousLearningSet: null, userErrors }),
    );
  }

  unassign(ctx: RequestContext, input: UnassignLearningSetMemberInput): Promise<LearningSetMemberPayload> {
    return runMutation<LearningSetMemberPayload>(
      ctx,
      async (tx) => {
        const decoded = fromGlobalId(input.participantId);
        const found = decoded?.typeName === "Participant" ? await tx.db.getRepository(Participant).findOneBy({ id: decoded.id }) : null;
        if (!found) throw notFound("That participant");
        await this.lockCohortToManage(tx, found.cohortId, "participantId", true);
        const participant = found;
        const members = tx.db.getRepository(LearningSetMember);
        const current = await members.findOneBy({ participantId: participant.id });
        if (!current) {
          const name = (await participantDetails(tx, participant)).name ?? "This participant";
          throw new UserInputProblems([userError(["participantId"], UserErrorCode.INVALID, `${name} isn't in a set.`)]);
        }
        const previous = await tx.db.getRepository(LearningSet).findOneByOrFail({ id: current.learningSetId });
        await members.delete({ participantId: participant.id });
        await recordAudit(tx, { operation: "unassignLearningSetMember", targetType: "LearningSet", targetId: previous.id, fields: ["members"] });
        return { participant, learningSet: null, previousLearningSet: previous, userErrors: [] };
      },
      (userErrors) => ({ participant: null, learningSet: null, previousLearningSet: null, userErrors }),
    );
  }

  form(ctx: RequestContext, cohortId: string): Promise<FormLearningSetsPayload> {
    return runMutation<FormLearningSetsPayload>(
      ctx,
      async (tx) => {
        const { cohort } = await this.lockCohortToManage(tx, cohortId, "cohortId");
        this.refuseCancelled(cohort);
        const size = await tx.loaders.learningSetSizeByProgrammeId.load(cohort.programmeId);
        if (size === null) throw new UserInputProblems([userError(["cohortId"], UserErrorCode.INVALID, NOT_USED)]);
        const result = await formSets(tx.db, cohort, size);
        if (result.assignedCount > 0) {
          await recordAudit(tx, { operation: "formLearningSets", targetType: "Cohort", targetId: cohort.id, fields: result.createdSets.length > 0 ? ["learningSets", "members"] : ["members"] });
        }
        const learningSets = await tx.db.getRepository(LearningSet).find({ where: { cohortId: cohort.id }, order: { name: "ASC", id: "ASC" } });
        return { cohort, learningSets, createdSetCount: result.createdSets.length, assignedCount: result.assignedCount, explanation: result.explanation, userErrors: [] };
      },
      (userErrors) => ({ cohort: null, learningSets: [], createdSetCount: 0, assignedCount: 0, explanation: [], userErrors }),
    );
  }

  scheduleMeetings(ctx: RequestContext, cohortId: string): Promise<ScheduleLearningSetMeetingsPayload> {
    return runMutation<ScheduleLearningSetMeetingsPayload>(
      ctx,
      async (tx) => {
        const { cohort } = await this.lockCohortToManage(tx, cohortId, "cohortId");
        this.refuseCancelled(cohort);
        const result = await scheduleMeetings(tx.db, cohort);
        if (result.created.length > 0 || result.replacedSessionCount > 0) {
          // Meetings are sessions of the cohort: their changes show in the cohort's trail, as scheduleCohort's do.
          await recordAudit(tx, { operation: "scheduleLearningSetMeetings", targetType: "Cohort", targetId: cohort.id, fields: ["sessions"] });
        }
        return { cohort, ...result, userErrors: [] };
      },
      (userErrors) => ({ cohort: null, created: [], alreadyScheduledCount: 0, replacedSessionCount: 0, summary: [], userErrors }),
    );
  }

  private refuseCancelled(cohort: Cohort) {
    if (effectiveCohortStatus(cohort, new Date()) === CohortStatus.CANCELLED) {
      throw new UserInputProblems([userError(["cohortId"], UserErrorCode.INVALID_TRANSITION, "The cohort is cancelled.")]);
    }
  }

  private async nameProblems(tx: RequestContext, cohortId: string, name: string, exceptId: string | null): Promise<UserError[]> {
    if (!name) return [userError(["name"], UserErrorCode.REQUIRED, "Give the set a name, e.g. Set A.")];
    if (name.length > ACTION_LEARNING_LIMITS.setNameMaxLength) return [userError(["name"], UserErrorCode.TOO_LONG, `Keep the name to ${ACTION_LEARNING_LIMITS.setNameMaxLength} characters.`)];
    const clash: Array<{ id: string }> = await tx.db.query("SELECT id FROM learning_set WHERE cohort_id = $1 AND lower(name) = lower($2) AND id IS DISTINCT FROM $3", [cohortId, name, exceptId]);
    return clash.length > 0 ? nameTaken(name).problems : [];
  }

  private async facilitatorIdFor(tx: RequestContext, cohortId: string, globalId: string | null | undefined, problems: UserError[]): Promise<string | null> {
    if (!globalId) return null;
    const decoded = fromGlobalId(globalId);
    const facilitator = decoded?.typeName === "CohortFacilitator" ? await tx.db.getRepository(CohortFacilitator).findOneBy({ id: decoded.id }) : null;
    if (!facilitator || facilitator.cohortId !== cohortId) {
      problems.push(userError(["facilitatorId"], UserErrorCode.NOT_FOUND, "Choose one of this cohort's facilitators."));
      return null;
    }
    return facilitator.id;
  }

  /**
   * Locks the cohort for a change to its sets. Refusals never reveal what the caller can't see: a cohort the caller
   * can't see is absent, one they see but don't manage (they facilitate it, or it is in the catalogue) forbidden.
   */
  private async lockCohortToManage(tx: RequestContext, idOrGlobalId: string, argumentName: string, isRawId = false): Promise<{ cohort: Cohort; programme: Programme }> {
    let id: string | null = idOrGlobalId;
    if (!isRawId) {
      const decoded = fromGlobalId(idOrGlobalId);
      id = decoded?.typeName === "Cohort" ? decoded.id : null;
    }
    const cohort = id ? await tx.db.getRepository(Cohort).findOne({ where: { id }, lock: { mode: "pessimistic_write" } }) : null;
    const what = argumentName === "participantId" ? "That participant" : "That cohort";
    if (!cohort) throw notFound(what);
    const { access, programme } = await learningSetAccess(tx, cohort);
    if (access === "manage" && programme) return { cohort, programme };
    if (access === "read") throw forbidden();
    // A participant is never visible beyond the academy and the cohort's facilitators; a catalogue cohort is.
    if (argumentName !== "participantId" && programme && (await cohortVisibility(tx))(cohort, programme)) throw forbidden();
    throw notFound(what);
  }

  /** Locks the set's cohort, then the set (the order every change to sets locks in). */
  private async lockSetToManage(tx: RequestContext, globalId: string): Promise<{ set: LearningSet; cohort: Cohort }> {
    const decoded = fromGlobalId(globalId);
    const found = decoded?.typeName === "LearningSet" ? await tx.db.getRepository(LearningSet).findOneBy({ id: decoded.id }) : null;
    if (!found) throw notFound("That Action Learning Set");
    const cohort = await tx.db.getRepository(Cohort).findOne({ where: { id: found.cohortId }, lock: { mode: "pessimistic_write" } });
    if (!cohort) throw notFound("That Action Learning Set");
    const { access } = await learningSetAccess(tx, cohort);
    if (access === "read") throw forbidden();
    if (access !== "manage") throw notFound("That Action Learning Set");
    const set = await tx.db.getRepository(LearningSet).findOneBy({ id: found.id });
    if (!set) throw notFound("That Action Learning Set");
    return { set, cohort };
  }
}
