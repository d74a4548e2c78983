import { Role } from "@ascent/domain";
import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import { Allow } from "../../graphql/auth-checker";
import type { RequestContext } from "../../graphql/context";
import { ConnectionArgs } from "../../graphql/relay/connection-args";
import { Organisation } from "../organisation";
import { ApiToken } from "./api-token.entity";
import { ApiTokenService } from "./api-token.service";
import { ApiTokenConnection } from "./dto/api-token-connection";
import { ApiTokenFilter, CreateApiTokenInput, CreateApiTokenPayload, RevokeApiTokenInput, RevokeApiTokenPayload } from "./dto/api-token.inputs";

@Resolver(() => ApiToken)
export class ApiTokenResolver {
  constructor(private readonly service: ApiTokenService) {}

  @Allow(Role.ADMIN)
  @Query(() => ApiTokenConnection, { description: "Partner API tokens, newest first." })
  apiTokens(
    @Ctx() ctx: RequestContext,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg("filter", () => ApiTokenFilter, { nullable: true }) filter?: ApiTokenFilter | null,
  ): Promise<ApiTokenConnection> {
    return this.service.list(ctx, args, filter);
  }

  @Allow(Role.ADMIN)
  @FieldResolver(() => Organisation, { nullable: true })
  organisation(@Ctx() ctx: RequestContext, @Root() token: ApiToken): Promise<Organisation | null> {
    return this.service.organisationOf(ctx, token);
  }

  @Allow(Role.ADMIN)
  @Mutation(() => CreateApiTokenPayload, { description: "Issues a token for one organisation; the secret is in the payload once." })
  createApiToken(@Ctx() ctx: RequestContext, @Arg("input", () => CreateApiTokenInput) input: CreateApiTokenInput): Promise<CreateApiTokenPayload> {
    return this.service.create(ctx, input);
  }

  @Allow(Role.ADMIN)
  @Mutation(() => RevokeApiTokenPayload, { description: "Stops a token working, immediately." })
  revokeApiToken(@Ctx() ctx: RequestContext, @Arg("input", () => RevokeApiTokenInput) input: RevokeApiTokenInput): Promise<RevokeApiTokenPayload> {
    return this.service.revoke(ctx, input);
  }
}
