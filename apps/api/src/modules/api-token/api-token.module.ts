import { ApiScope, Role } from "@ascent/domain";
import { defineModule } from "../../graphql/feature-module";
import { visibleNode } from "../../graphql/relay/node-fetcher";
import { ApiToken } from "./api-token.entity";
import { ApiTokenResolver } from "./api-token.resolver";
import { ApiTokenService } from "./api-token.service";
import { viewerFromBearer } from "./bearer";
import { configureTokenCache, DEFAULT_TOKEN_CACHE_SECONDS } from "./token-cache";

export const apiTokenModule = defineModule({
  name: "api-token",
  entities: [ApiToken],
  enums: [[ApiScope, { name: "ApiScope", description: "What a partner API token may do (catalogue:read, applications:read, wres:read, wres:write)." }]],
  // A bearer token (partners) takes precedence over the console's cookie.
  authenticate: async (req, db) => (req.headers.authorization ? viewerFromBearer(db, req.headers.authorization) : undefined),
  setup: (config) => {
    configureTokenCache(config.tokenCacheSeconds ?? DEFAULT_TOKEN_CACHE_SECONDS);
    return {
    resolvers: [new ApiTokenResolver(new ApiTokenService())],
    nodes: {
      ApiToken: visibleNode(
        (ctx, id) => ctx.db.getRepository(ApiToken).findOneBy({ id }),
        (ctx) => ctx.viewer.kind === "user" && ctx.viewer.role === Role.ADMIN,
      ),
    },
    };
  },
});
