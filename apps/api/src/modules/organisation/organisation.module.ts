import { ApiScope, NhsRegion, OrganisationKind } from "@ascent/domain";
import { defineModule } from "../../graphql/feature-module";
import { byIdLoader } from "../../graphql/loaders";
import { visibleNode } from "../../graphql/relay/node-fetcher";
import { Organisation } from "./organisation.entity";
import { OrganisationResolver } from "./organisation.resolver";
import { OrganisationService } from "./organisation.service";
import type { EntityManager } from "typeorm";

const createOrganisationLoaders = (db: EntityManager) => ({ organisationById: byIdLoader(db, Organisation) });

declare module "../../graphql/loaders" {
  interface Loaders extends ReturnType<typeof createOrganisationLoaders> {}
}

export const organisationModule = defineModule({
  name: "organisation",
  entities: [Organisation],
  enums: [
    [OrganisationKind, { name: "OrganisationKind" }],
    [NhsRegion, { name: "NhsRegion", description: "The seven NHS England regions." }],
  ],
  loaders: createOrganisationLoaders,
  setup: () => {
    const organisations = new OrganisationService();
    return {
      resolvers: [new OrganisationResolver(organisations)],
      nodes: {
        Organisation: visibleNode(
          (ctx, id) => organisations.findById(ctx, id),
          (ctx) => ctx.viewer.kind === "user" || (ctx.viewer.kind === "partner" && ctx.viewer.scopes.includes(ApiScope.CATALOGUE_READ)),
        ),
      },
    };
  },
});
