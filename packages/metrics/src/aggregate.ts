import { DisclosureLevel, DisclosureStatus } from "@ascent/domain";
import { applyDisclosureControl } from "./disclosure";
import { type DisclosureSettings, resolveDisclosureSettings } from "./settings";
import type { IndicatorReport, IndicatorResult } from "./types";

/**
 * Disclosure control of aggregates over several organisations (England, a
 * region, a peer group), for one reader. The rules, in full in
 * docs/wres-and-disclosure.md:
 *
 * 1. A reader who owns every organisation in an aggregate sees it raw.
 * 2. Otherwise the aggregate is withheld (no figures at all) unless it holds
 *    at least `minimumOrganisations` organisations the reader does not own;
 *    so subtracting one's own return from it always leaves several others.
 * 3. When shown, every count goes through the same control as one
 *    organisation's figures (1-7 suppressed, others rounded to 5), and a
 *    count to which fewer than `minimumOrganisations` of those other
 *    organisations contribute anything is suppressed too: a total that one
 *    trust makes up alone is that trust's count, however many others returned.
 * 4. Parts shown beside their whole (regions beside England) never leave a
 *    remainder of 1 to `minimumOrganisations - 1` other organisations:
 *    England minus the regions shown is never one trust (`withheldParts`).
 *
 * England is an aggregate like any other: it is not the published national
 * census of every trust, and its exact totals beside trusts' exact zeros
 * would give away counts that their own reports suppress.
 */

/** An aggregate's organisations, as one reader sees them. */
export interface AggregateMembership {
  /** Organisations whose returns are added together. */
  readonly organisations: number;
  /** Of them, the organisations whose own figures the reader may see unsuppressed. */
  readonly owned: number;
}

/** For a result code and count name: how many organisations the reader does not own have a non-zero count; undefined when unknown. */
export type ContributorLookup = (code: string, name: string) => number | undefined;

export interface ReleasedAggregate {
  /** RAW for a reader who owns every organisation in it, else CONTROLLED. */
  readonly disclosure: DisclosureStatus;
  /** True when no figure is shown (rule 2 or 4): every value and count is null. */
  readonly withheld: boolean;
  readonly indicators: readonly IndicatorResult[];
}

const othersIn = (membership: AggregateMembership) => membership.organisations - membership.owned;

function checkMembership(membership: AggregateMembership): void {
  const { organisations, owned } = membership;
  if (!Number.isSafeInteger(organisations) || !Number.isSafeInteger(owned) || owned < 0 || owned > organisations) {
    throw new RangeError(`an aggregate needs 0 <= owned <= organisations, got ${owned} of ${organisations}`);
  }
}

/** Rules 1 and 2: raw, withheld, or shown under control. */
export function aggregateRelease(
  membership: AggregateMembership,
  settings: Partial<DisclosureSettings> = {},
): { disclosure: DisclosureStatus; withheld: boolean } {
  checkMembership(membership);
  const { minimumOrganisations } = resolveDisclosureSettings(settings);
  const others = othersIn(membership);
  if (others === 0) return { disclosure: DisclosureStatus.RAW, withheld: false };
  return { disclosure: DisclosureStatus.CONTROLLED, withheld: others < minimumOrganisations };
}

/**
 * Releases an aggregate's raw results (from `computeBenchmark` or
 * `benchmarkWres` without disclosure) to one reader under rules 1-3;
 * `withhold` forces rule 4's outcome. Counts whose contributors are unknown
 * are treated as having too few.
 */
export function releaseAggregate(
  results: readonly IndicatorResult[],
  membership: AggregateMembership,
  contributors: ContributorLookup,
  settings: Partial<DisclosureSettings> = {},
  options: { withhold?: boolean } = {},
): ReleasedAggregate {
  const resolved = resolveDisclosureSettings(settings);
  const release = aggregateRelease(membership, resolved);
  if (release.disclosure === DisclosureStatus.RAW) return { ...release, indicators: results };
  const withheld = release.withheld || options.withhold === true;
  const minimum = resolved.minimumOrganisations;
  const indicators = results.map((result) => {
    const counts: Record<string, number | null> = {};
    for (const [name, count] of Object.entries(result.counts)) {
      if (withheld || count === null) counts[name] = null;
      else if (count === 0) counts[name] = 0;
      else {
        const others = contributors(result.code, name);
        // 0 others: the whole count is the reader's own, which they see raw anyway.
        counts[name] = others === undefined || (others > 0 && others < minimum) ? null : count;
      }
    }
    return applyDisclosureControl({ ...result, counts, disclosure: DisclosureStatus.RAW }, resolved, DisclosureLevel.SUBNATIONAL);
  });
  return { disclosure: DisclosureStatus.CONTROLLED, withheld, indicators };
}

/**
 * Rule 4: which parts of a whole (regions of England) to withhold, beyond
 * those rule 2 withholds, so that the whole minus the parts shown never
 * leaves 1 to `minimumOrganisations - 1` organisations the reader does not
 * own. Withholding the smallest shown part is enough: it adds at least
 * `minimumOrganisations` to the remainder. Organisations in no part (no
 * region) belong to the remainder.
 */
export function withheldParts<K>(
  whole: AggregateMembership,
  parts: ReadonlyMap<K, AggregateMembership>,
  settings: Partial<DisclosureSettings> = {},
): Set<K> {
  checkMembership(whole);
  const { minimumOrganisations } = resolveDisclosureSettings(settings);
  const withheld = new Set<K>();
  let remainder = othersIn(whole);
  let smallest: { key: K; others: number } | null = null;
  for (const [key, part] of parts) {
    checkMembership(part);
    const others = othersIn(part);
    if (others === 0) continue;
    if (others < minimumOrganisations) {
      withheld.add(key);
      continue;
    }
    remainder -= others;
    if (!smallest || others < smallest.others) smallest = { key, others };
  }
  if (remainder < 0) throw new RangeError("the parts hold more organisations than the whole");
  if (remainder > 0 && remainder < minimumOrganisations && smallest) withheld.add(smallest.key);
  return withheld;
}

/**
 * Rule 5, for breakdowns only some organisations give (figures by ethnic
 * group): a part of an aggregate (its organisations that gave the
 * breakdown) shown beside the aggregate, or beside any other figure over a
 * set of organisations that contains it, must leave 0 or at least
 * `minimumOrganisations` organisations the reader does not own; otherwise
 * the two figures' difference is one or two organisations' counts.
 */
export function partBesideWholeOk(
  whole: AggregateMembership,
  part: AggregateMembership,
  settings: Partial<DisclosureSettings> = {},
): boolean {
  checkMembership(whole);
  checkMembership(part);
  const { minimumOrganisations } = resolveDisclosureSettings(settings);
  const remainder = othersIn(whole) - othersIn(part);
  if (remainder < 0) throw new RangeError("the part holds more organisations than the whole");
  return remainder === 0 || remainder >= minimumOrganisations;
}

/**
 * Where each named count of a family's report sits in a flat array, so that
 * per-organisation "has a non-zero count" flags can be added and subtracted
 * quickly (`ContributorTally`).
 */
export class CountLayout {
  readonly size: number;
  private readonly offsets = new Map<string, Map<string, number>>();

  /** From a report that lists every code the family produces (e.g. of an all-zero return). */
  constructor(report: Pick<IndicatorReport, "indicators">) {
    let next = 0;
    for (const result of report.indicators) {
      const names = new Map<string, number>();
      for (const name of Object.keys(result.counts)) names.set(name, next++);
      this.offsets.set(result.code, names);
    }
    this.size = next;
  }

  offset(code: string, name: string): number | undefined {
    return this.offsets.get(code)?.get(name);
  }

  /** Every code with its count names and offsets. */
  entries(): Array<[string, ReadonlyMap<string, number>]> {
    return [...this.offsets.entries()];
  }
}

/** For every named count, how many organisations have a non-zero value; with how many organisations were tallied. */
export interface ContributorTally {
  readonly organisations: number;
  readonly counts: Int32Array;
}

export function emptyTally(layout: CountLayout): ContributorTally {
  return { organisations: 0, counts: new Int32Array(layout.size) };
}

/** a + sign * b, as a new tally. */
export function combineTallies(a: ContributorTally, b: ContributorTally, sign: 1 | -1 = 1): ContributorTally {
  if (a.counts.length !== b.counts.length) throw new Error("internal: tallies of different layouts");
  const counts = new Int32Array(a.counts.length);
  for (let i = 0; i < counts.length; i += 1) counts[i] = a.counts[i] + sign * b.counts[i];
  const organisations = a.organisations + sign * b.organisations;
  if (organisations < 0) throw new Error("internal: subtracted more organisations than were tallied");
  return { organisations, counts };
}

/** The sum of several tallies of one layout. */
export function sumTallies(layout: CountLayout, tallies: Iterable<ContributorTally>): ContributorTally {
  const counts = new Int32Array(layout.size);
  let organisations = 0;
  for (const tally of tallies) {
    if (tally.counts.length !== counts.length) throw new Error("internal: tallies of different layouts");
    for (let i = 0; i < counts.length; i += 1) counts[i] += tally.counts[i];
    organisations += tally.organisations;
  }
  return { organisations, counts };
}

/** A `ContributorLookup` over a tally. */
export function tallyLookup(layout: CountLayout, tally: ContributorTally): ContributorLookup {
  return (code, name) => {
    const offset = layout.offset(code, name);
    return offset === undefined ? undefined : tally.counts[offset];
  };
}
