import {
  bmeGroupLabels,
  DETAILED_ETHNIC_GROUPS_IN_ORDER,
  detailedEthnicGroupLabels,
  DisclosureStatus,
  type NhsRegion,
  WRES_SENIOR_ROLE_LEVELS,
  wresTargetGroupLabels,
} from "@ascent/domain";
import {
  type AggregateMembership,
  aggregateRelease,
  benchmarkWresByGroup,
  combineTallies,
  type ContributorTally,
  groupContributorLookup,
  hasBmeGroups,
  type IndicatorResult,
  partBesideWholeOk,
  releaseAggregate,
  seniorRoleCode,
  sumTallies,
  sumWresReturnsWithGroups,
  tallyLookup,
  tallyWresGroupContributors,
  withheldParts,
  wresGroupCountLayout,
  type WresGroupReport,
  type WresReturnInput,
} from "@ascent/metrics";
import { WresGroupBreakdown } from "./dto/wres-report.types";
import type { OwnedOrganisations } from "./wres-access";
import type { CurrentWresReturn } from "./wres.loaders";
import { toIndicator } from "./wres.rules";
import type { WresSettings } from "./wres.settings";

/**
 * Figures by ethnic group over several organisations (England, a region):
 * the returns that split BME by group, summed once per region and for
 * England, with per-count contributor tallies, as `wres-benchmark.ts` does
 * for the WRES itself. Computed only when someone asks for `byGroup`.
 */

interface GroupAggregate {
  input: WresReturnInput;
  members: readonly CurrentWresReturn[];
  tally: ContributorTally;
}

export interface YearGroupSums {
  /** Every current return of the year, split or not (what the benchmarks themselves hold). */
  all: readonly CurrentWresReturn[];
  regions: Map<NhsRegion, GroupAggregate>;
  england: GroupAggregate | null;
}

export function sumGroupsByRegion(all: readonly CurrentWresReturn[]): YearGroupSums {
  const grouped = new Map<NhsRegion | null, CurrentWresReturn[]>();
  for (const r of all) {
    if (!hasBmeGroups(r.input)) continue;
    const list = grouped.get(r.region) ?? [];
    list.push(r);
    grouped.set(r.region, list);
  }
  const regions = new Map<NhsRegion, GroupAggregate>();
  const parts: GroupAggregate[] = [];
  for (const [region, members] of grouped) {
    const inputs = members.map((r) => r.input);
    const aggregate = { input: sumWresReturnsWithGroups(inputs), members, tally: tallyWresGroupContributors(inputs) };
    parts.push(aggregate);
    if (region !== null) regions.set(region, aggregate);
  }
  const england = parts.length
    ? {
        input: sumWresReturnsWithGroups(parts.map((part) => part.input)),
        members: parts.flatMap((part) => part.members),
        tally: sumTallies(wresGroupCountLayout(), parts.map((part) => part.tally)),
      }
    : null;
  return { all, regions, england };
}

function membershipOf(members: readonly CurrentWresReturn[], owned: OwnedOrganisations): AggregateMembership {
  if (owned === "ALL") return { organisations: members.length, owned: members.length };
  let mine = 0;
  for (const member of members) if (owned.has(member.organisationId)) mine += 1;
  return { organisations: members.length, owned: mine };
}

/**
 * Whether the group figures of England (region null) or a region are
 * withheld from a reader who owns `owned`, by the rules for aggregates
 * (docs/wres-and-disclosure.md) applied to the organisations that gave the
 * split, and rule 5 for parts beside wholes:
 *
 * - rule 2: at least the minimum of others' organisations gave the split;
 * - the benchmark itself is shown (England, or the region under rules 2 and 4);
 * - rule 5: the organisations of the benchmark that did not give the split
 *   are none or at least the minimum (so the group figures' white counts,
 *   beside the benchmark's, give away no one trust), and likewise a region's
 *   group figures beside England's benchmark;
 * - rule 4 among group figures: England's group figures minus the regions'
 *   shown never leave one or two trusts.
 */
function groupsWithheld(sums: YearGroupSums, region: NhsRegion | null, owned: OwnedOrganisations, settings: WresSettings): boolean {
  if (owned === "ALL" || !sums.england) return false;
  const disclosure = settings.disclosure;
  const england = membershipOf(sums.all, owned);
  const englandGroups = membershipOf(sums.england.members, owned);
  const englandGroupsShown = !aggregateRelease(englandGroups, disclosure).withheld && !aggregateRelease(england, disclosure).withheld && partBesideWholeOk(england, englandGroups, disclosure);
  if (region === null) return !englandGroupsShown;

  const mainRegions = new Map<NhsRegion, AggregateMembership>();
  for (const r of sums.all) if (r.region !== null && !mainRegions.has(r.region)) mainRegions.set(r.region, membershipOf(sums.all.filter((o) => o.region === r.region), owned));
  const mainWithheld = withheldParts(england, mainRegions, disclosure);
  const candidate = (key: NhsRegion): boolean => {
    const part = sums.regions.get(key);
    const whole = mainRegions.get(key);
    if (!part || !whole) return false;
    const groups = membershipOf(part.members, owned);
    return (
      !aggregateRelease(whole, disclosure).withheld &&
      !mainWithheld.has(key) &&
      !aggregateRelease(groups, disclosure).withheld &&
      partBesideWholeOk(whole, groups, disclosure) &&
      partBesideWholeOk(england, groups, disclosure)
    );
  };
  if (!candidate(region)) return true;
  if (!englandGroupsShown) return false;
  const shownParts = new Map<NhsRegion, AggregateMembership>();
  for (const [key, part] of sums.regions) if (candidate(key)) shownParts.set(key, membershipOf(part.members, owned));
  return withheldParts(englandGroups, shownParts, disclosure).has(region);
}

/** The group figures of England or a region for one reader; null when no organisation in it split BME by group. */
export function releaseGroupBenchmark(
  sums: YearGroupSums,
  region: NhsRegion | null,
  owned: OwnedOrganisations,
  settings: WresSettings,
  /** The raw group figures of an aggregate, when they are cached (wres-year-cache.ts); computed here otherwise. */
  rawOf: (region: NhsRegion | null, input: WresReturnInput) => WresGroupReport = (_region, input) => benchmarkWresByGroup([input], { settings: settings.metric }),
): WresGroupBreakdown | null {
  const aggregate = region === null ? sums.england : sums.regions.get(region);
  if (!aggregate) return null;
  const returnCount = region === null ? sums.all.length : sums.all.filter((r) => r.region === region).length;
  const raw = rawOf(region, aggregate.input);
  const membership = membershipOf(aggregate.members, owned);
  if (owned === "ALL") return breakdownOf(raw, { organisationCount: membership.organisations, returnCount, disclosure: DisclosureStatus.RAW, withheld: false });
  const withhold = groupsWithheld(sums, region, owned, settings);
  const ownedMembers = aggregate.members.filter((member) => owned.has(member.organisationId));
  const others = ownedMembers.length ? combineTallies(aggregate.tally, tallyWresGroupContributors(ownedMembers.map((member) => member.input)), -1) : aggregate.tally;
  const lookup = tallyLookup(wresGroupCountLayout(), others);
  const release = (results: readonly IndicatorResult[], groupLookup = lookup) => releaseAggregate(results, membership, groupLookup, settings.disclosure, { withhold });
  const groups = raw.groups.map(({ group, indicators }) => ({ group, indicators: release(indicators, groupContributorLookup(lookup, group)) }));
  const seniorRoles = release(raw.seniorRoles);
  return breakdownOf(
    { groups: groups.map(({ group, indicators }) => ({ group, indicators: indicators.indicators })), seniorRoles: seniorRoles.indicators },
    { organisationCount: membership.organisations, returnCount, disclosure: seniorRoles.disclosure, withheld: seniorRoles.withheld },
  );
}

/** The GraphQL shape of a group report whose figures are already released. */
export function breakdownOf(
  report: WresGroupReport,
  meta: Pick<WresGroupBreakdown, "organisationCount" | "returnCount" | "disclosure" | "withheld">,
): WresGroupBreakdown {
  const senior = new Map(report.seniorRoles.map((result) => [result.code, result]));
  return Object.assign(new WresGroupBreakdown(), {
    ...meta,
    groups: report.groups.map(({ group, indicators }) => ({ group, label: bmeGroupLabels[group], indicators: indicators.map(toIndicator) })),
    seniorRoles: WRES_SENIOR_ROLE_LEVELS.flatMap((level) =>
      DETAILED_ETHNIC_GROUPS_IN_ORDER.map((group) => {
        const share = senior.get(seniorRoleCode(level, group));
        if (!share) throw new Error(`internal: no senior-roles share ${level} ${group}`);
        return { level, levelLabel: wresTargetGroupLabels[level], group, label: detailedEthnicGroupLabels[group], share: toIndicator(share) };
      }),
    ),
  });
}
