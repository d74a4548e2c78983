import { Audience } from "@ascent/domain";
import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import { Allow } from "../auth-checker";
import type { RequestContext } from "../context";
import { badUserInput } from "../errors";
import { fromGlobalId } from "./global-id";
import { Node } from "./node";
import type { NodeFetcher } from "./node-fetcher";

/** node(id:): each feature registers its types' fetchers, which apply the same visibility as the type's own query. */
@Resolver()
export class NodeResolver {
  constructor(private readonly fetchers: ReadonlyMap<string, NodeFetcher>) {}

  @Allow(Audience.PUBLIC)
  @Query(() => Node, { nullable: true, description: "Fetches any object by its global id; null when it doesn't exist or isn't yours to see." })
  node(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string): Promise<Node | null> {
    const decoded = fromGlobalId(id);
    if (!decoded) throw badUserInput("id is not a valid id.", { argumentName: "id" });
    const fetch = this.fetchers.get(decoded.typeName);
    return fetch ? fetch(ctx, decoded.id) : Promise.resolve(null);
  }
}
