import { ApiScope, Audience, partnerWith, Role } from "@ascent/domain";
import { Arg, Args, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from "type-graphql";
import { Allow } from "../../graphql/auth-checker";
import type { RequestContext } from "../../graphql/context";
import { ConnectionArgs } from "../../graphql/relay/connection-args";
import { Cohort, listedValue } from "../cohort";
import type { PlaceCounts } from "./application.loaders";
import { PLACE_COUNTS_COLUMN } from "./cohort-place-column";
import { ApplicationActions } from "./application-actions";
import { CohortApplicationSettings } from "./cohort-application-settings.entity";
import { CohortApplicationSettingsInput } from "./dto/application.inputs";
import { CohortApplicationSettingsPayload, CohortPlaceCounts, ParticipantConnection } from "./dto/application.types";
import { ParticipantService } from "./participant.service";

const MANAGERS = [Role.ADMIN, Role.PROGRAMME_MANAGER] as const;

/** The counts a cohort list fetched with its page (answered without a promise per cohort), else undefined. */
const listedPlaceCounts = (cohort: Cohort) => listedValue<PlaceCounts>(cohort, PLACE_COUNTS_COLUMN);

/** The cohort's places, waiting list and participants: the application module owns them. */
@Resolver(() => Cohort)
export class CohortApplicationsResolver {
  constructor(
    private readonly actions: ApplicationActions,
    private readonly participantService: ParticipantService,
  ) {}

  @Allow(Audience.PUBLIC)
  @FieldResolver(() => Int, { description: "capacity less places held, offered and accepted." })
  placesRemaining(@Ctx() ctx: RequestContext, @Root() cohort: Cohort): Promise<number> | number {
    const remaining = (counts: PlaceCounts) => Math.max(0, cohort.capacity - counts.held - counts.offered - counts.accepted);
    const listed = listedPlaceCounts(cohort);
    return listed ? remaining(listed) : ctx.loaders.placeCountsByCohortId.load(cohort.id).then(remaining);
  }

  @Allow(Audience.PUBLIC)
  @FieldResolver(() => Int, { description: "Applicants waiting for a place." })
  waitlistLength(@Ctx() ctx: RequestContext, @Root() cohort: Cohort): Promise<number> | number {
    return listedPlaceCounts(cohort)?.waitlisted ?? ctx.loaders.placeCountsByCohortId.load(cohort.id).then((counts) => counts.waitlisted);
  }

  @Allow(...MANAGERS)
  @FieldResolver(() => CohortPlaceCounts, { description: "Live counts for the academy: held, offered, accepted, waiting, under review." })
  placeCounts(@Ctx() ctx: RequestContext, @Root() cohort: Cohort): Promise<CohortPlaceCounts> | CohortPlaceCounts {
    return listedPlaceCounts(cohort) ?? ctx.loaders.placeCountsByCohortId.load(cohort.id);
  }

  @Allow(Audience.PUBLIC)
  @FieldResolver(() => CohortApplicationSettings, { description: "How long a place is held for an endorsement and an offer stays open." })
  async applicationSettings(@Ctx() ctx: RequestContext, @Root() cohort: Cohort): Promise<CohortApplicationSettings> {
    const settings = await ctx.loaders.applicationSettingsByCohortId.load(cohort.id);
    return settings ?? Object.assign(new CohortApplicationSettings(), { cohortId: cohort.id, ...(await this.actions.defaultTimings()) });
  }

  @Allow(...MANAGERS, Role.FACILITATOR, partnerWith(ApiScope.APPLICATIONS_READ))
  @FieldResolver(() => ParticipantConnection, { description: "Enrolled people, by enrolment. Partner tokens see their own organisation's staff only." })
  participants(@Ctx() ctx: RequestContext, @Root() cohort: Cohort, @Args(() => ConnectionArgs) args: ConnectionArgs): Promise<ParticipantConnection> {
    return this.participantService.listForCohort(ctx, cohort, args);
  }

  @Allow(...MANAGERS)
  @Mutation(() => CohortApplicationSettingsPayload, { description: "Sets how long the cohort holds a place for an endorsement and leaves an offer open (applies to holds and offers made from now)." })
  setCohortApplicationSettings(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => CohortApplicationSettingsInput) input: CohortApplicationSettingsInput,
  ): Promise<CohortApplicationSettingsPayload> {
    return this.actions.setCohortSettings(ctx, input);
  }
}
