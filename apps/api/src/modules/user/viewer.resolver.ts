import { Audience, ApiScope, partnerWith } from "@ascent/domain";
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { Allow } from "../../graphql/auth-checker";
import type { RequestContext } from "../../graphql/context";
import { Organisation } from "../organisation";
import { Viewer } from "./viewer.type";

@Resolver(() => Viewer)
export class ViewerResolver {
  @Allow(Audience.SIGNED_IN, partnerWith(ApiScope.CATALOGUE_READ), partnerWith(ApiScope.APPLICATIONS_READ), partnerWith(ApiScope.WRES_READ), partnerWith(ApiScope.WRES_WRITE))
  @FieldResolver(() => Organisation, { nullable: true, description: "A partner token's organisation, or a user's academy or provider." })
  organisation(@Ctx() ctx: RequestContext, @Root() viewer: Viewer): Promise<Organisation | null> {
    return viewer.organisationId ? ctx.loaders.organisationById.load(viewer.organisationId) : Promise.resolve(null);
  }
}
