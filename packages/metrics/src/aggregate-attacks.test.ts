import { describe, expect, it } from "vitest";
import { type AggregateMembership, releaseAggregate, sumTallies, tallyLookup, withheldParts } from "./aggregate";
import { controlCount } from "./disclosure";
import { DEFAULT_DISCLOSURE_SETTINGS } from "./settings";
import type { IndicatorResult } from "./types";
import { benchmarkWres, wresContributorsOf, wresCountLayout, type WresReturnInput } from "./wres";

/**
 * Subtraction attacks, tried exhaustively. Every organisation's return is
 * fixed except one count (BME staff entering the disciplinary process,
 * WRES3 focusEvents); the reader knows their own organisations' counts
 * exactly and sees what the api shows them: every other trust's controlled
 * report, England and every region (at one or two moments). For every
 * assignment of the unknown counts (0 to MAX) and every pair of those
 * figures, assignments giving the pair the same values cannot be told
 * apart. The attack succeeds when a pair pins the target trust's small
 * count (1-7) to a single value. (Combining many figures at once can
 * narrow a count further, as with any rounded tables: see
 * docs/wres-and-disclosure.md.)
 *
 * Each scenario is also run under the rules before this change (England
 * released raw as "national", no minimum of organisations), to show that
 * the attack works there, so these tests can fail.
 */

const MAX = 12;
type Rules = "current" | "national-raw";

const zero = { white: 0, bme: 0, unknown: 0 };
const survey = { white: { respondents: 0, yes: 0 }, bme: { respondents: 0, yes: 0 } };
const trust = (bmeEntering: number): WresReturnInput => ({
  year: 2025,
  workforce: [],
  shortlisting: { shortlisted: zero, appointed: zero },
  disciplinary: { headcount: { white: 400, bme: 100, unknown: 0 }, entering: { white: 20, bme: bmeEntering, unknown: 0 } },
  training: { accessed: zero, headcount: zero },
  survey: { harassmentFromPublic: survey, harassmentFromStaff: survey, equalOpportunities: survey, discrimination: survey },
  board: zero,
});

const rawCache = new Map<string, IndicatorResult>();
function rawWres3(values: readonly number[]): IndicatorResult {
  const key = `${values.reduce((a, b) => a + b, 0)}:${values.length}`;
  let result = rawCache.get(key);
  if (!result) {
    result = benchmarkWres(values.map(trust)).indicators.find((i) => i.code === "WRES3") as IndicatorResult;
    rawCache.set(key, result);
  }
  return result;
}
const flagCache = new Map<number, ReturnType<typeof wresContributorsOf>>();
const flagsOf = (value: number) => {
  if (!flagCache.has(value)) flagCache.set(value, wresContributorsOf(trust(value)));
  return flagCache.get(value) as ReturnType<typeof wresContributorsOf>;
};

interface World {
  /** Each organisation's region (null: none). */
  regions: readonly (string | null)[];
  /** Organisations the reader owns (their counts are known exactly). */
  owned: ReadonlySet<number>;
  /** Which organisations had returned at each moment the reader looked (the same data year). */
  moments: readonly (readonly number[])[];
}

/** Every figure of the one count the reader sees, by name; `values` are every organisation's counts. */
function figures(world: World, values: readonly number[], rules: Rules): Map<string, unknown> {
  const seen = new Map<string, unknown>();
  values.forEach((value, index) => {
    if (!world.owned.has(index)) seen.set(`report ${index}`, controlCount(value, DEFAULT_DISCLOSURE_SETTINGS));
  });
  world.moments.forEach((members, moment) => {
    const membership = (subset: readonly number[]): AggregateMembership => ({ organisations: subset.length, owned: subset.filter((i) => world.owned.has(i)).length });
    const byRegion = new Map<string, number[]>();
    for (const index of members) {
      const region = world.regions[index];
      if (region !== null) byRegion.set(region, [...(byRegion.get(region) ?? []), index]);
    }
    const hidden = withheldParts(membership(members), new Map([...byRegion].map(([region, subset]) => [region, membership(subset)])));
    const shown = (subset: readonly number[], isEngland: boolean, withhold: boolean) => {
      const raw = rawWres3(subset.map((index) => values[index]));
      const total = raw.counts.focusEvents as number;
      if (rules === "national-raw") return isEngland ? total : controlCount(total, DEFAULT_DISCLOSURE_SETTINGS);
      const others = sumTallies(wresCountLayout(), subset.filter((index) => !world.owned.has(index)).map((index) => flagsOf(values[index])));
      const released = releaseAggregate([raw], membership(subset), tallyLookup(wresCountLayout(), others), {}, { withhold });
      return released.withheld ? "withheld" : released.indicators[0].counts.focusEvents;
    };
    seen.set(`England at moment ${moment}`, shown(members, true, false));
    for (const [region, subset] of byRegion) seen.set(`${region} at moment ${moment}`, shown(subset, false, hidden.has(region)));
  });
  return seen;
}

/**
 * For every pair of figures the reader sees (with their own counts known),
 * the target's counts consistent with the pair's values; the pairs and
 * values that pin a small count (1-7) to one value.
 */
function pinnedSmallCounts(world: World, known: ReadonlyMap<number, number>, target: number, rules: Rules): string[] {
  const unknown = world.regions.map((_, index) => index).filter((index) => !known.has(index));
  const candidates = new Map<string, Set<number>>();
  // Views reached only when some other count is near MAX are artefacts of the bound (real counts have none).
  const interior = new Set<string>();
  const values = world.regions.map((_, index) => known.get(index) ?? 0);
  const visit = (position: number) => {
    if (position === unknown.length) {
      const seen = [...figures(world, values, rules)];
      const inside = unknown.every((index) => index === target || values[index] <= MAX - 5);
      for (let i = 0; i < seen.length; i += 1) {
        for (let j = i + 1; j < seen.length; j += 1) {
          const key = JSON.stringify([seen[i], seen[j]]);
          const set = candidates.get(key) ?? new Set<number>();
          set.add(values[target]);
          candidates.set(key, set);
          if (inside) interior.add(key);
        }
      }
      return;
    }
    for (let value = 0; value <= MAX; value += 1) {
      values[unknown[position]] = value;
      visit(position + 1);
    }
  };
  visit(0);
  return [...candidates].filter(([key, set]) => interior.has(key) && set.size === 1 && [...set][0] >= 1 && [...set][0] <= 7).map(([key, set]) => `${key} → ${[...set][0]}`);
}

describe("a reader cannot obtain one organisation's small count by subtracting figures they can see", { timeout: 60_000 }, () => {
  it("a trust's own report vs England, which it is part of", () => {
    // The reader owns trust 0 (6 entering); trusts 1-3 are unknown, 3 is the target.
    const world: World = { regions: ["LONDON", "LONDON", "LONDON", "LONDON"], owned: new Set([0]), moments: [[0, 1, 2, 3]] };
    const known = new Map([[0, 6]]);
    expect(pinnedSmallCounts(world, known, 3, "national-raw").length).toBeGreaterThan(0);
    expect(pinnedSmallCounts(world, known, 3, "current")).toEqual([]);
  });

  it("England with two returns vs either trust's own", () => {
    const world: World = { regions: ["LONDON", "NORTH_WEST"], owned: new Set([0]), moments: [[0, 1]] };
    const known = new Map([[0, 10]]);
    expect(pinnedSmallCounts(world, known, 1, "national-raw").length).toBeGreaterThan(0);
    expect(pinnedSmallCounts(world, known, 1, "current")).toEqual([]);
  });

  it("a region vs England", () => {
    // Three London trusts and one in the North West (the target); the reader owns none.
    const world: World = { regions: ["LONDON", "LONDON", "LONDON", "NORTH_WEST"], owned: new Set(), moments: [[0, 1, 2, 3]] };
    expect(pinnedSmallCounts(world, new Map(), 3, "national-raw").length).toBeGreaterThan(0);
    expect(pinnedSmallCounts(world, new Map(), 3, "current")).toEqual([]);
  });

  it("a region vs England when the reader owns one of the region's trusts", () => {
    const world: World = { regions: ["LONDON", "LONDON", "LONDON", "LONDON", "NORTH_WEST"], owned: new Set([0]), moments: [[0, 1, 2, 3, 4]] };
    const known = new Map([[0, 5]]);
    expect(pinnedSmallCounts(world, known, 4, "national-raw").length).toBeGreaterThan(0);
    expect(pinnedSmallCounts(world, known, 4, "current")).toEqual([]);
  });

  it("the same year's England before and after one more trust returns (year on year, as returns arrive)", () => {
    // The reader owns trust 0; trusts 1-3 had returned; trust 4 (the target) returns next.
    const world: World = { regions: ["LONDON", "LONDON", "LONDON", "LONDON", "LONDON"], owned: new Set([0]), moments: [[0, 1, 2, 3], [0, 1, 2, 3, 4]] };
    const known = new Map([[0, 4]]);
    expect(pinnedSmallCounts(world, known, 4, "national-raw").length).toBeGreaterThan(0);
    expect(pinnedSmallCounts(world, known, 4, "current")).toEqual([]);
  });
});
