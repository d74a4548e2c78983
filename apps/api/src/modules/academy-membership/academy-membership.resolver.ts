import { Audience, Role } from "@ascent/domain";
import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import { Allow } from "../../graphql/auth-checker";
import type { RequestContext } from "../../graphql/context";
import { Organisation } from "../organisation";
import { AcademyMembershipService } from "./academy-membership.service";
import { AcademyMemberInput, AcademyMembershipPayload } from "./dto/academy-membership.dto";

@Resolver(() => Organisation)
export class AcademyMembershipResolver {
  constructor(private readonly service: AcademyMembershipService) {}

  @Allow(Audience.SIGNED_IN)
  @FieldResolver(() => [Organisation], { description: "For an academy: its member organisations, by name (empty for other kinds)." })
  memberOrganisations(@Ctx() ctx: RequestContext, @Root() organisation: Organisation): Promise<Organisation[]> {
    return this.service.membersOf(ctx, organisation);
  }

  @Allow(Role.ADMIN)
  @Mutation(() => AcademyMembershipPayload, { description: "Makes an organisation a member of an academy (for \"member organisations only\" programmes)." })
  addAcademyMember(@Ctx() ctx: RequestContext, @Arg("input", () => AcademyMemberInput) input: AcademyMemberInput): Promise<AcademyMembershipPayload> {
    return this.service.change(ctx, input, false);
  }

  @Allow(Role.ADMIN)
  @Mutation(() => AcademyMembershipPayload)
  removeAcademyMember(@Ctx() ctx: RequestContext, @Arg("input", () => AcademyMemberInput) input: AcademyMemberInput): Promise<AcademyMembershipPayload> {
    return this.service.change(ctx, input, true);
  }
}
