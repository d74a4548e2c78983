import { Role } from "@ascent/domain";
import type { RequestContext } from "../../graphql/context";
import { badUserInput } from "../../graphql/errors";
import { fromGlobalId } from "../../graphql/relay/global-id";
import { Node } from "../../graphql/relay/node";
import { OrganisationService } from "../organisation/organisation.service";
import { User } from "../user/user.entity";

type Fetcher = (ctx: RequestContext, id: string) => Promise<Node | null>;

const signedIn = (ctx: RequestContext) => ctx.viewer.kind === "user";

/**
 * node(id:) applies the same visibility as each type's own query: an object
 * the caller may not see is reported as absent, never as forbidden, so ids
 * can't be probed for existence.
 */
export class NodeService {
  private readonly fetchers: Record<string, Fetcher>;

  constructor(organisations: OrganisationService) {
    this.fetchers = {
      Organisation: async (ctx, id) => (signedIn(ctx) ? organisations.findById(ctx, id) : null),
      User: async (ctx, id) => {
        const viewer = ctx.viewer;
        if (viewer.kind !== "user" || (viewer.role !== Role.ADMIN && viewer.user.id !== id)) return null;
        return ctx.db.getRepository(User).findOneBy({ id });
      },
    };
  }

  async fetch(ctx: RequestContext, globalId: string): Promise<Node | null> {
    const decoded = fromGlobalId(globalId);
    if (!decoded) throw badUserInput("id is not a valid id.", { argumentName: "id" });
    const fetcher = this.fetchers[decoded.typeName];
    return fetcher ? fetcher(ctx, decoded.id) : null;
  }
}
