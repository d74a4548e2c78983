import { ApiScope, Role } from "@ascent/domain";
import type { RequestContext } from "../../graphql/context";
import { badUserInput } from "../../graphql/errors";
import { fromGlobalId } from "../../graphql/relay/global-id";
import { Node } from "../../graphql/relay/node";
import { ApiToken } from "../api-token/api-token.entity";
import { AuditEvent } from "../audit/audit-event.entity";
import { OrganisationService } from "../organisation/organisation.service";

type Fetcher = (ctx: RequestContext, id: string) => Promise<Node | null>;

const isUser = (ctx: RequestContext) => ctx.viewer.kind === "user";
const readsCatalogue = (ctx: RequestContext) => isUser(ctx) || (ctx.viewer.kind === "partner" && ctx.viewer.scopes.includes(ApiScope.CATALOGUE_READ));
const isAdmin = (ctx: RequestContext) => ctx.viewer.kind === "user" && ctx.viewer.role === Role.ADMIN;

/**
 * node(id:) applies the same visibility as each type's own query: an object
 * the caller may not see is reported as absent, never as forbidden, so ids
 * can't be probed for existence.
 */
export class NodeService {
  private readonly fetchers: Record<string, Fetcher>;

  constructor(organisations: OrganisationService) {
    this.fetchers = {
      Organisation: async (ctx, id) => (readsCatalogue(ctx) ? organisations.findById(ctx, id) : null),
      User: async (ctx, id) => (isAdmin(ctx) || (ctx.viewer.kind === "user" && ctx.viewer.user.id === id) ? ctx.loaders.userById.load(id) : null),
      ApiToken: async (ctx, id) => (isAdmin(ctx) ? ctx.db.getRepository(ApiToken).findOneBy({ id }) : null),
      AuditEvent: async (ctx, id) => (isAdmin(ctx) ? ctx.db.getRepository(AuditEvent).findOneBy({ id }) : null),
    };
  }

  /** Lets a feature module make its type fetchable through node(id:). */
  register(typeName: string, fetcher: Fetcher) {
    this.fetchers[typeName] = fetcher;
  }

  async fetch(ctx: RequestContext, globalId: string): Promise<Node | null> {
    const decoded = fromGlobalId(globalId);
    if (!decoded) throw badUserInput("id is not a valid id.", { argumentName: "id" });
    const fetcher = this.fetchers[decoded.typeName];
    return fetcher ? fetcher(ctx, decoded.id) : null;
  }
}
