import { Audience, CohortStatus, Role, toLondon } from "@ascent/domain";
import type { EligibilityRules } from "@ascent/domain";
import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { Allow } from "../../graphql/auth-checker";
import type { RequestContext } from "../../graphql/context";
import { ConnectionArgs } from "../../graphql/relay/connection-args";
import { selectedNodeFields, selectedNodeSubfields } from "../../graphql/relay/selection";
import { Organisation } from "../organisation";
import { EligibilityRulesType, ProgrammeTrack, Programme } from "../programme";
import { User } from "../user";
import { CohortFacilitator } from "./cohort-facilitator.entity";
import { CohortSession } from "./cohort-session.entity";
import { Cohort } from "./cohort.entity";
import { CohortService } from "./cohort.service";
import {
  AddSessionInput,
  CohortFilter,
  CohortIdInput,
  CreateCohortInput,
  LondonDateTime,
  ScheduleCohortInput,
  SessionIdInput,
  UpdateCohortInput,
  UpdateSessionInput,
} from "./dto/cohort.inputs";
import { CohortConnection, CohortStatusPayload, CreateCohortPayload, ScheduleCohortPayload, SessionPayload, UpdateCohortPayload } from "./dto/cohort.payloads";

const MANAGERS = [Role.ADMIN, Role.PROGRAMME_MANAGER] as const;

@Resolver(() => Cohort)
export class CohortResolver {
  constructor(private readonly service: CohortService) {}

  @Allow(Audience.PUBLIC)
  @Query(() => CohortConnection, { description: "Cohorts by start date. Without signing in, only opened cohorts of published programmes." })
  cohorts(
    @Ctx() ctx: RequestContext,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Info() info: GraphQLResolveInfo,
    @Arg("filter", () => CohortFilter, { nullable: true }) filter?: CohortFilter | null,
  ): Promise<CohortConnection> {
    return this.service.list(ctx, args, filter, {
      fields: selectedNodeFields(info),
      programme: selectedNodeSubfields(info, ["programme"]),
      academy: selectedNodeSubfields(info, ["programme", "academy"]),
    });
  }

  @Allow(Audience.PUBLIC)
  @Query(() => Cohort, { nullable: true, description: "Null when there is no such cohort or it isn't yours to see." })
  cohort(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string): Promise<Cohort | null> {
    return this.service.findByGlobalId(ctx, id);
  }

  @Allow(Audience.PUBLIC)
  @FieldResolver(() => Programme)
  programme(@Ctx() ctx: RequestContext, @Root() cohort: Cohort): Promise<Programme> | Programme {
    return this.service.listedProgramme(ctx, cohort);
  }

  @Allow(Audience.PUBLIC)
  @FieldResolver(() => ProgrammeTrack, { nullable: true })
  track(@Ctx() ctx: RequestContext, @Root() cohort: Cohort): Promise<ProgrammeTrack | null> {
    return this.service.trackOf(ctx, cohort);
  }

  @Allow(Audience.PUBLIC)
  @FieldResolver(() => CohortStatus, { description: "Effective status: an open cohort whose window has closed reports CLOSED." })
  status(@Root() cohort: Cohort): CohortStatus {
    return this.service.status(cohort);
  }

  @Allow(Audience.PUBLIC)
  @FieldResolver(() => Boolean, { description: "Open, and now inside the application window." })
  openForApplications(@Root() cohort: Cohort): boolean {
    return this.service.openForApplications(cohort);
  }

  @Allow(Role.ADMIN, Role.PROGRAMME_MANAGER)
  @FieldResolver(() => [CohortStatus], { description: "Statuses the cohort may move to from its effective status." })
  availableTransitions(@Root() cohort: Cohort): CohortStatus[] {
    return this.service.availableTransitions(cohort);
  }

  // placesRemaining and waitlistLength come from the application module, which owns the places.

  @Allow(Audience.PUBLIC)
  @FieldResolver(() => LondonDateTime, { nullable: true })
  applicationsOpenAtLondon(@Root() cohort: Cohort): LondonDateTime | null {
    return this.service.londonTimes(cohort).opens;
  }

  @Allow(Audience.PUBLIC)
  @FieldResolver(() => LondonDateTime, { nullable: true, description: "The closing date and time as Londoners read it." })
  applicationsCloseAtLondon(@Root() cohort: Cohort): LondonDateTime | null {
    return this.service.londonTimes(cohort).closes;
  }

  @Allow(Audience.PUBLIC)
  @FieldResolver(() => EligibilityRulesType, { description: "The programme's rules with the track's overrides." })
  eligibility(@Ctx() ctx: RequestContext, @Root() cohort: Cohort): Promise<EligibilityRules> {
    return this.service.eligibility(ctx, cohort);
  }

  @Allow(Audience.PUBLIC)
  @FieldResolver(() => [String], { description: "Who can apply, in plain English." })
  eligibilitySummary(@Ctx() ctx: RequestContext, @Root() cohort: Cohort): Promise<string[]> {
    return this.service.eligibilitySummary(ctx, cohort);
  }

  @Allow(Audience.PUBLIC)
  @FieldResolver(() => [CohortSession], { description: "By start time." })
  sessions(@Ctx() ctx: RequestContext, @Root() cohort: Cohort): Promise<CohortSession[]> {
    return this.service.sessionsOf(ctx, cohort);
  }

  @Allow(Audience.PUBLIC)
  @FieldResolver(() => Int)
  sessionCount(@Ctx() ctx: RequestContext, @Root() cohort: Cohort): Promise<number> | number {
    return this.service.sessionCount(ctx, cohort);
  }

  @Allow(Audience.PUBLIC)
  @FieldResolver(() => [CohortFacilitator])
  facilitators(@Ctx() ctx: RequestContext, @Root() cohort: Cohort): Promise<CohortFacilitator[]> {
    return this.service.facilitatorsOf(ctx, cohort);
  }

  @Allow(Audience.PUBLIC)
  @FieldResolver(() => String, { description: "The sessions as an iCalendar (RFC 5545) file, times in UTC." })
  calendarIcs(@Ctx() ctx: RequestContext, @Root() cohort: Cohort): Promise<string> {
    return this.service.calendarIcs(ctx, cohort);
  }

  @Allow(...MANAGERS)
  @Mutation(() => CreateCohortPayload, { description: "Creates a PLANNED cohort." })
  createCohort(@Ctx() ctx: RequestContext, @Arg("input", () => CreateCohortInput) input: CreateCohortInput): Promise<CreateCohortPayload> {
    return this.service.create(ctx, input);
  }

  @Allow(...MANAGERS)
  @Mutation(() => UpdateCohortPayload)
  updateCohort(@Ctx() ctx: RequestContext, @Arg("input", () => UpdateCohortInput) input: UpdateCohortInput): Promise<UpdateCohortPayload> {
    return this.service.update(ctx, input);
  }

  @Allow(...MANAGERS)
  @Mutation(() => CohortStatusPayload, { description: "PLANNED or CLOSED -> OPEN: the programme must be published and the window set and not yet closed." })
  openCohort(@Ctx() ctx: RequestContext, @Arg("input", () => CohortIdInput) input: CohortIdInput): Promise<CohortStatusPayload> {
    return this.service.changeStatus(ctx, input.id, CohortStatus.OPEN);
  }

  @Allow(...MANAGERS)
  @Mutation(() => CohortStatusPayload, { description: "OPEN -> CLOSED before the window ends (it closes by itself at its time)." })
  closeCohort(@Ctx() ctx: RequestContext, @Arg("input", () => CohortIdInput) input: CohortIdInput): Promise<CohortStatusPayload> {
    return this.service.changeStatus(ctx, input.id, CohortStatus.CLOSED);
  }

  @Allow(...MANAGERS)
  @Mutation(() => CohortStatusPayload, { description: "CLOSED -> RUNNING; or PLANNED -> RUNNING for a cohort that takes no applications (its roster added by hand), from its first day." })
  startCohort(@Ctx() ctx: RequestContext, @Arg("input", () => CohortIdInput) input: CohortIdInput): Promise<CohortStatusPayload> {
    return this.service.changeStatus(ctx, input.id, CohortStatus.RUNNING);
  }

  @Allow(...MANAGERS)
  @Mutation(() => CohortStatusPayload, { description: "RUNNING -> COMPLETED." })
  completeCohort(@Ctx() ctx: RequestContext, @Arg("input", () => CohortIdInput) input: CohortIdInput): Promise<CohortStatusPayload> {
    return this.service.changeStatus(ctx, input.id, CohortStatus.COMPLETED);
  }

  @Allow(...MANAGERS)
  @Mutation(() => CohortStatusPayload, { description: "Any status but COMPLETED -> CANCELLED." })
  cancelCohort(@Ctx() ctx: RequestContext, @Arg("input", () => CohortIdInput) input: CohortIdInput): Promise<CohortStatusPayload> {
    return this.service.changeStatus(ctx, input.id, CohortStatus.CANCELLED);
  }

  @Allow(...MANAGERS)
  @Mutation(() => ScheduleCohortPayload, { description: "Generates the cohort's sessions from its curriculum; edit them afterwards with updateSession." })
  scheduleCohort(@Ctx() ctx: RequestContext, @Arg("input", () => ScheduleCohortInput) input: ScheduleCohortInput): Promise<ScheduleCohortPayload> {
    return this.service.schedule(ctx, input);
  }

  @Allow(...MANAGERS)
  @Mutation(() => SessionPayload)
  addSession(@Ctx() ctx: RequestContext, @Arg("input", () => AddSessionInput) input: AddSessionInput): Promise<SessionPayload> {
    return this.service.addSession(ctx, input);
  }

  @Allow(...MANAGERS)
  @Mutation(() => SessionPayload)
  updateSession(@Ctx() ctx: RequestContext, @Arg("input", () => UpdateSessionInput) input: UpdateSessionInput): Promise<SessionPayload> {
    return this.service.updateSession(ctx, input);
  }

  @Allow(...MANAGERS)
  @Mutation(() => SessionPayload, { description: "Returns the deleted session." })
  deleteSession(@Ctx() ctx: RequestContext, @Arg("input", () => SessionIdInput) input: SessionIdInput): Promise<SessionPayload> {
    return this.service.deleteSession(ctx, input.id);
  }
}

@Resolver(() => CohortSession)
export class SessionResolver {
  constructor(private readonly service: CohortService) {}

  @Allow(Audience.PUBLIC)
  @FieldResolver(() => String, { description: "YYYY-MM-DD, London." })
  date(@Root() session: CohortSession): string {
    return toLondon(session.startsAt).date;
  }

  @Allow(Audience.PUBLIC)
  @FieldResolver(() => String, { description: "HH:MM, London." })
  startTime(@Root() session: CohortSession): string {
    return toLondon(session.startsAt).time;
  }

  @Allow(Audience.PUBLIC)
  @FieldResolver(() => String, { description: "HH:MM, London." })
  endTime(@Root() session: CohortSession): string {
    return toLondon(session.endsAt).time;
  }

  @Allow(Audience.PUBLIC)
  @FieldResolver(() => CohortFacilitator, { nullable: true })
  facilitator(@Ctx() ctx: RequestContext, @Root() session: CohortSession): Promise<CohortFacilitator | null> {
    return session.facilitatorId ? ctx.loaders.cohortFacilitatorById.load(session.facilitatorId) : Promise.resolve(null);
  }
}

@Resolver(() => CohortFacilitator)
export class CohortFacilitatorResolver {
  constructor(private readonly service: CohortService) {}

  @Allow(Audience.PUBLIC)
  @FieldResolver(() => String, { description: "The person's or organisation's name." })
  displayName(@Ctx() ctx: RequestContext, @Root() facilitator: CohortFacilitator): Promise<string> {
    return this.service.facilitatorName(ctx, facilitator);
  }

  @Allow(Audience.PUBLIC)
  @FieldResolver(() => Organisation, { nullable: true, description: "Set when a provider organisation facilitates." })
  organisation(@Ctx() ctx: RequestContext, @Root() facilitator: CohortFacilitator): Promise<Organisation | null> {
    return facilitator.organisationId ? ctx.loaders.organisationById.load(facilitator.organisationId) : Promise.resolve(null);
  }

  @Allow(Audience.SIGNED_IN)
  @FieldResolver(() => User, { nullable: true, description: "Set when a user facilitates; signed-in staff only." })
  user(@Ctx() ctx: RequestContext, @Root() facilitator: CohortFacilitator): Promise<User | null> {
    return facilitator.userId ? ctx.loaders.userById.load(facilitator.userId) : Promise.resolve(null);
  }
}
