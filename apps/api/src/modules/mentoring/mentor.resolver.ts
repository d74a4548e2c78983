import { Role } from "@ascent/domain";
import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { Allow } from "../../graphql/auth-checker";
import type { RequestContext } from "../../graphql/context";
import { ConnectionArgs } from "../../graphql/relay/connection-args";
import { Organisation } from "../organisation";
import { AddMentorInput, AddMentorPayload, MentorConnection, MentorFilter, MentorPayload, UpdateMentorInput } from "./dto/mentor.dto";
import { Mentor } from "./mentor.entity";
import { MentorService } from "./mentor.service";

@Resolver(() => Mentor)
export class MentorResolver {
  constructor(private readonly directory: MentorService) {}

  @Allow(Role.ADMIN, Role.PROGRAMME_MANAGER)
  @Query(() => MentorConnection, { description: "The directory of mentors and coaches: every academy's for administrators, their own academy's for programme managers; by name." })
  mentors(@Ctx() ctx: RequestContext, @Args(() => ConnectionArgs) args: ConnectionArgs, @Arg("filter", () => MentorFilter, { nullable: true }) filter?: MentorFilter | null): Promise<MentorConnection> {
    return this.directory.list(ctx, args, filter);
  }

  @Allow(Role.ADMIN, Role.PROGRAMME_MANAGER)
  @Mutation(() => AddMentorPayload, { description: "Adds someone to an academy's directory of mentors and coaches." })
  addMentor(@Ctx() ctx: RequestContext, @Arg("input", () => AddMentorInput) input: AddMentorInput): Promise<AddMentorPayload> {
    return this.directory.add(ctx, input);
  }

  @Allow(Role.ADMIN, Role.PROGRAMME_MANAGER)
  @Mutation(() => MentorPayload, { description: "Rewrites a directory entry. The capacity can't drop below the pairings running now." })
  updateMentor(@Ctx() ctx: RequestContext, @Arg("input", () => UpdateMentorInput) input: UpdateMentorInput): Promise<MentorPayload> {
    return this.directory.update(ctx, input);
  }

  @Allow(Role.ADMIN, Role.PROGRAMME_MANAGER)
  @Mutation(() => MentorPayload, { description: "Takes someone out of the directory: no longer suggested or paired; their running pairings carry on." })
  retireMentor(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string): Promise<MentorPayload> {
    return this.directory.retire(ctx, id);
  }

  @Allow(Role.ADMIN, Role.PROGRAMME_MANAGER)
  @FieldResolver(() => Organisation, { nullable: true, description: "Where they work." })
  organisation(@Ctx() ctx: RequestContext, @Root() mentor: Mentor): Promise<Organisation | null> {
    return this.directory.organisationOf(ctx, mentor);
  }

  @Allow(Role.ADMIN, Role.PROGRAMME_MANAGER)
  @FieldResolver(() => Int, { nullable: true, description: "Pairings running now." })
  runningPairings(@Ctx() ctx: RequestContext, @Root() mentor: Mentor): Promise<number | null> {
    return this.directory.runningCountFor(ctx, mentor);
  }
}
