import { ApiScope, Audience, partnerWith, Role } from "@ascent/domain";
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { Allow } from "../../graphql/auth-checker";
import type { RequestContext } from "../../graphql/context";
import { ConnectionArgs } from "../../graphql/relay/connection-args";
import { Application, Participant, participantDetails } from "../application";
import { Cohort } from "../cohort";
import { CareerOutcome } from "./career-outcome.entity";
import { CareerOutcomeService } from "./career-outcome.service";
import {
  CareerFollowUp,
  CareerOutcomeConnection,
  CareerOutcomeFilter,
  OutcomePerson,
  RecordCareerOutcomeInput,
  RecordCareerOutcomePayload,
  ReportCareerOutcomeInput,
  ReportCareerOutcomePayload,
} from "./dto/career-outcome.dto";

/** Who reads outcomes person by person; each service call then scopes to the caller's academy or organisation. */
const READS_OUTCOMES = [Role.ADMIN, Role.PROGRAMME_MANAGER, partnerWith(ApiScope.APPLICATIONS_READ), partnerWith(ApiScope.OUTCOMES_WRITE)] as const;

@Resolver(() => CareerOutcome)
export class CareerOutcomeResolver {
  constructor(private readonly outcomes: CareerOutcomeService) {}

  @Allow(...READS_OUTCOMES)
  @Query(() => CareerOutcomeConnection, { description: "Career outcomes, latest first: every one for administrators, their academy's programmes' for programme managers, their own staff's for a partner token." })
  careerOutcomes(@Ctx() ctx: RequestContext, @Args(() => ConnectionArgs) args: ConnectionArgs, @Arg("filter", () => CareerOutcomeFilter, { nullable: true }) filter?: CareerOutcomeFilter | null): Promise<CareerOutcomeConnection> {
    return this.outcomes.list(ctx, args, filter);
  }

  @Allow(Role.ADMIN, Role.PROGRAMME_MANAGER)
  @Query(() => String, { description: "The career outcomes the caller sees, as CSV (the same filter as careerOutcomes). Never holds monitoring data." })
  careerOutcomesCsv(@Ctx() ctx: RequestContext, @Arg("filter", () => CareerOutcomeFilter, { nullable: true }) filter?: CareerOutcomeFilter | null): Promise<string> {
    return this.outcomes.csv(ctx, filter);
  }

  @Allow(...READS_OUTCOMES)
  @Query(() => [OutcomePerson], { description: "A cohort's participants and comparison group (waitlisted, never placed, agreed to follow-up), with their outcomes; a partner token sees its own staff only." })
  cohortOutcomePeople(@Ctx() ctx: RequestContext, @Arg("cohortId", () => ID) cohortId: string): Promise<OutcomePerson[]> {
    return this.outcomes.cohortPeople(ctx, cohortId);
  }

  @Allow(Role.ADMIN, Role.PROGRAMME_MANAGER, partnerWith(ApiScope.OUTCOMES_WRITE))
  @Mutation(() => RecordCareerOutcomePayload, { description: "Records a career outcome for a participant or a comparison-group applicant (a partner token: its own staff only)." })
  recordCareerOutcome(@Ctx() ctx: RequestContext, @Arg("input", () => RecordCareerOutcomeInput) input: RecordCareerOutcomeInput): Promise<RecordCareerOutcomePayload> {
    return this.outcomes.record(ctx, input);
  }

  @Allow(Audience.PUBLIC)
  @Query(() => CareerFollowUp, { description: "What a follow-up link opens (a bad or expired token is BAD_USER_INPUT)." })
  careerFollowUp(@Ctx() ctx: RequestContext, @Arg("token") token: string): Promise<CareerFollowUp> {
    return this.outcomes.followUp(ctx, token);
  }

  @Allow(Audience.PUBLIC)
  @Mutation(() => ReportCareerOutcomePayload, { description: "The person records a change in their career from their follow-up link." })
  reportCareerOutcome(@Ctx() ctx: RequestContext, @Arg("input", () => ReportCareerOutcomeInput) input: ReportCareerOutcomeInput): Promise<ReportCareerOutcomePayload> {
    return this.outcomes.report(ctx, input);
  }

  @Allow(...READS_OUTCOMES)
  @FieldResolver(() => Application, { nullable: true, description: "The person's application: null for a participant staff added by hand (see participant)." })
  async application(@Ctx() ctx: RequestContext, @Root() outcome: CareerOutcome): Promise<Application | null> {
    return outcome.applicationId ? ctx.loaders.applicationById.load(outcome.applicationId) : null;
  }

  @Allow(...READS_OUTCOMES)
  @FieldResolver(() => Participant, { nullable: true, description: "The participant it belongs to (also one added by hand); null for a comparison-group applicant." })
  async participant(@Ctx() ctx: RequestContext, @Root() outcome: CareerOutcome): Promise<Participant | null> {
    return outcome.participantId ? ctx.loaders.participantById.load(outcome.participantId) : null;
  }

  @Allow(...READS_OUTCOMES)
  @FieldResolver(() => String, { nullable: true, description: "The person's name (null once erased)." })
  async name(@Ctx() ctx: RequestContext, @Root() outcome: CareerOutcome): Promise<string | null> {
    const person = await this.outcomes.personOf(ctx, outcome);
    if (person?.application) return person.application.applicantName;
    return person?.participant ? (await participantDetails(ctx, person.participant)).name : null;
  }

  @Allow(...READS_OUTCOMES)
  @FieldResolver(() => Boolean, { description: "True when the person is a participant staff added by hand, with no application." })
  addedByHand(@Root() outcome: CareerOutcome): boolean {
    return outcome.applicationId === null;
  }

  @Allow(...READS_OUTCOMES)
  @FieldResolver(() => Cohort, { description: "The cohort they took part in, or applied to." })
  async cohort(@Ctx() ctx: RequestContext, @Root() outcome: CareerOutcome): Promise<Cohort> {
    const person = await this.outcomes.personOf(ctx, outcome);
    return (await ctx.loaders.cohortById.load(person?.cohortId as string)) as Cohort;
  }
}
