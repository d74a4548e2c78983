import { ApiScope, BmeGroup, DetailedEthnicGroup, DisclosureStatus, IndicatorKind, IndicatorNullReason, Parity, WorkforceCategory, WresGrade, WresTargetGroup } from "@ascent/domain";
import { defineModule } from "../../graphql/feature-module";
import { visibleNode } from "../../graphql/relay/node-fetcher";
import { ANY_VIEWER } from "../../graphql/replica-reads";
import { disclosureLevelFor, OWNER } from "./wres-access";
import { WresReturn } from "./wres-return.entity";
import { WresTarget } from "./wres-target.entity";
import { WresTargetService } from "./wres-target.service";
import { createWresLoaders } from "./wres.loaders";
import { WresBenchmarkResolver, WresReportResolver, WresResolver, WresReturnResolver, WresTargetResolver } from "./wres.resolver";
import { WresService } from "./wres.service";
import { DEFAULT_WRES_SETTINGS } from "./wres.settings";

export const wresModule = defineModule({
  name: "wres",
  entities: [WresReturn, WresTarget],
  enums: [
    [WorkforceCategory, { name: "WorkforceCategory" }],
    [WresGrade, { name: "WresGrade", description: "A WRES indicator 1 row: an AfC band (or VSM), or (clinical only) a medical grade." }],
    [IndicatorKind, { name: "IndicatorKind" }],
    [Parity, { name: "Parity", description: "How an indicator's confidence interval sits against the parity band (a setting)." }],
    [IndicatorNullReason, { name: "IndicatorNullReason" }],
    [DisclosureStatus, { name: "DisclosureStatus", description: "RAW (owners), CONTROLLED (1-7 suppressed, others rounded to 5; aggregates also need enough organisations) or NATIONAL (no longer given)." }],
    [WresTargetGroup, { name: "WresTargetGroup" }],
    [BmeGroup, { name: "BmeGroup", description: "A broad group of BME staff in the NHS data dictionary: Asian (codes H-L), Black (M-P), Mixed (D-G), Other (R-S)." }],
    [DetailedEthnicGroup, { name: "DetailedEthnicGroup", description: "White, each broad BME group, or unknown: the columns of representation by group." }],
  ],
  loaders: createWresLoaders,
  // The dashboards: figures that change when a return is submitted, read far more often. A return's own
  // history (wresReturns) and targets, read right after they are changed, stay on the primary.
  replicaReads: { wresReport: ANY_VIEWER, wresTrend: ANY_VIEWER, wresBenchmark: ANY_VIEWER, wresLatestYear: ANY_VIEWER },
  setup: (config) => {
    const wres = new WresService(DEFAULT_WRES_SETTINGS, { yearCache: { enabled: config.wresYearCache } });
    const targets = new WresTargetService();
    // A return or target is its owners' to fetch by id; figures for others go through disclosure control.
    // A partner token needs a WRES scope too: its own organisation's returns are not for a catalogue-only token.
    const isOwner = async (ctx: Parameters<typeof disclosureLevelFor>[0], row: WresReturn | WresTarget) =>
      (ctx.viewer.kind !== "partner" || ctx.viewer.scopes.some((scope) => scope === ApiScope.WRES_READ || scope === ApiScope.WRES_WRITE)) &&
      (await disclosureLevelFor(ctx, row.organisationId)) === OWNER;
    return {
      resolvers: [new WresResolver(wres, targets), new WresReportResolver(wres, targets), new WresReturnResolver(wres), new WresBenchmarkResolver(wres), new WresTargetResolver(wres)],
      nodes: {
        WresReturn: visibleNode((ctx, id) => ctx.db.getRepository(WresReturn).findOneBy({ id }), isOwner),
        WresTarget: visibleNode((ctx, id) => ctx.db.getRepository(WresTarget).findOneBy({ id }), isOwner),
      },
    };
  },
});
