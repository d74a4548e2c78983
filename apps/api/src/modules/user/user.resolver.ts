import { Audience, Role } from "@ascent/domain";
import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import { Allow } from "../../graphql/auth-checker";
import type { RequestContext } from "../../graphql/context";
import { ConnectionArgs } from "../../graphql/relay/connection-args";
import { Organisation } from "../organisation";
import { ChangePasswordInput, ChangePasswordPayload, CreateUserInput, CreateUserPayload, SetUserActiveInput, UpdateUserInput, UserFilter, UserPayload } from "./dto/user.inputs";
import { UserConnection } from "./dto/user-connection";
import { User } from "./user.entity";
import { UserService } from "./user.service";
import { Viewer } from "./viewer.type";

@Resolver(() => User)
export class UserResolver {
  constructor(private readonly service: UserService) {}

  @Allow(Audience.PUBLIC)
  @Query(() => Viewer, { nullable: true, description: "The caller (console user or partner token), or null when anonymous." })
  viewer(@Ctx() ctx: RequestContext): Viewer | null {
    return this.service.viewerOf(ctx);
  }

  @Allow(Role.ADMIN)
  @Query(() => UserConnection, { description: "Console users, by name." })
  users(
    @Ctx() ctx: RequestContext,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg("filter", () => UserFilter, { nullable: true }) filter?: UserFilter | null,
  ): Promise<UserConnection> {
    return this.service.list(ctx, args, filter);
  }

  @Allow(Audience.SIGNED_IN)
  @FieldResolver(() => Organisation, { nullable: true, description: "The academy or provider a programme manager or facilitator belongs to." })
  organisation(@Ctx() ctx: RequestContext, @Root() user: User): Promise<Organisation | null> {
    return this.service.organisationOf(ctx, user);
  }

  @Allow(Audience.SIGNED_IN)
  @FieldResolver(() => Boolean)
  active(@Root() user: User): boolean {
    return user.deactivatedAt === null;
  }

  @Allow(Role.ADMIN)
  @Mutation(() => CreateUserPayload)
  createUser(@Ctx() ctx: RequestContext, @Arg("input", () => CreateUserInput) input: CreateUserInput): Promise<CreateUserPayload> {
    return this.service.create(ctx, input);
  }

  @Allow(Role.ADMIN)
  @Mutation(() => UserPayload)
  updateUser(@Ctx() ctx: RequestContext, @Arg("input", () => UpdateUserInput) input: UpdateUserInput): Promise<UserPayload> {
    return this.service.update(ctx, input);
  }

  @Allow(Role.ADMIN)
  @Mutation(() => UserPayload, { description: "Stops the user signing in and ends their sessions; their records stay." })
  deactivateUser(@Ctx() ctx: RequestContext, @Arg("input", () => SetUserActiveInput) input: SetUserActiveInput): Promise<UserPayload> {
    return this.service.setActive(ctx, input, false);
  }

  @Allow(Role.ADMIN)
  @Mutation(() => UserPayload)
  reactivateUser(@Ctx() ctx: RequestContext, @Arg("input", () => SetUserActiveInput) input: SetUserActiveInput): Promise<UserPayload> {
    return this.service.setActive(ctx, input, true);
  }

  @Allow(Audience.SIGNED_IN)
  @Mutation(() => ChangePasswordPayload, { description: "Changes your own password and signs out your other sessions." })
  changePassword(@Ctx() ctx: RequestContext, @Arg("input", () => ChangePasswordInput) input: ChangePasswordInput): Promise<ChangePasswordPayload> {
    return this.service.changeOwnPassword(ctx, input);
  }
}
