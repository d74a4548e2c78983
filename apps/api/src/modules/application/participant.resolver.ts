import { ApiScope, partnerWith, Role } from "@ascent/domain";
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { Allow } from "../../graphql/auth-checker";
import type { RequestContext } from "../../graphql/context";
import { Cohort } from "../cohort";
import { Application } from "./application.entity";
import { Participant } from "./participant.entity";
import { ParticipantService } from "./participant.service";

const SEES_PARTICIPANTS = [Role.ADMIN, Role.PROGRAMME_MANAGER, Role.FACILITATOR, partnerWith(ApiScope.APPLICATIONS_READ)] as const;

@Resolver(() => Participant)
export class ParticipantResolver {
  constructor(private readonly participants: ParticipantService) {}

  @Allow(...SEES_PARTICIPANTS)
  @FieldResolver(() => String, { nullable: true, description: "The applicant's name (null once erased)." })
  name(@Ctx() ctx: RequestContext, @Root() participant: Participant): Promise<string | null> {
    return this.participants.nameOf(ctx, participant);
  }

  @Allow(...SEES_PARTICIPANTS)
  @FieldResolver(() => Cohort)
  async cohort(@Ctx() ctx: RequestContext, @Root() participant: Participant): Promise<Cohort> {
    return (await ctx.loaders.cohortById.load(participant.cohortId)) as Cohort;
  }

  @Allow(Role.ADMIN, Role.PROGRAMME_MANAGER, partnerWith(ApiScope.APPLICATIONS_READ))
  @FieldResolver(() => Application, { nullable: true, description: "The application that led here; null for someone added by hand." })
  application(@Ctx() ctx: RequestContext, @Root() participant: Participant): Promise<Application | null> {
    return this.participants.applicationOf(ctx, participant);
  }
}
