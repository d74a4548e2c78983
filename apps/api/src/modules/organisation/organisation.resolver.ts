import { ApiScope, Audience, partnerWith, Role } from "@ascent/domain";
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { Allow } from "../../graphql/auth-checker";
import type { RequestContext } from "../../graphql/context";
import { ConnectionArgs } from "../../graphql/relay/connection-args";
import { CreateOrganisationInput } from "./dto/create-organisation.input";
import { OrganisationConnection } from "./dto/organisation-connection";
import { OrganisationFilter, OrganisationOrder } from "./dto/organisation-filter.input";
import { CreateOrganisationPayload, UpdateOrganisationPayload } from "./dto/organisation.payloads";
import { UpdateOrganisationInput } from "./dto/update-organisation.input";
import { Organisation } from "./organisation.entity";
import { OrganisationService } from "./organisation.service";

@Resolver(() => Organisation)
export class OrganisationResolver {
  constructor(private readonly service: OrganisationService) {}

  @Allow(Audience.SIGNED_IN, partnerWith(ApiScope.CATALOGUE_READ))
  @Query(() => OrganisationConnection, { description: "Organisations, 25 a page by default, sorted by name." })
  organisations(
    @Ctx() ctx: RequestContext,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg("filter", () => OrganisationFilter, { nullable: true }) filter?: OrganisationFilter | null,
    @Arg("orderBy", () => OrganisationOrder, { nullable: true }) orderBy?: OrganisationOrder | null,
  ): Promise<OrganisationConnection> {
    return this.service.list(ctx, args, filter, orderBy);
  }

  @Allow(Audience.SIGNED_IN, partnerWith(ApiScope.CATALOGUE_READ))
  @Query(() => Organisation, { nullable: true, description: "Null when no organisation has that id." })
  organisation(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string): Promise<Organisation | null> {
    return this.service.findByGlobalId(ctx, id);
  }

  @Allow(Audience.SIGNED_IN, partnerWith(ApiScope.CATALOGUE_READ))
  @FieldResolver(() => Organisation, { nullable: true })
  parent(@Ctx() ctx: RequestContext, @Root() organisation: Organisation): Promise<Organisation | null> {
    return this.service.parentOf(ctx, organisation);
  }

  @Allow(Role.ADMIN)
  @Mutation(() => CreateOrganisationPayload)
  createOrganisation(@Ctx() ctx: RequestContext, @Arg("input", () => CreateOrganisationInput) input: CreateOrganisationInput): Promise<CreateOrganisationPayload> {
    return this.service.create(ctx, input);
  }

  @Allow(Role.ADMIN)
  @Mutation(() => UpdateOrganisationPayload)
  updateOrganisation(@Ctx() ctx: RequestContext, @Arg("input", () => UpdateOrganisationInput) input: UpdateOrganisationInput): Promise<UpdateOrganisationPayload> {
    return this.service.update(ctx, input);
  }
}
