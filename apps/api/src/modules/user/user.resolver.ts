import { Audience } from "@ascent/domain";
import { Ctx, Query, Resolver } from "type-graphql";
import { Allow } from "../../graphql/auth-checker";
import type { RequestContext } from "../../graphql/context";
import { Viewer } from "./viewer.type";

@Resolver()
export class ViewerResolver {
  @Allow(Audience.PUBLIC)
  @Query(() => Viewer, { nullable: true, description: "The signed-in caller, or null when anonymous." })
  viewer(@Ctx() ctx: RequestContext): Viewer | null {
    return ctx.viewer.kind === "user" ? { user: ctx.viewer.user } : null;
  }
}
