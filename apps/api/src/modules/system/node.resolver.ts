import { Audience } from "@ascent/domain";
import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import { Allow } from "../../graphql/auth-checker";
import type { RequestContext } from "../../graphql/context";
import { Node } from "../../graphql/relay/node";
import { NodeService } from "./node.service";

@Resolver()
export class NodeResolver {
  constructor(private readonly nodes: NodeService) {}

  @Allow(Audience.PUBLIC)
  @Query(() => Node, { nullable: true, description: "Fetches any object by its global id; null when it doesn't exist or isn't yours to see." })
  node(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string): Promise<Node | null> {
    return this.nodes.fetch(ctx, id);
  }
}
