import { Audience } from "@ascent/domain";
import { Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import { Allow } from "../../graphql/auth-checker";
import type { RequestContext } from "../../graphql/context";
import { Organisation } from "../organisation";
import { MentorService } from "./mentor.service";

/** What the mentoring feature adds to organisations, without the organisation feature knowing about it. */
@Resolver(() => Organisation)
export class OrganisationMentoringResolver {
  constructor(private readonly directory: MentorService) {}

  @Allow(Audience.SIGNED_IN)
  @FieldResolver(() => Int, { nullable: true, description: "For an academy whose directory you keep: how many mentors and coaches are in it. Null otherwise." })
  mentorCount(@Ctx() ctx: RequestContext, @Root() organisation: Organisation): Promise<number | null> {
    return this.directory.countFor(ctx, organisation);
  }
}
