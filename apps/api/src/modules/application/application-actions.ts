import {
  AllocationPolicy,
  ApplicationActor,
  ApplicationStatus,
  applicationStatusLabels,
  DEFAULT_HOLD_DAYS,
  DEFAULT_OFFER_RESPONSE_DAYS,
  EndorsementStatus,
  MAX_HOLD_DAYS,
  MAX_OFFER_RESPONSE_DAYS,
  ParticipantStatus,
  placesFree,
  placeStatusFor,
  Role,
  TransitionReason,
  UserErrorCode,
} from "@ascent/domain";
import { GraphQLError } from "graphql";
import type { RequestContext } from "../../graphql/context";
import { forbidden, notFound } from "../../graphql/errors";
import { runMutation } from "../../graphql/mutation";
import { expectGlobalId } from "../../graphql/relay/global-id";
import { UserError, userError, UserInputProblems } from "../../graphql/user-error";
import { recordAudit } from "../audit";
import { Cohort } from "../cohort";
import { eraseMessagesTo } from "../notification";
import { canManageAcademy, cohortVisibility, Programme } from "../programme";
import { Allocation, CohortTimings } from "./allocation";
import { ApplicationScore } from "./application-score.entity";
import { ApplicationTransition } from "./application-transition.entity";
import { Application } from "./application.entity";
import { type ApplicationLinkPurpose, LinkClaims, LinkPurpose } from "./application.links";
import { normaliseNote } from "./application.rules";
import { ApplicationService } from "./application.service";
import { CohortApplicationSettings } from "./cohort-application-settings.entity";
import { CohortApplicationSettingsInput } from "./dto/application.inputs";
import { ApplicantActionPayload, ApplicationPayload, CohortApplicationSettingsPayload, EndorseApplicationPayload } from "./dto/application.types";
import { moveParticipant } from "./participant-transition.entity";
import { Participant } from "./participant.entity";

interface Locked {
  cohort: Cohort;
  application: Application;
  timings: CohortTimings;
}

const refusal = (field: string[], code: UserErrorCode, message: string) => new UserInputProblems([userError(field, code, message)]);

/**
 * Everything that happens to an application after it arrives: the
 * applicant's and line manager's answers through their links, staff
 * decisions, and the timed jobs. Each runs in one transaction that locks the
 * cohort and then the application, and refills freed places before it commits.
 */
export class ApplicationActions {
  constructor(
    private readonly service: ApplicationService,
    private readonly allocation: Allocation,
  ) {}

  // ---- The applicant, through their private link ----------------------------------------------------

  withdrawByApplicant(ctx: RequestContext, token: string, reason: string | null | undefined): Promise<ApplicantActionPayload> {
    return this.asApplicant(ctx, token, async (tx, locked) => {
      const problems: UserError[] = [];
      const note = normaliseNote(["reason"], reason, problems);
      if (problems.length > 0) throw new UserInputProblems(problems);
      if (![ApplicationStatus.SUBMITTED, ApplicationStatus.AWAITING_ENDORSEMENT, ApplicationStatus.WAITLISTED, ApplicationStatus.OFFERED, ApplicationStatus.ACCEPTED].includes(locked.application.status)) {
        throw refusal(["token"], UserErrorCode.INVALID_TRANSITION, `Your application is ${applicationStatusLabels[locked.application.status].toLowerCase()}: there is nothing to withdraw.`);
      }
      await this.change(tx, locked, ApplicationStatus.WITHDRAWN, TransitionReason.WITHDRAWN_BY_APPLICANT, ApplicationActor.APPLICANT, note);
    });
  }

  acceptOffer(ctx: RequestContext, token: string): Promise<ApplicantActionPayload> {
    return this.asApplicant(ctx, token, async (tx, locked) => {
      this.assertOpenOffer(locked.application);
      await this.change(tx, locked, ApplicationStatus.ACCEPTED, TransitionReason.ACCEPTED, ApplicationActor.APPLICANT);
      await tx.db.getRepository(Participant).insert({ cohortId: locked.cohort.id, applicationId: locked.application.id, status: ParticipantStatus.ENROLLED });
    });
  }

  declineOffer(ctx: RequestContext, token: string, reason: string | null | undefined): Promise<ApplicantActionPayload> {
    return this.asApplicant(ctx, token, async (tx, locked) => {
      const problems: UserError[] = [];
      const note = normaliseNote(["reason"], reason, problems);
      if (problems.length > 0) throw new UserInputProblems(problems);
      this.assertOpenOffer(locked.application);
      await this.change(tx, locked, ApplicationStatus.DECLINED, TransitionReason.DECLINED, ApplicationActor.APPLICANT, note);
    });
  }

  private assertOpenOffer(application: Application) {
    if (application.status !== ApplicationStatus.OFFERED) {
      throw refusal(["token"], UserErrorCode.INVALID_TRANSITION, `There is no open offer: your application is ${applicationStatusLabels[application.status].toLowerCase()}.`);
    }
    // The lapse job may not have run yet; the deadline is the deadline.
    if ((application.offerExpiresAt?.getTime() ?? 0) <= Date.now()) throw refusal(["token"], UserErrorCode.EXPIRED, "The deadline to answer this offer has passed.");
  }

  private asApplicant(ctx: RequestContext, token: string, work: (tx: RequestContext, locked: Locked) => Promise<void>): Promise<ApplicantActionPayload> {
    return runMutation<ApplicantActionPayload>(
      ctx,
      async (tx) => {
        const { locked, claims } = await this.lockFromLink(tx, token, LinkPurpose.STATUS);
        await work(tx, locked);
        return { application: await this.service.statusView(tx, locked.application, claims.expiresAt), userErrors: [] };
      },
      (userErrors) => ({ application: null, userErrors }),
    );
  }

  /** A bad link in a mutation is a userError on the token (nothing is changed), not a failed request. */
  private async lockFromLink(tx: RequestContext, token: string, purpose: ApplicationLinkPurpose): Promise<{ locked: Locked; claims: LinkClaims }> {
    let found: { application: Application; claims: LinkClaims };
    try {
      found = await this.service.fromLink(tx, token, purpose);
    } catch (error) {
      if (error instanceof GraphQLError) {
        throw refusal(["token"], error.extensions.link === "EXPIRED" ? UserErrorCode.EXPIRED : UserErrorCode.INVALID, error.message);
      }
      throw error;
    }
    const locked = await this.lock(tx, found.application.id);
    if (locked.application.linkVersion !== found.claims.version) throw refusal(["token"], UserErrorCode.INVALID, "This link is no longer valid.");
    return { locked, claims: found.claims };
  }

  // ---- The line manager ---------------------------------------------------------------------------------

  endorse(ctx: RequestContext, token: string, endorse: boolean, comment: string | null | undefined): Promise<EndorseApplicationPayload> {
    return runMutation<EndorseApplicationPayload>(
      ctx,
      async (tx) => {
        const problems: UserError[] = [];
        const note = normaliseNote(["comment"], comment, problems);
        if (problems.length > 0) throw new UserInputProblems(problems);
        const { locked, claims } = await this.lockFromLink(tx, token, LinkPurpose.ENDORSE);
        const { application } = locked;
        const waiting = [ApplicationStatus.AWAITING_ENDORSEMENT, ApplicationStatus.WAITLISTED, ApplicationStatus.SUBMITTED].includes(application.status);
        if (application.endorsementStatus !== EndorsementStatus.PENDING || !waiting) {
          throw refusal(["token"], UserErrorCode.INVALID_TRANSITION, `This application is no longer waiting for your endorsement (it is ${applicationStatusLabels[application.status].toLowerCase()}).`);
        }
        application.endorsementStatus = endorse ? EndorsementStatus.ENDORSED : EndorsementStatus.DECLINED;
        application.endorsementComment = note;
        application.endorsementDecidedAt = new Date();
        if (!endorse) {
          await this.change(tx, locked, ApplicationStatus.NOT_ENDORSED, TransitionReason.ENDORSEMENT_DECLINED, ApplicationActor.LINE_MANAGER, note);
        } else if (application.status === ApplicationStatus.AWAITING_ENDORSEMENT) {
          await this.change(tx, locked, ApplicationStatus.OFFERED, TransitionReason.ENDORSED, ApplicationActor.LINE_MANAGER, note);
        } else {
          // Still waiting for a place (or the panel): the endorsement goes on the timeline without a change of status.
          await tx.db.getRepository(Application).save(application);
          await this.allocation.record(tx, application, application.status, TransitionReason.ENDORSED, ApplicationActor.LINE_MANAGER, note);
        }
        return { endorsement: await this.service.endorsementView(tx, application, claims.expiresAt), userErrors: [] };
      },
      (userErrors) => ({ endorsement: null, userErrors }),
    );
  }

  // ---- Academy staff ------------------------------------------------------------------------------------

  withdrawByStaff(ctx: RequestContext, id: string, reason: string): Promise<ApplicationPayload> {
    return this.asStaff(ctx, id, "withdrawApplicationForApplicant", async (tx, locked, note) => {
      await this.change(tx, locked, ApplicationStatus.WITHDRAWN, TransitionReason.WITHDRAWN_BY_STAFF, ApplicationActor.STAFF, note);
    }, reason);
  }

  reject(ctx: RequestContext, id: string, reason: string): Promise<ApplicationPayload> {
    return this.asStaff(ctx, id, "rejectApplication", async (tx, locked, note) => {
      await this.change(tx, locked, ApplicationStatus.REJECTED, TransitionReason.REJECTED_BY_STAFF, ApplicationActor.STAFF, note);
    }, reason);
  }

  /** Panel selection: offer a place (held first if the endorsement is still pending), within capacity. */
  offerPlace(ctx: RequestContext, id: string): Promise<ApplicationPayload> {
    return this.asStaff(ctx, id, "offerPlace", async (tx, locked) => {
      if (locked.cohort.allocationPolicy !== AllocationPolicy.PANEL_SELECTION) {
        throw refusal(["id"], UserErrorCode.INVALID, "This cohort is first come, first served: places go in order of receipt, not by offer.");
      }
      if (placesFree(locked.cohort.capacity, await this.allocation.placesTaken(tx, locked.cohort.id)) === 0) {
        throw refusal(["id"], UserErrorCode.INVALID, `All ${locked.cohort.capacity} places are held, offered or accepted; put the application on the waiting list instead.`);
      }
      await this.change(tx, locked, placeStatusFor(locked.application.endorsementStatus), TransitionReason.SELECTED_BY_PANEL, ApplicationActor.STAFF);
    });
  }

  /** Panel selection: the waiting list, ranked by panel score. */
  waitlist(ctx: RequestContext, id: string): Promise<ApplicationPayload> {
    return this.asStaff(ctx, id, "waitlistApplication", async (tx, locked) => {
      if (locked.application.status !== ApplicationStatus.SUBMITTED) {
        throw refusal(["id"], UserErrorCode.INVALID_TRANSITION, `Only an application under review can be put on the waiting list; this one is ${applicationStatusLabels[locked.application.status].toLowerCase()}.`);
      }
      await this.change(tx, locked, ApplicationStatus.WAITLISTED, TransitionReason.WAITLISTED_BY_PANEL, ApplicationActor.STAFF);
    });
  }

  /** Sends the line manager's request again (the place's hold is not extended: others are waiting). */
  resendEndorsementRequest(ctx: RequestContext, id: string): Promise<ApplicationPayload> {
    return this.asStaff(ctx, id, "resendEndorsementRequest", async (tx, locked) => {
      const { application } = locked;
      const waiting = [ApplicationStatus.AWAITING_ENDORSEMENT, ApplicationStatus.WAITLISTED, ApplicationStatus.SUBMITTED].includes(application.status);
      if (application.endorsementStatus !== EndorsementStatus.PENDING || !waiting) {
        throw refusal(["id"], UserErrorCode.INVALID_TRANSITION, "This application is not waiting for its line manager.");
      }
      application.endorsementRemindersSent += 1;
      await tx.db.getRepository(Application).save(application);
      await this.service.notifier.endorsementRequest(tx, application, locked.timings.holdDays, application.endorsementRemindersSent, application.endorsementRemindersSent);
    });
  }

  /**
   * UK GDPR erasure: name, contact details, answers, the declaration, the
   * line manager and free-text notes go, and every link stops working; the
   * status, cohort and timeline codes stay so counts stay right.
   */
  erase(ctx: RequestContext, id: string): Promise<ApplicationPayload> {
    return runMutation<ApplicationPayload>(
      ctx,
      async (tx) => {
        if (tx.viewer.kind !== "user" || tx.viewer.role !== Role.ADMIN) throw forbidden();
        const { application } = await this.lock(tx, expectGlobalId(id, "Application"));
        if (application.erasedAt) throw refusal(["id"], UserErrorCode.INVALID, "This applicant's personal data has already been erased.");
        const email = application.applicantEmail;
        Object.assign(application, {
          applicantName: null,
          applicantEmail: null,
          organisationName: null,
          jobTitle: null,
          positiveActionDeclared: null,
          positiveActionConsentAt: null,
          mentorOrCoachIdentified: null,
          followUpConsentAt: null,
          answers: [],
          eligibilityReasons: application.eligibilityReasons.map((reason) => ({ ...reason, explanation: "" })),
          lineManagerName: null,
          lineManagerEmail: null,
          endorsementComment: null,
          idempotencyKey: `erased:${application.id}`,
          linkVersion: application.linkVersion + 1,
          erasedAt: new Date(),
        });
        await tx.db.getRepository(Application).save(application);
        await tx.db.getRepository(ApplicationTransition).update({ applicationId: application.id }, { note: null });
        await tx.db.getRepository(ApplicationScore).update({ applicationId: application.id }, { comment: null });
        if (email) await eraseMessagesTo(tx, email);
        await recordAudit(tx, {
          operation: "eraseApplicant",
          targetType: "Application",
          targetId: application.id,
          fields: ["applicantName", "applicantEmail", "organisationName", "jobTitle", "positiveActionDeclared", "answers", "lineManager", "endorsementComment", "transitionNotes", "panelComments", "outboxMessages"],
        });
        return { application, userErrors: [] };
      },
      (userErrors) => ({ application: null, userErrors }),
    );
  }

  defaultTimings(): Promise<CohortTimings> {
    return Promise.resolve({ holdDays: DEFAULT_HOLD_DAYS, offerResponseDays: DEFAULT_OFFER_RESPONSE_DAYS });
  }

  setCohortSettings(ctx: RequestContext, input: CohortApplicationSettingsInput): Promise<CohortApplicationSettingsPayload> {
    return runMutation<CohortApplicationSettingsPayload>(
      ctx,
      async (tx) => {
        const cohortId = expectGlobalId(input.cohortId, "Cohort", "cohortId");
        const cohort = await this.allocation.lockCohort(tx, cohortId);
        if (!cohort) throw notFound("That cohort");
        if (!canManageAcademy(tx, await this.service.academyOf(tx, cohort.id))) {
          // Refusals never reveal what the caller can't see: an invisible cohort is absent, a visible one forbidden.
          const programme = await tx.db.getRepository(Programme).findOneByOrFail({ id: cohort.programmeId });
          throw (await cohortVisibility(tx))(cohort, programme) ? forbidden() : notFound("That cohort");
        }
        const current = await this.allocation.timingsOf(tx, cohort.id);
        const holdDays = input.holdDays ?? current.holdDays;
        const offerResponseDays = input.offerResponseDays ?? current.offerResponseDays;
        const problems: UserError[] = [];
        if (!Number.isInteger(holdDays) || holdDays < 1 || holdDays > MAX_HOLD_DAYS) problems.push(userError(["holdDays"], UserErrorCode.INVALID, `Hold a place for 1 to ${MAX_HOLD_DAYS} days.`));
        if (!Number.isInteger(offerResponseDays) || offerResponseDays < 1 || offerResponseDays > MAX_OFFER_RESPONSE_DAYS) {
          problems.push(userError(["offerResponseDays"], UserErrorCode.INVALID, `Give applicants 1 to ${MAX_OFFER_RESPONSE_DAYS} days to answer an offer.`));
        }
        if (problems.length > 0) throw new UserInputProblems(problems);
        const settings = await tx.db.getRepository(CohortApplicationSettings).save({ cohortId: cohort.id, holdDays, offerResponseDays });
        return { settings, userErrors: [] };
      },
      (userErrors) => ({ settings: null, userErrors }),
    );
  }

  private asStaff(
    ctx: RequestContext,
    id: string,
    operation: string,
    work: (tx: RequestContext, locked: Locked, note: string | null) => Promise<void>,
    reason?: string,
  ): Promise<ApplicationPayload> {
    return runMutation<ApplicationPayload>(
      ctx,
      async (tx) => {
        const problems: UserError[] = [];
        const note = reason === undefined ? null : normaliseNote(["reason"], reason, problems);
        if (reason !== undefined && note === null) problems.push(userError(["reason"], UserErrorCode.REQUIRED, "Give a reason: it is kept on the timeline and told to the applicant."));
        if (problems.length > 0) throw new UserInputProblems(problems);
        const applicationId = expectGlobalId(id, "Application");
        const visible = await this.service.findVisible(tx, applicationId);
        if (!visible) throw notFound("That application");
        if (!canManageAcademy(tx, await this.service.academyOf(tx, visible.cohortId))) throw forbidden();
        const locked = await this.lock(tx, applicationId);
        await work(tx, locked, note);
        await recordAudit(tx, { operation, targetType: "Application", targetId: applicationId, fields: ["status"] });
        return { application: locked.application, userErrors: [] };
      },
      (userErrors) => ({ application: null, userErrors }),
    );
  }

  // ---- Timed jobs (idempotent: each checks the row under its lock) -----------------------------------

  async lapseHold(tx: RequestContext, applicationId: string) {
    const locked = await this.allocation.lockForChange(tx, applicationId);
    const application = locked?.application;
    if (!locked || !application || application.status !== ApplicationStatus.AWAITING_ENDORSEMENT || (application.holdExpiresAt?.getTime() ?? Infinity) > Date.now()) return;
    await this.change(tx, { ...locked, timings: await this.allocation.timingsOf(tx, locked.cohort.id) }, ApplicationStatus.LAPSED, TransitionReason.HOLD_LAPSED, ApplicationActor.SYSTEM);
  }

  async lapseOffer(tx: RequestContext, applicationId: string) {
    const locked = await this.allocation.lockForChange(tx, applicationId);
    const application = locked?.application;
    if (!locked || !application || application.status !== ApplicationStatus.OFFERED || (application.offerExpiresAt?.getTime() ?? Infinity) > Date.now()) return;
    await this.change(tx, { ...locked, timings: await this.allocation.timingsOf(tx, locked.cohort.id) }, ApplicationStatus.LAPSED, TransitionReason.OFFER_LAPSED, ApplicationActor.SYSTEM);
  }

  async remindOffer(tx: RequestContext, applicationId: string) {
    const application = await this.allocation.lockApplication(tx, applicationId);
    if (application?.status === ApplicationStatus.OFFERED && (application.offerExpiresAt?.getTime() ?? 0) > Date.now()) await this.service.notifier.offerReminder(tx, application);
  }

  /** Returns the application when a reminder went out (so the next one can be scheduled), else null. */
  async remindEndorsement(tx: RequestContext, applicationId: string, reminder: number): Promise<Application | null> {
    const application = await this.allocation.lockApplication(tx, applicationId);
    if (!application || application.endorsementStatus !== EndorsementStatus.PENDING) return null;
    if (![ApplicationStatus.AWAITING_ENDORSEMENT, ApplicationStatus.WAITLISTED, ApplicationStatus.SUBMITTED].includes(application.status)) return null;
    const timings = await this.allocation.timingsOf(tx, application.cohortId);
    await this.service.notifier.endorsementRequest(tx, application, timings.holdDays, reminder);
    return application;
  }

  // ---- Shared ------------------------------------------------------------------------------------------

  private async lock(tx: RequestContext, applicationId: string): Promise<Locked> {
    const locked = await this.allocation.lockForChange(tx, applicationId);
    if (!locked) throw notFound("That application");
    return { ...locked, timings: await this.allocation.timingsOf(tx, locked.cohort.id) };
  }

  /** One transition; a freed place goes straight to the next in line, in the same transaction. */
  private async change(tx: RequestContext, locked: Locked, to: ApplicationStatus, reason: TransitionReason, actor: ApplicationActor, note: string | null = null) {
    const wasAccepted = locked.application.status === ApplicationStatus.ACCEPTED;
    const { freedPlace } = await this.allocation.move(tx, locked.application, to, reason, actor, locked.timings, note);
    if (wasAccepted) {
      const participant = await tx.db.getRepository(Participant).findOneBy({ applicationId: locked.application.id });
      if (participant && participant.status !== ParticipantStatus.WITHDRAWN) {
        const why = note ?? "Their application was withdrawn after they accepted.";
        await moveParticipant(tx, participant, ParticipantStatus.WITHDRAWN, why, { withdrawnReason: why });
      }
    }
    if (freedPlace) await this.allocation.fillPlaces(tx, locked.cohort, locked.timings);
  }
}
