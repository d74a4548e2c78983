import { type NhsRegion, nhsRegionLabels } from "@ascent/domain";
import {
  type AggregateMembership,
  benchmarkWres,
  combineTallies,
  type ContributorTally,
  type IndicatorResult,
  releaseAggregate,
  sumTallies,
  sumWresReturns,
  tallyLookup,
  tallyWresContributors,
  withheldParts,
  wresCountLayout,
  type WresReturnInput,
} from "@ascent/metrics";
import { WresBenchmark } from "./dto/wres-report.types";
import type { OwnedOrganisations } from "./wres-access";
import type { CurrentWresReturn } from "./wres.loaders";
import { toIndicator } from "./wres.rules";
import type { WresSettings } from "./wres.settings";

/** One aggregate's summed counts, its organisations, and per count how many of them are above 0. */
interface Aggregate {
  input: WresReturnInput;
  members: readonly CurrentWresReturn[];
  tally: ContributorTally;
}

/** A year's current returns summed per region, and England as the sum of those (plus any organisation without a region). */
export interface YearSums {
  regions: Map<NhsRegion, Aggregate>;
  england: Aggregate | null;
}

/**
 * Raw counts and contributor flags are added once per region; England adds
 * the regional sums. Stored returns were validated when submitted.
 */
export function sumByRegion(returns: readonly CurrentWresReturn[]): YearSums {
  const grouped = new Map<NhsRegion | null, CurrentWresReturn[]>();
  for (const r of returns) {
    const list = grouped.get(r.region) ?? [];
    list.push(r);
    grouped.set(r.region, list);
  }
  const layout = wresCountLayout();
  const regions = new Map<NhsRegion, Aggregate>();
  const parts: Aggregate[] = [];
  for (const [region, members] of grouped) {
    const inputs = members.map((r) => r.input);
    const aggregate = { input: sumWresReturns(inputs), members, tally: tallyWresContributors(inputs) };
    parts.push(aggregate);
    if (region !== null) regions.set(region, aggregate);
  }
  const england = parts.length
    ? { input: sumWresReturns(parts.map((part) => part.input)), members: returns, tally: sumTallies(layout, parts.map((part) => part.tally)) }
    : null;
  return { regions, england };
}

function membershipOf(members: readonly CurrentWresReturn[], owned: OwnedOrganisations): AggregateMembership {
  if (owned === "ALL") return { organisations: members.length, owned: members.length };
  let mine = 0;
  for (const member of members) if (owned.has(member.organisationId)) mine += 1;
  return { organisations: members.length, owned: mine };
}

/**
 * England (region null) or one region, released to a reader who owns
 * `owned` (packages/metrics `releaseAggregate`): raw when they own every
 * organisation in it; withheld when it holds fewer than the minimum of
 * others' organisations, or when a region beside England would give one
 * away (`withheldParts`); otherwise controlled, each count also needing the
 * minimum of others' organisations contributing to it. Null when no
 * organisation has a return.
 */
export function releaseBenchmark(
  sums: YearSums,
  year: number,
  region: NhsRegion | null,
  owned: OwnedOrganisations,
  settings: WresSettings,
  /** The raw indicators of an aggregate, when they are cached (wres-year-cache.ts); computed here otherwise. */
  rawOf: (region: NhsRegion | null, input: WresReturnInput) => readonly IndicatorResult[] = (_region, input) => benchmarkWres([input], { settings: settings.metric }).indicators,
): WresBenchmark | null {
  const aggregate = region === null ? sums.england : sums.regions.get(region);
  if (!aggregate || !sums.england) return null;
  // Identical to benchmarkWres over the individual returns (property-tested in packages/metrics).
  const raw = rawOf(region, aggregate.input);
  const membership = membershipOf(aggregate.members, owned);
  let withhold = false;
  if (region !== null && owned !== "ALL") {
    const parts = new Map([...sums.regions].map(([key, part]) => [key, membershipOf(part.members, owned)]));
    withhold = withheldParts(membershipOf(sums.england.members, owned), parts, settings.disclosure).has(region);
  }
  const ownedMembers = owned === "ALL" ? [] : aggregate.members.filter((member) => owned.has(member.organisationId));
  const others = ownedMembers.length ? combineTallies(aggregate.tally, tallyWresContributors(ownedMembers.map((member) => member.input)), -1) : aggregate.tally;
  const released = releaseAggregate(raw, membership, tallyLookup(wresCountLayout(), others), settings.disclosure, { withhold });
  return Object.assign(new WresBenchmark(), {
    year,
    region,
    name: region === null ? "England" : nhsRegionLabels[region],
    organisationCount: membership.organisations,
    disclosure: released.disclosure,
    withheld: released.withheld,
    minimumOrganisations: settings.disclosure.minimumOrganisations,
    indicators: released.indicators.map(toIndicator),
  });
}
