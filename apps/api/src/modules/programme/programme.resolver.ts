import { Audience, ProgrammeStatus, Role } from "@ascent/domain";
import type { EligibilityRules } from "@ascent/domain";
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { Allow } from "../../graphql/auth-checker";
import type { RequestContext } from "../../graphql/context";
import { ConnectionArgs } from "../../graphql/relay/connection-args";
import { Cohort } from "../cohort";
import { Organisation } from "../organisation";
import { EligibilityApplicantInput, EligibilityResult, EligibilityRulesType } from "./dto/eligibility.types";
import { CreateProgrammeInput, CreateTrackInput, ProgrammeFilter, ProgrammeIdInput, UpdateProgrammeInput, UpdateTrackInput } from "./dto/programme.inputs";
import { CreateProgrammePayload, ProgrammeConnection, ProgrammeStatusPayload, TrackPayload, UpdateProgrammePayload } from "./dto/programme.payloads";
import { ModuleTemplate } from "./module-template.entity";
import { ProgrammeTrack } from "./programme-track.entity";
import { Programme } from "./programme.entity";
import { ProgrammeService } from "./programme.service";

const MANAGERS = [Role.ADMIN, Role.PROGRAMME_MANAGER] as const;

@Resolver(() => Programme)
export class ProgrammeResolver {
  constructor(private readonly service: ProgrammeService) {}

  @Allow(Audience.PUBLIC)
  @Query(() => ProgrammeConnection, { description: "Programmes by title. Without signing in (the public catalogue) only published ones." })
  programmes(
    @Ctx() ctx: RequestContext,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg("filter", () => ProgrammeFilter, { nullable: true }) filter?: ProgrammeFilter | null,
  ): Promise<ProgrammeConnection> {
    return this.service.list(ctx, args, filter);
  }

  @Allow(Audience.PUBLIC)
  @Query(() => Programme, { nullable: true, description: "Null when there is no such programme or it isn't published and you aren't signed in." })
  programme(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string): Promise<Programme | null> {
    return this.service.findByGlobalId(ctx, id);
  }

  @Allow(Audience.PUBLIC)
  @Query(() => EligibilityResult, { description: "Checks an applicant against a programme's (and track's) rules, with a plain-English reason per rule. Saves nothing." })
  checkEligibility(
    @Ctx() ctx: RequestContext,
    @Arg("programmeId", () => ID) programmeId: string,
    @Arg("applicant", () => EligibilityApplicantInput) applicant: EligibilityApplicantInput,
    @Arg("trackId", () => ID, { nullable: true }) trackId?: string | null,
  ): Promise<EligibilityResult> {
    return this.service.checkEligibility(ctx, programmeId, trackId, applicant);
  }

  @Allow(Audience.PUBLIC)
  @FieldResolver(() => Organisation, { description: "The owning academy." })
  academy(@Ctx() ctx: RequestContext, @Root() programme: Programme): Promise<Organisation> | Organisation {
    // A cohort list fetches the academy with its programmes (only the columns it asked for).
    return programme.academy ?? this.service.academyOf(ctx, programme);
  }

  @Allow(Audience.PUBLIC)
  @FieldResolver(() => EligibilityRulesType)
  eligibility(@Root() programme: Programme): EligibilityRules {
    return programme.eligibility;
  }

  @Allow(Audience.PUBLIC)
  @FieldResolver(() => [String], { description: "The programme-wide rules in plain English, one sentence each." })
  eligibilitySummary(@Ctx() ctx: RequestContext, @Root() programme: Programme): Promise<string[]> {
    return this.service.eligibilitySummary(ctx, programme, null);
  }

  @Allow(Audience.PUBLIC)
  @FieldResolver(() => [ProgrammeTrack], { description: "In order; empty when the programme has no tracks." })
  tracks(@Ctx() ctx: RequestContext, @Root() programme: Programme): Promise<ProgrammeTrack[]> {
    return this.service.tracksOf(ctx, programme);
  }

  @Allow(Audience.PUBLIC)
  @FieldResolver(() => [ModuleTemplate], { description: "Modules every cohort follows whatever its track, in order (tracks list their own)." })
  modules(@Ctx() ctx: RequestContext, @Root() programme: Programme): Promise<ModuleTemplate[]> {
    return this.service.sharedModulesOf(ctx, programme);
  }

  @Allow(Audience.PUBLIC)
  @FieldResolver(() => [Cohort], { description: "Cohorts you may see, by start date." })
  cohorts(@Ctx() ctx: RequestContext, @Root() programme: Programme): Promise<Cohort[]> {
    return this.service.cohortsOf(ctx, programme);
  }

  @Allow(Audience.PUBLIC)
  @FieldResolver(() => [Cohort], { description: "Cohorts taking applications right now, by start date." })
  openCohorts(@Ctx() ctx: RequestContext, @Root() programme: Programme): Promise<Cohort[]> {
    return this.service.openCohortsOf(ctx, programme);
  }

  @Allow(...MANAGERS)
  @Mutation(() => CreateProgrammePayload, { description: "Creates a draft programme, with its curriculum and tracks." })
  createProgramme(@Ctx() ctx: RequestContext, @Arg("input", () => CreateProgrammeInput) input: CreateProgrammeInput): Promise<CreateProgrammePayload> {
    return this.service.create(ctx, input);
  }

  @Allow(...MANAGERS)
  @Mutation(() => UpdateProgrammePayload)
  updateProgramme(@Ctx() ctx: RequestContext, @Arg("input", () => UpdateProgrammeInput) input: UpdateProgrammeInput): Promise<UpdateProgrammePayload> {
    return this.service.update(ctx, input);
  }

  @Allow(...MANAGERS)
  @Mutation(() => ProgrammeStatusPayload, { description: "DRAFT -> PUBLISHED: needs delivery modes and at least one module." })
  publishProgramme(@Ctx() ctx: RequestContext, @Arg("input", () => ProgrammeIdInput) input: ProgrammeIdInput): Promise<ProgrammeStatusPayload> {
    return this.service.changeStatus(ctx, input.id, ProgrammeStatus.PUBLISHED);
  }

  @Allow(...MANAGERS)
  @Mutation(() => ProgrammeStatusPayload, { description: "DRAFT or PUBLISHED -> ARCHIVED: no cohort may be open or running." })
  archiveProgramme(@Ctx() ctx: RequestContext, @Arg("input", () => ProgrammeIdInput) input: ProgrammeIdInput): Promise<ProgrammeStatusPayload> {
    return this.service.changeStatus(ctx, input.id, ProgrammeStatus.ARCHIVED);
  }

  @Allow(...MANAGERS)
  @Mutation(() => ProgrammeStatusPayload, { description: "ARCHIVED -> DRAFT, to rework and publish again." })
  redraftProgramme(@Ctx() ctx: RequestContext, @Arg("input", () => ProgrammeIdInput) input: ProgrammeIdInput): Promise<ProgrammeStatusPayload> {
    return this.service.changeStatus(ctx, input.id, ProgrammeStatus.DRAFT);
  }

  @Allow(...MANAGERS)
  @Mutation(() => TrackPayload, { description: "Adds a track at the end of the programme's tracks." })
  createTrack(@Ctx() ctx: RequestContext, @Arg("input", () => CreateTrackInput) input: CreateTrackInput): Promise<TrackPayload> {
    return this.service.createTrack(ctx, input);
  }

  @Allow(...MANAGERS)
  @Mutation(() => TrackPayload)
  updateTrack(@Ctx() ctx: RequestContext, @Arg("input", () => UpdateTrackInput) input: UpdateTrackInput): Promise<TrackPayload> {
    return this.service.updateTrack(ctx, input);
  }
}

@Resolver(() => ProgrammeTrack)
export class TrackResolver {
  constructor(private readonly service: ProgrammeService) {}

  @Allow(Audience.PUBLIC)
  @FieldResolver(() => Programme)
  programme(@Ctx() ctx: RequestContext, @Root() track: ProgrammeTrack): Promise<Programme> {
    return this.service.programmeOfTrack(ctx, track);
  }

  @Allow(Audience.PUBLIC)
  @FieldResolver(() => [ModuleTemplate], { description: "The track's own modules, in order." })
  modules(@Ctx() ctx: RequestContext, @Root() track: ProgrammeTrack): Promise<ModuleTemplate[]> {
    return this.service.modulesOfTrack(ctx, track);
  }

  @Allow(Audience.PUBLIC)
  @FieldResolver(() => EligibilityRulesType, { nullable: true, description: "Only the rules this track overrides; null when it inherits all." })
  eligibility(@Root() track: ProgrammeTrack): EligibilityRules | null {
    return track.eligibility;
  }

  @Allow(Audience.PUBLIC)
  @FieldResolver(() => EligibilityRulesType, { description: "The programme's rules with this track's overrides applied." })
  effectiveEligibility(@Ctx() ctx: RequestContext, @Root() track: ProgrammeTrack): Promise<EligibilityRules> {
    return this.service.effectiveTrackEligibility(ctx, track);
  }

  @Allow(Audience.PUBLIC)
  @FieldResolver(() => [String], { description: "The track's effective rules in plain English." })
  async eligibilitySummary(@Ctx() ctx: RequestContext, @Root() track: ProgrammeTrack): Promise<string[]> {
    return this.service.eligibilitySummary(ctx, await this.service.programmeOfTrack(ctx, track), track);
  }
}
