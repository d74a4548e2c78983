import {
  ApiScope,
  attendanceTally,
  canMoveParticipant,
  CohortStatus,
  COMPLETION_EXCEPTION_REASON_MAX,
  evaluateCompletion,
  fromLondon,
  hasConsecutiveAbsences,
  NO_COMPLETION_RULE,
  PARTICIPANT_REASON_MAX,
  participantStatusLabels,
  ParticipantStatus,
  Role,
  UserErrorCode,
  type CompletionRule,
} from "@ascent/domain";
import { GraphQLError } from "graphql";
import type { RequestContext } from "../../graphql/context";
import { ErrorCode, forbidden, notFound } from "../../graphql/errors";
import { runMutation } from "../../graphql/mutation";
import { Connection } from "../../graphql/relay/connection";
import { ConnectionArgs, OrderDirection } from "../../graphql/relay/connection-args";
import { expectGlobalId, fromGlobalId } from "../../graphql/relay/global-id";
import { paginate } from "../../graphql/relay/paginate";
import { userError, UserInputProblems } from "../../graphql/user-error";
import { moveParticipant, Participant, participantDetails, participantDetailSql, ParticipantService, type ParticipantTransition } from "../application";
import { recordAudit } from "../audit";
import { mentoringFactsOf } from "../mentoring";
import { scopeCohorts } from "../programme";
import { keepsRosterOf, managedCohort } from "./delivery-access";
import { addParticipantProblems, blankToNull, reasonProblems } from "./delivery.rules";
import type { AddParticipantInput, CompleteParticipantInput, CompletionCheck, ParticipantAttendance, ParticipantFilter, ParticipantPayload, WithdrawParticipantInput } from "./dto/delivery.dto";

const refused = (field: string[], code: UserErrorCode, message: string) => new UserInputProblems([userError(field, code, message)]);

/** A programme's completion rule; one that never set any asks nothing. */
export async function completionRuleOf(ctx: RequestContext, programmeId: string): Promise<CompletionRule> {
  return (await ctx.loaders.completionRuleByProgrammeId.load(programmeId)) ?? NO_COMPLETION_RULE;
}

/**
 * When someone marked completed now completed: now, or, when their cohort had
 * already ended (staff entering a cohort after it ran, or catching up weeks
 * later), the end of its last session (its last day, 17:00 London, when it has
 * none). Follow-ups and programme impact count from this date.
 */
async function completionInstant(tx: RequestContext, cohortId: string): Promise<Date> {
  const now = new Date();
  const [row]: Array<{ ends: Date | null; ends_on: string }> = await tx.db.query(
    `SELECT (SELECT max(s.ends_at) FROM cohort_session s WHERE s.cohort_id = c.id) AS ends, to_char(c.ends_on, 'YYYY-MM-DD') AS ends_on FROM cohort c WHERE c.id = $1`,
    [cohortId],
  );
  const ended = row?.ends ?? (row ? fromLondon({ date: row.ends_on, time: "17:00" }) : null);
  return ended && ended.getTime() < now.getTime() ? ended : now;
}

/**
 * The roster: who is on a cohort, their status and its history, attendance,
 * and the programme's completion rule applied to each person.
 */
export class RosterService {
  constructor(private readonly participants: ParticipantService) {}

  // ---- Reading -------------------------------------------------------------------------------------

  /** Every participant the caller may see, by enrolment: a partner token its own staff's, facilitators their cohorts'. */
  async list(ctx: RequestContext, args: ConnectionArgs, filter: ParticipantFilter | null | undefined): Promise<Connection<Participant>> {
    const query = ctx.db.getRepository(Participant).createQueryBuilder("pt").innerJoin("cohort", "c", "c.id = pt.cohort_id").innerJoin("programme", "p", "p.id = c.programme_id");
    const { viewer } = ctx;
    if (viewer.kind === "partner") {
      if (!viewer.scopes.includes(ApiScope.APPLICATIONS_READ)) throw forbidden();
      const asked = filter?.organisationId ? expectGlobalId(filter.organisationId, "Organisation", "filter.organisationId") : viewer.organisationId;
      if (asked !== viewer.organisationId) throw new GraphQLError("A partner token reads its own organisation's participants only.", { extensions: { code: ErrorCode.FORBIDDEN } });
      query.andWhere(`${participantDetailSql("organisation_id")} = :own`, { own: viewer.organisationId });
    } else {
      if (viewer.kind !== "user") throw forbidden();
      if (viewer.role === Role.FACILITATOR) {
        query.andWhere(
          `c.id IN (SELECT f.cohort_id FROM cohort_facilitator f WHERE f.user_id = :me${viewer.user.organisationId ? " OR f.organisation_id = :provider" : ""})`,
          { me: viewer.user.id, provider: viewer.user.organisationId },
        );
      } else {
        scopeCohorts(ctx, query, "c", "p");
        if (viewer.role !== Role.ADMIN) query.andWhere("p.academy_id = :academy", { academy: viewer.user.organisationId });
      }
      if (filter?.organisationId) query.andWhere(`${participantDetailSql("organisation_id")} = :organisationId`, { organisationId: expectGlobalId(filter.organisationId, "Organisation", "filter.organisationId") });
    }
    if (filter?.cohortId) query.andWhere("pt.cohort_id = :cohortId", { cohortId: expectGlobalId(filter.cohortId, "Cohort", "filter.cohortId") });
    if (filter?.programmeId) query.andWhere("c.programme_id = :programmeId", { programmeId: expectGlobalId(filter.programmeId, "Programme", "filter.programmeId") });
    return paginate(query, args, { sortExpression: `to_char(pt.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS')`, direction: OrderDirection.ASC });
  }

  async attendanceOf(ctx: RequestContext, participant: Participant): Promise<ParticipantAttendance> {
    const statuses = await ctx.loaders.attendanceStatusesByParticipantId.load(participant.id);
    return { ...attendanceTally(statuses), consecutiveAbsences: hasConsecutiveAbsences(statuses), recorded: statuses.length };
  }

  /** The completion rule applied to this person, for the roster's keepers; null for anyone else. */
  async completionOf(ctx: RequestContext, participant: Participant): Promise<CompletionCheck | null> {
    if (!(await keepsRosterOf(ctx, participant))) return null;
    return this.check(ctx, participant);
  }

  async transitionsOf(ctx: RequestContext, participant: Participant): Promise<ParticipantTransition[] | null> {
    if (!(await keepsRosterOf(ctx, participant))) return null;
    return ctx.loaders.participantTransitionsByParticipantId.load(participant.id);
  }

  /** A field only the roster's keepers read (email, reasons). */
  async forKeepers<T>(ctx: RequestContext, participant: Participant, value: T): Promise<T | null> {
    return (await keepsRosterOf(ctx, participant)) ? value : null;
  }

  private async check(ctx: RequestContext, participant: Participant): Promise<CompletionCheck> {
    const cohort = await ctx.loaders.cohortById.load(participant.cohortId);
    const rule = cohort ? await completionRuleOf(ctx, cohort.programmeId) : NO_COMPLETION_RULE;
    const statuses = await ctx.loaders.attendanceStatusesByParticipantId.load(participant.id);
    const tally = attendanceTally(statuses);
    const mentoring = rule.mentorOrCoachRequired ? await mentoringFactsOf(ctx, participant) : null;
    const returned = rule.postProgrammeEvaluationRequired ? await ctx.loaders.postProgrammeEvaluationReturnedByParticipantId.load(participant.id) : false;
    return evaluateCompletion(rule, {
      attendanceRate: tally.rate,
      sessionsCounted: tally.attended + tally.absent,
      hasMentorOrCoach: mentoring !== null && (mentoring.hasMentorOrCoach || mentoring.metMinimumLength),
      postProgrammeEvaluationReturned: returned,
    });
  }

  // ---- Changing ------------------------------------------------------------------------------------

  add(ctx: RequestContext, input: AddParticipantInput): Promise<ParticipantPayload> {
    return runMutation<ParticipantPayload>(
      ctx,
      async (tx) => {
        const { cohort } = await managedCohort(tx, expectGlobalId(input.cohortId, "Cohort", "cohortId"));
        // The cohort row is locked so two additions of the same person queue up and the second sees the first.
        await tx.db.query("SELECT id FROM cohort WHERE id = $1 FOR UPDATE", [cohort.id]);
        if (cohort.status === CohortStatus.CANCELLED || cohort.status === CohortStatus.COMPLETED) {
          throw refused(["cohortId"], UserErrorCode.INVALID_TRANSITION, `This cohort is ${cohort.status.toLowerCase()}: no one can join it now.`);
        }
        const problems = addParticipantProblems(input);
        let organisationId: string | null = null;
        if (input.organisationId) {
          const decoded = fromGlobalId(input.organisationId);
          const organisation = decoded?.typeName === "Organisation" ? await tx.loaders.organisationById.load(decoded.id) : null;
          if (!organisation) problems.push(userError(["organisationId"], UserErrorCode.NOT_FOUND, "There is no such organisation."));
          else organisationId = organisation.id;
        }
        if (problems.length > 0) throw new UserInputProblems(problems);
        const email = input.email.trim();
        const onRoster: Array<{ id: string }> = await tx.db.query(`SELECT pt.id FROM participant pt WHERE pt.cohort_id = $1 AND lower(${participantDetailSql("email")}) = lower($2)`, [cohort.id, email]);
        if (onRoster.length > 0) throw refused(["email"], UserErrorCode.TAKEN, "Someone with this email address is already on the roster.");
        // An applicant to this cohort who wasn't placed stays out: they are the comparison group, and they get a place through the waiting list.
        const applied: Array<{ status: string }> = await tx.db.query(`SELECT status FROM application WHERE cohort_id = $1 AND lower(applicant_email) = lower($2) AND erased_at IS NULL`, [cohort.id, email]);
        if (applied.length > 0) {
          throw refused(["email"], UserErrorCode.INVALID, "This person applied to this cohort: give them a place through their application (the waiting list or an offer), not by hand.");
        }
        const participant = await tx.db.getRepository(Participant).save(
          tx.db.getRepository(Participant).create({
            cohortId: cohort.id,
            applicationId: null,
            status: ParticipantStatus.ENROLLED,
            personName: input.name.trim(),
            personEmail: email,
            organisationId,
            organisationName: organisationId ? null : blankToNull(input.organisationName),
            jobTitle: blankToNull(input.jobTitle),
            band: input.band ?? null,
            addedReason: input.reason.trim(),
            withdrawnReason: null,
            completedAt: null,
          }),
        );
        await recordAudit(tx, { operation: "addParticipant", targetType: "Participant", targetId: participant.id, fields: ["cohortId", "name", "email", "organisationId", "organisationName", "jobTitle", "band", "reason"] });
        return { participant, userErrors: [] };
      },
      (userErrors) => ({ participant: null, userErrors }),
    );
  }

  withdraw(ctx: RequestContext, input: WithdrawParticipantInput): Promise<ParticipantPayload> {
    return runMutation<ParticipantPayload>(
      ctx,
      async (tx) => {
        const participant = await this.kept(tx, input.participantId);
        const problems = reasonProblems(["reason"], input.reason, "why they are leaving");
        if (problems.length > 0) throw new UserInputProblems(problems);
        this.assertMove(participant, ParticipantStatus.WITHDRAWN);
        const reason = input.reason.trim();
        await moveParticipant(tx, participant, ParticipantStatus.WITHDRAWN, reason, { withdrawnReason: reason });
        await recordAudit(tx, { operation: "withdrawParticipant", targetType: "Participant", targetId: participant.id, fields: ["status", "withdrawnReason"] });
        return { participant, userErrors: [] };
      },
      (userErrors) => ({ participant: null, userErrors }),
    );
  }

  complete(ctx: RequestContext, input: CompleteParticipantInput): Promise<ParticipantPayload> {
    return runMutation<ParticipantPayload>(
      ctx,
      async (tx) => {
        const participant = await this.kept(tx, input.participantId);
        this.assertMove(participant, ParticipantStatus.COMPLETED);
        const exception = input.exceptionReason ?? null;
        if (exception !== null) {
          const problems = reasonProblems(["exceptionReason"], exception, "why they completed although the rule is not met", COMPLETION_EXCEPTION_REASON_MAX);
          if (problems.length > 0) throw new UserInputProblems(problems);
        }
        const check = await this.check(tx, participant);
        if (!check.met && exception === null) {
          const name = (await participantDetails(tx, participant)).name ?? "This participant";
          throw new UserInputProblems(check.missing.map((reason) => userError(["participantId"], UserErrorCode.INVALID_TRANSITION, `${name} doesn't meet the completion rule yet: ${reason}`)));
        }
        // The person's own words always fit (COMPLETION_EXCEPTION_REASON_MAX); only the rule's text may be cut.
        const why = check.met ? `Completion rule met: ${check.reasons.join(" ")}` : `Completed by exception: ${(exception ?? "").trim()} (rule not met: ${check.missing.join(" ")})`;
        await moveParticipant(tx, participant, ParticipantStatus.COMPLETED, why.slice(0, PARTICIPANT_REASON_MAX), { completedAt: await completionInstant(tx, participant.cohortId) });
        await recordAudit(tx, { operation: "completeParticipant", targetType: "Participant", targetId: participant.id, fields: check.met ? ["status", "completedAt"] : ["status", "completedAt", "exceptionReason"] });
        return { participant, userErrors: [] };
      },
      (userErrors) => ({ participant: null, userErrors }),
    );
  }

  /** The participant a change names, locked: NOT_FOUND when the caller can't see them, FORBIDDEN when it isn't their roster. */
  private async kept(tx: RequestContext, globalId: string): Promise<Participant> {
    const decoded = fromGlobalId(globalId);
    const visible = decoded?.typeName === "Participant" ? await this.participants.findVisible(tx, decoded.id) : null;
    if (!visible) throw notFound("That participant");
    if (!(await keepsRosterOf(tx, visible))) throw forbidden();
    return tx.db.getRepository(Participant).createQueryBuilder("pt").setLock("pessimistic_write").where("pt.id = :id", { id: visible.id }).getOneOrFail();
  }

  private assertMove(participant: Participant, to: ParticipantStatus) {
    if (!canMoveParticipant(participant.status, to)) {
      throw refused(["participantId"], UserErrorCode.INVALID_TRANSITION, `This participant is ${participantStatusLabels[participant.status].toLowerCase()}: they can't be marked ${participantStatusLabels[to].toLowerCase()}.`);
    }
  }
}
