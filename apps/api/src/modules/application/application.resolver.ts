import { ApiScope, Audience, partnerWith, Role } from "@ascent/domain";
import { Arg, Args, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { Allow } from "../../graphql/auth-checker";
import type { RequestContext } from "../../graphql/context";
import { ConnectionArgs } from "../../graphql/relay/connection-args";
import { Cohort } from "../cohort";
import { Organisation } from "../organisation";
import { User } from "../user";
import { ApplicationActions } from "./application-actions";
import { ApplicationTransition } from "./application-transition.entity";
import { Application } from "./application.entity";
import { ApplicationService } from "./application.service";
import { ApplicationOrder } from "./dto/application-order.input";
import {
  ApplicantTokenInput,
  ApplicantWithdrawInput,
  ApplicationFilter,
  ApplicationIdInput,
  DeclineOfferInput,
  EndorseApplicationInput,
  StaffDecisionInput,
  SubmitApplicationInput,
} from "./dto/application.inputs";
import {
  ApplicantActionPayload,
  ApplicationAnswer,
  ApplicationConnection,
  ApplicationEligibilityReason,
  ApplicationPayload,
  ApplicationStatusView,
  EndorseApplicationPayload,
  Endorsement,
  EmployerChoice,
  EndorsementRequestView,
  SubmitApplicationPayload,
} from "./dto/application.types";
import { Participant } from "./participant.entity";

const MANAGERS = [Role.ADMIN, Role.PROGRAMME_MANAGER] as const;
/** Academy staff, and partner tokens reading their own organisation's staff. */
const READERS = [Role.ADMIN, Role.PROGRAMME_MANAGER, partnerWith(ApiScope.APPLICATIONS_READ)] as const;

@Resolver(() => Application)
export class ApplicationResolver {
  constructor(
    private readonly service: ApplicationService,
    private readonly actions: ApplicationActions,
  ) {}

  @Allow(...READERS)
  @Query(() => ApplicationConnection, { description: "By receipt (within a cohort: receipt number). Staff: their academy's cohorts; partner tokens: their own organisation's staff, never monitoring data." })
  applications(
    @Ctx() ctx: RequestContext,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg("filter", () => ApplicationFilter, { nullable: true }) filter?: ApplicationFilter | null,
    @Arg("orderBy", () => ApplicationOrder, { nullable: true, description: "Default: receipt, first first." }) orderBy?: ApplicationOrder | null,
  ): Promise<ApplicationConnection> {
    return this.service.list(ctx, args, filter, orderBy);
  }

  @Allow(Audience.PUBLIC)
  @Query(() => [EmployerChoice], { description: "NHS organisations (trusts, ICBs, CCGs, other) whose names match, for the public application form; at most 20, by name." })
  employerChoices(@Ctx() ctx: RequestContext, @Arg("search") search: string): Promise<EmployerChoice[]> {
    return this.service.employerChoices(ctx, search);
  }

  @Allow(Audience.PUBLIC)
  @Query(() => ApplicationStatusView, { description: "The applicant's view through their private link. A bad or expired token is BAD_USER_INPUT with extensions.link INVALID or EXPIRED." })
  applicationStatus(@Ctx() ctx: RequestContext, @Arg("token") token: string): Promise<ApplicationStatusView> {
    return this.service.statusByLink(ctx, token);
  }

  @Allow(Audience.PUBLIC)
  @Query(() => EndorsementRequestView, { description: "The line manager's view through their link; errors as applicationStatus." })
  endorsementRequest(@Ctx() ctx: RequestContext, @Arg("token") token: string): Promise<EndorsementRequestView> {
    return this.service.endorsementByLink(ctx, token);
  }

  @Allow(Audience.PUBLIC)
  @Mutation(() => SubmitApplicationPayload, { description: "Applies to an open cohort; no sign-in. The server's receipt order decides first come, first served." })
  submitApplication(@Ctx() ctx: RequestContext, @Arg("input", () => SubmitApplicationInput) input: SubmitApplicationInput): Promise<SubmitApplicationPayload> {
    return this.service.submit(ctx, input);
  }

  @Allow(Audience.PUBLIC)
  @Mutation(() => ApplicantActionPayload, { description: "The applicant withdraws, with the token of their private link; a place they held goes to the next in line." })
  withdrawApplication(@Ctx() ctx: RequestContext, @Arg("input", () => ApplicantWithdrawInput) input: ApplicantWithdrawInput): Promise<ApplicantActionPayload> {
    return this.actions.withdrawByApplicant(ctx, input.token, input.reason);
  }

  @Allow(Audience.PUBLIC)
  @Mutation(() => ApplicantActionPayload, { description: "Accepts an offered place before its deadline: the applicant becomes a participant." })
  acceptOffer(@Ctx() ctx: RequestContext, @Arg("input", () => ApplicantTokenInput) input: ApplicantTokenInput): Promise<ApplicantActionPayload> {
    return this.actions.acceptOffer(ctx, input.token);
  }

  @Allow(Audience.PUBLIC)
  @Mutation(() => ApplicantActionPayload, { description: "Declines an offered place; it goes to the next in line at once." })
  declineOffer(@Ctx() ctx: RequestContext, @Arg("input", () => DeclineOfferInput) input: DeclineOfferInput): Promise<ApplicantActionPayload> {
    return this.actions.declineOffer(ctx, input.token, input.reason);
  }

  @Allow(Audience.PUBLIC)
  @Mutation(() => EndorseApplicationPayload, { description: "The line manager endorses or declines, with the token of their link." })
  endorseApplication(@Ctx() ctx: RequestContext, @Arg("input", () => EndorseApplicationInput) input: EndorseApplicationInput): Promise<EndorseApplicationPayload> {
    return this.actions.endorse(ctx, input.token, input.endorse, input.comment);
  }

  @Allow(...MANAGERS)
  @Mutation(() => ApplicationPayload, { description: "Staff withdraw an application on the applicant's behalf, with a reason." })
  withdrawApplicationForApplicant(@Ctx() ctx: RequestContext, @Arg("input", () => StaffDecisionInput) input: StaffDecisionInput): Promise<ApplicationPayload> {
    return this.actions.withdrawByStaff(ctx, input.id, input.reason);
  }

  @Allow(...MANAGERS)
  @Mutation(() => ApplicationPayload, { description: "Staff turn an application down, with a reason told to the applicant." })
  rejectApplication(@Ctx() ctx: RequestContext, @Arg("input", () => StaffDecisionInput) input: StaffDecisionInput): Promise<ApplicationPayload> {
    return this.actions.reject(ctx, input.id, input.reason);
  }

  @Allow(...MANAGERS)
  @Mutation(() => ApplicationPayload, { description: "Panel selection: offers a place (held while the endorsement is pending), within capacity." })
  offerPlace(@Ctx() ctx: RequestContext, @Arg("input", () => ApplicationIdInput) input: ApplicationIdInput): Promise<ApplicationPayload> {
    return this.actions.offerPlace(ctx, input.id);
  }

  @Allow(...MANAGERS)
  @Mutation(() => ApplicationPayload, { description: "Panel selection: puts an application under review on the waiting list (ranked by panel score)." })
  waitlistApplication(@Ctx() ctx: RequestContext, @Arg("input", () => ApplicationIdInput) input: ApplicationIdInput): Promise<ApplicationPayload> {
    return this.actions.waitlist(ctx, input.id);
  }

  @Allow(...MANAGERS)
  @Mutation(() => ApplicationPayload, { description: "Emails the line manager's endorsement request again." })
  resendEndorsementRequest(@Ctx() ctx: RequestContext, @Arg("input", () => ApplicationIdInput) input: ApplicationIdInput): Promise<ApplicationPayload> {
    return this.actions.resendEndorsementRequest(ctx, input.id);
  }

  @Allow(Role.ADMIN)
  @Mutation(() => ApplicationPayload, { description: "UK GDPR erasure of the applicant's personal data; the status and cohort stay so counts stay right. Audited." })
  eraseApplicant(@Ctx() ctx: RequestContext, @Arg("input", () => ApplicationIdInput) input: ApplicationIdInput): Promise<ApplicationPayload> {
    return this.actions.erase(ctx, input.id);
  }

  @Allow(...READERS)
  @FieldResolver(() => Cohort)
  async cohort(@Ctx() ctx: RequestContext, @Root() application: Application): Promise<Cohort> {
    return (await ctx.loaders.cohortById.load(application.cohortId)) as Cohort;
  }

  @Allow(...READERS)
  @FieldResolver(() => String, { nullable: true, description: "Null once erased." })
  applicantName(@Root() application: Application): string | null {
    return application.applicantName;
  }

  @Allow(...READERS)
  @FieldResolver(() => String, { nullable: true })
  jobTitle(@Root() application: Application): string | null {
    return application.jobTitle;
  }

  @Allow(...READERS)
  @FieldResolver(() => Organisation, { nullable: true, description: "The employer, when chosen from the list." })
  organisation(@Ctx() ctx: RequestContext, @Root() application: Application): Promise<Organisation | null> {
    return this.service.organisationOf(ctx, application);
  }

  @Allow(...READERS)
  @FieldResolver(() => String, { nullable: true, description: "The employer as typed, when it was not in the list." })
  organisationName(@Root() application: Application): string | null {
    return application.organisationName;
  }

  @Allow(...READERS)
  @FieldResolver(() => Int, { nullable: true, description: "1 is next in line; null unless WAITLISTED." })
  waitlistPosition(@Ctx() ctx: RequestContext, @Root() application: Application): Promise<number | null> {
    return this.service.waitlistPosition(ctx, application);
  }

  @Allow(...READERS)
  @FieldResolver(() => Participant, { nullable: true, description: "Set once the offer is accepted." })
  participant(@Ctx() ctx: RequestContext, @Root() application: Application): Promise<Participant | null> {
    return ctx.loaders.participantByApplicationId.load(application.id);
  }

  @Allow(...MANAGERS)
  @FieldResolver(() => String, { nullable: true })
  applicantEmail(@Root() application: Application): string | null {
    return application.applicantEmail;
  }

  @Allow(...MANAGERS)
  @FieldResolver(() => [ApplicationAnswer])
  answers(@Ctx() ctx: RequestContext, @Root() application: Application): Promise<ApplicationAnswer[]> {
    return this.service.answersOf(ctx, application);
  }

  @Allow(...MANAGERS)
  @FieldResolver(() => [ApplicationEligibilityReason], { description: "Each rule checked on arrival, met or not, in plain words." })
  eligibilityReasons(@Root() application: Application): ApplicationEligibilityReason[] {
    return application.eligibilityReasons;
  }

  @Allow(...MANAGERS)
  @FieldResolver(() => Endorsement)
  endorsement(@Root() application: Application): Endorsement {
    return {
      status: application.endorsementStatus,
      lineManagerName: application.lineManagerName,
      lineManagerEmail: application.lineManagerEmail,
      comment: application.endorsementComment,
      requestedAt: application.endorsementRequestedAt,
      decidedAt: application.endorsementDecidedAt,
      remindersSent: application.endorsementRemindersSent,
    };
  }

  @Allow(...MANAGERS)
  @FieldResolver(() => [ApplicationTransition], { description: "Every change of status, oldest first: who, when, why." })
  transitions(@Ctx() ctx: RequestContext, @Root() application: Application): Promise<ApplicationTransition[]> {
    return this.service.transitionsOf(ctx, application);
  }
}

@Resolver(() => ApplicationTransition)
export class ApplicationTransitionResolver {
  @Allow(...MANAGERS)
  @FieldResolver(() => String, { nullable: true, description: "The reason or comment given, if any (erased with the applicant)." })
  note(@Root() transition: ApplicationTransition): string | null {
    return transition.note;
  }

  @Allow(...MANAGERS)
  @FieldResolver(() => User, { nullable: true, description: "The staff member, when staff made the change." })
  actorUser(@Ctx() ctx: RequestContext, @Root() transition: ApplicationTransition): Promise<User | null> {
    return transition.actorUserId ? ctx.loaders.userById.load(transition.actorUserId) : Promise.resolve(null);
  }
}
