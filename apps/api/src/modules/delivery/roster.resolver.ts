import { ApiScope, partnerWith, Role } from "@ascent/domain";
import { Arg, Args, Ctx, Mutation, Query, Resolver } from "type-graphql";
import { Allow } from "../../graphql/auth-checker";
import type { RequestContext } from "../../graphql/context";
import { ConnectionArgs } from "../../graphql/relay/connection-args";
import { Participant, ParticipantConnection } from "../application";
import { AddParticipantInput, CompleteParticipantInput, ParticipantFilter, ParticipantPayload, WithdrawParticipantInput } from "./dto/delivery.dto";
import { RosterService } from "./roster.service";

const KEEPERS = [Role.ADMIN, Role.PROGRAMME_MANAGER] as const;

@Resolver(() => Participant)
export class RosterResolver {
  constructor(private readonly roster: RosterService) {}

  @Allow(...KEEPERS, Role.FACILITATOR, partnerWith(ApiScope.APPLICATIONS_READ))
  @Query(() => ParticipantConnection, {
    description: "Participants, by enrolment: every one for administrators, their academy's programmes' for programme managers, the cohorts they facilitate for facilitators, their own staff for a partner token.",
  })
  participants(@Ctx() ctx: RequestContext, @Args(() => ConnectionArgs) args: ConnectionArgs, @Arg("filter", () => ParticipantFilter, { nullable: true }) filter?: ParticipantFilter | null): Promise<ParticipantConnection> {
    return this.roster.list(ctx, args, filter);
  }

  @Allow(...KEEPERS)
  @Mutation(() => ParticipantPayload, { description: "Adds someone to a cohort's roster by hand, with a reason. Refused for someone who applied to the cohort (they get a place through their application)." })
  addParticipant(@Ctx() ctx: RequestContext, @Arg("input", () => AddParticipantInput) input: AddParticipantInput): Promise<ParticipantPayload> {
    return this.roster.add(ctx, input);
  }

  @Allow(...KEEPERS)
  @Mutation(() => ParticipantPayload, { description: "Records that a participant has left the programme, with the reason." })
  withdrawParticipant(@Ctx() ctx: RequestContext, @Arg("input", () => WithdrawParticipantInput) input: WithdrawParticipantInput): Promise<ParticipantPayload> {
    return this.roster.withdraw(ctx, input);
  }

  @Allow(...KEEPERS)
  @Mutation(() => ParticipantPayload, { description: "Marks a participant completed; refused, with a userError per missing part, when they don't meet the programme's completion rule." })
  completeParticipant(@Ctx() ctx: RequestContext, @Arg("input", () => CompleteParticipantInput) input: CompleteParticipantInput): Promise<ParticipantPayload> {
    return this.roster.complete(ctx, input);
  }
}
