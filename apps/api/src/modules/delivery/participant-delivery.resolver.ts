import { AfcBand, ApiScope, partnerWith, Role } from "@ascent/domain";
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { Allow } from "../../graphql/auth-checker";
import type { RequestContext } from "../../graphql/context";
import { Participant, participantDetails, ParticipantTransition } from "../application";
import { CompletionCheck, ParticipantAttendance } from "./dto/delivery.dto";
import { RosterService } from "./roster.service";

/** Who reads a participant's participation: the roster's keepers, the cohort's facilitators, and a partner token for its own staff (each reached only through scoped lists and node(id:)). */
const SEES_PARTICIPATION = [Role.ADMIN, Role.PROGRAMME_MANAGER, Role.FACILITATOR, partnerWith(ApiScope.APPLICATIONS_READ)] as const;
const KEEPERS = [Role.ADMIN, Role.PROGRAMME_MANAGER] as const;

@Resolver(() => Participant)
export class ParticipantDeliveryResolver {
  constructor(private readonly roster: RosterService) {}

  @Allow(...SEES_PARTICIPATION)
  @FieldResolver(() => String, { nullable: true, description: "Their employer: the organisation's name, or as typed." })
  async employer(@Ctx() ctx: RequestContext, @Root() participant: Participant): Promise<string | null> {
    const details = await participantDetails(ctx, participant);
    if (details.organisationId) return (await ctx.loaders.organisationById.load(details.organisationId))?.name ?? null;
    return details.organisationName;
  }

  @Allow(...SEES_PARTICIPATION)
  @FieldResolver(() => String, { nullable: true })
  async jobTitle(@Ctx() ctx: RequestContext, @Root() participant: Participant): Promise<string | null> {
    return (await participantDetails(ctx, participant)).jobTitle;
  }

  @Allow(...SEES_PARTICIPATION)
  @FieldResolver(() => AfcBand, { nullable: true, description: "Their Agenda for Change band." })
  async band(@Ctx() ctx: RequestContext, @Root() participant: Participant): Promise<AfcBand | null> {
    return (await participantDetails(ctx, participant)).band;
  }

  @Allow(...SEES_PARTICIPATION)
  @FieldResolver(() => Boolean, { description: "Added to the roster by academy staff rather than through an application." })
  addedByHand(@Root() participant: Participant): boolean {
    return participant.applicationId === null;
  }

  @Allow(...SEES_PARTICIPATION)
  @FieldResolver(() => ParticipantAttendance, { description: "Attendance across the cohort's registers, with the two-absences-in-a-row flag." })
  attendance(@Ctx() ctx: RequestContext, @Root() participant: Participant): Promise<ParticipantAttendance> {
    return this.roster.attendanceOf(ctx, participant);
  }

  @Allow(...SEES_PARTICIPATION)
  @FieldResolver(() => String, { nullable: true, description: "Their email address (null once erased); for the academy's staff (null for anyone else)." })
  async email(@Ctx() ctx: RequestContext, @Root() participant: Participant): Promise<string | null> {
    return this.roster.forKeepers(ctx, participant, (await participantDetails(ctx, participant)).email);
  }

  @Allow(...SEES_PARTICIPATION)
  @FieldResolver(() => String, { nullable: true, description: "Why they were added by hand; for the academy's staff (null for anyone else)." })
  addedReason(@Ctx() ctx: RequestContext, @Root() participant: Participant): Promise<string | null> {
    return this.roster.forKeepers(ctx, participant, participant.addedReason);
  }

  @Allow(...SEES_PARTICIPATION)
  @FieldResolver(() => String, { nullable: true, description: "Why they withdrew; for the academy's staff (null for anyone else)." })
  withdrawnReason(@Ctx() ctx: RequestContext, @Root() participant: Participant): Promise<string | null> {
    return this.roster.forKeepers(ctx, participant, participant.withdrawnReason);
  }

  @Allow(...KEEPERS)
  @FieldResolver(() => CompletionCheck, { nullable: true, description: "The programme's completion rule applied to them, with the reasons; for the academy's staff." })
  completion(@Ctx() ctx: RequestContext, @Root() participant: Participant): Promise<CompletionCheck | null> {
    return this.roster.completionOf(ctx, participant);
  }

  @Allow(...KEEPERS)
  @FieldResolver(() => [ParticipantTransition], { nullable: true, description: "Every change of their status, oldest first; for the academy's staff." })
  transitions(@Ctx() ctx: RequestContext, @Root() participant: Participant): Promise<ParticipantTransition[] | null> {
    return this.roster.transitionsOf(ctx, participant);
  }
}
