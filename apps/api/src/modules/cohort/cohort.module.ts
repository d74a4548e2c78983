import { CohortStatus } from "@ascent/domain";
import { defineModule } from "../../graphql/feature-module";
import { visibleNode } from "../../graphql/relay/node-fetcher";
import { OUTSIDE_STAFF } from "../../graphql/replica-reads";
import { catalogueCachedRead } from "./cohort-cached-reads";
import { cohortCalendarRouter } from "./cohort-calendar.route";
import { CohortFacilitator } from "./cohort-facilitator.entity";
import { CohortSession } from "./cohort-session.entity";
import { Cohort } from "./cohort.entity";
import { createCohortLoaders } from "./cohort.loaders";
import { CohortFacilitatorResolver, CohortResolver, SessionResolver } from "./cohort.resolver";
import { CohortService } from "./cohort.service";

export const cohortModule = defineModule({
  name: "cohort",
  entities: [Cohort, CohortFacilitator, CohortSession],
  enums: [
    [
      CohortStatus,
      {
        name: "CohortStatus",
        description: "PLANNED -> OPEN, RUNNING (a cohort that takes no applications, from its first day) or CANCELLED; OPEN -> CLOSED (by itself when the window closes) or CANCELLED; CLOSED -> OPEN, RUNNING or CANCELLED; RUNNING -> COMPLETED or CANCELLED.",
      },
    ],
  ],
  loaders: createCohortLoaders,
  // The public and partner catalogue; staff, who schedule cohorts, read their own changes from the primary.
  replicaReads: { cohorts: OUTSIDE_STAFF, cohort: OUTSIDE_STAFF },
  // The same catalogue, cached per api process under the version PostgreSQL keeps of it (graphql/response-cache.ts).
  cachedReads: [catalogueCachedRead],
  setup: () => {
    const cohorts = new CohortService();
    return {
      resolvers: [new CohortResolver(cohorts), new SessionResolver(cohorts), new CohortFacilitatorResolver(cohorts)],
      nodes: {
        Cohort: (ctx, id) => cohorts.findById(ctx, id),
        Session: (ctx, id) => cohorts.findSessionById(ctx, id),
        CohortFacilitator: visibleNode(
          (ctx, id) => ctx.db.getRepository(CohortFacilitator).findOneBy({ id }),
          async (ctx, facilitator) => (await cohorts.findById(ctx, facilitator.cohortId)) !== null,
        ),
      },
      routes: (contextFor) => cohortCalendarRouter(cohorts, contextFor),
    };
  },
});
