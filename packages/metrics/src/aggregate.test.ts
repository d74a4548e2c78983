import { DisclosureLevel, DisclosureStatus, IndicatorNullReason } from "@ascent/domain";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { aggregateRelease, combineTallies, releaseAggregate, tallyLookup, withheldParts } from "./aggregate";
import { exampleReturn } from "./test/fixtures";
import { wresReturn } from "./test/arbitraries";
import { benchmarkWres, computeWres, tallyWresContributors, wresContributorsOf, wresCountLayout, type WresReturnInput } from "./wres";

describe("wresContributorsOf", () => {
  it("flags exactly the named counts of computeWres that are above 0", () => {
    const layout = wresCountLayout();
    fc.assert(
      fc.property(wresReturn(), (input) => {
        const flags = wresContributorsOf(input).counts;
        for (const result of computeWres(input).indicators) {
          for (const [name, count] of Object.entries(result.counts)) {
            expect([result.code, name, flags[layout.offset(result.code, name) as number]]).toEqual([result.code, name, (count as number) > 0 ? 1 : 0]);
          }
        }
      }),
      { numRuns: 100 },
    );
  }, 60_000);

  it("tallies how many returns have each count above 0", () => {
    const a = exampleReturn();
    const b = { ...exampleReturn(), board: { white: 3, bme: 0, unknown: 0 } };
    const tally = tallyWresContributors([a, b, b]);
    const lookup = tallyLookup(wresCountLayout(), tally);
    expect(tally.organisations).toBe(3);
    expect(lookup("WRES9", "focus")).toBe(1);
    expect(lookup("WRES9", "reference")).toBe(3);
    expect(lookup("WRES1.CLINICAL.BAND_5", "focus")).toBe(3);
    expect(lookup("WRES1.CLINICAL.VSM", "focus")).toBe(0);
    expect(lookup("NOPE", "focus")).toBeUndefined();
  });
});

describe("aggregateRelease (rules 1 and 2)", () => {
  it.each([
    [{ organisations: 5, owned: 5 }, { disclosure: DisclosureStatus.RAW, withheld: false }],
    [{ organisations: 1, owned: 0 }, { disclosure: DisclosureStatus.CONTROLLED, withheld: true }],
    [{ organisations: 2, owned: 0 }, { disclosure: DisclosureStatus.CONTROLLED, withheld: true }],
    [{ organisations: 3, owned: 1 }, { disclosure: DisclosureStatus.CONTROLLED, withheld: true }],
    [{ organisations: 3, owned: 0 }, { disclosure: DisclosureStatus.CONTROLLED, withheld: false }],
    [{ organisations: 4, owned: 1 }, { disclosure: DisclosureStatus.CONTROLLED, withheld: false }],
  ])("%o → %o", (membership, expected) => {
    expect(aggregateRelease(membership)).toEqual(expected);
  });

  it("follows the setting, and refuses impossible memberships", () => {
    expect(aggregateRelease({ organisations: 4, owned: 0 }, { minimumOrganisations: 5 }).withheld).toBe(true);
    expect(aggregateRelease({ organisations: 1, owned: 0 }, { minimumOrganisations: 1 }).withheld).toBe(false);
    expect(() => aggregateRelease({ organisations: 1, owned: 2 })).toThrow(RangeError);
  });
});

/** One return with every count 0 except what `patch` sets. */
function tiny(patch: (input: WresReturnInput) => WresReturnInput): WresReturnInput {
  const zero = { white: 0, bme: 0, unknown: 0 };
  const survey = { white: { respondents: 0, yes: 0 }, bme: { respondents: 0, yes: 0 } };
  return patch({
    year: 2025,
    workforce: [],
    shortlisting: { shortlisted: zero, appointed: zero },
    disciplinary: { entering: zero, headcount: zero },
    training: { accessed: zero, headcount: zero },
    survey: { harassmentFromPublic: survey, harassmentFromStaff: survey, equalOpportunities: survey, discrimination: survey },
    board: zero,
  });
}

/** A trust whose disciplinary figures are `white` and `bme` staff entering out of 400 and 100. */
const trust = (bmeEntering: number, whiteEntering = 20) =>
  tiny((input) => ({ ...input, disciplinary: { headcount: { white: 400, bme: 100, unknown: 0 }, entering: { white: whiteEntering, bme: bmeEntering, unknown: 0 } } }));

/** The aggregate of `members` as released to a reader owning `owned` of them (indices). */
function released(members: readonly WresReturnInput[], owned: ReadonlySet<number>, options: { withhold?: boolean } = {}) {
  const raw = benchmarkWres(members).indicators;
  const all = tallyWresContributors(members);
  const mine = tallyWresContributors(members.filter((_, index) => owned.has(index)));
  const others = combineTallies(all, mine, -1);
  return releaseAggregate(raw, { organisations: members.length, owned: mine.organisations }, tallyLookup(wresCountLayout(), others), {}, options);
}
const count = (report: { indicators: readonly { code: string; counts: Record<string, number | null> }[] }, code: string, name: string) =>
  report.indicators.find((indicator) => indicator.code === code)?.counts[name];

describe("releaseAggregate (rules 1-3)", () => {
  it("is raw for a reader who owns every organisation in it", () => {
    const report = released([trust(3), trust(4)], new Set([0, 1]));
    expect(report).toMatchObject({ disclosure: DisclosureStatus.RAW, withheld: false });
    expect(count(report, "WRES3", "focusEvents")).toBe(7);
  });

  it("withholds every figure, zeros included, below the minimum of organisations the reader does not own", () => {
    for (const [members, owned] of [
      [[trust(3)], new Set<number>()],
      [[trust(3), trust(40)], new Set<number>()],
      [[trust(3), trust(40), trust(50)], new Set([0])],
    ] as const) {
      const report = released(members, owned);
      expect(report).toMatchObject({ disclosure: DisclosureStatus.CONTROLLED, withheld: true });
      for (const indicator of report.indicators) {
        expect(indicator.value).toBeNull();
        expect(Object.values(indicator.counts).every((c) => c === null)).toBe(true);
      }
      expect(report.indicators.find((i) => i.code === "WRES3")?.reason).toBe(IndicatorNullReason.SUPPRESSED);
    }
  });

  it("suppresses a count that fewer than the minimum of other organisations make up, however many returned", () => {
    // 40 BME entering: all from one trust; the other nine trusts have none.
    const members = [trust(40), ...Array.from({ length: 9 }, () => trust(0))];
    const report = released(members, new Set());
    expect(report.withheld).toBe(false);
    expect(count(report, "WRES3", "focusEvents")).toBeNull();
    expect(count(report, "WRES3", "focusTotal")).toBe(1000);
    expect(count(report, "WRES3", "referenceEvents")).toBe(200);
    // Three contributors: shown, rounded.
    const three = released([trust(13), trust(9), trust(11), trust(0)], new Set());
    expect(count(three, "WRES3", "focusEvents")).toBe(35);
  });

  it("does not count the reader's own organisations as contributors", () => {
    const members = [trust(30), trust(9), trust(11), trust(0), trust(0)];
    expect(count(released(members, new Set()), "WRES3", "focusEvents")).toBe(50);
    // Owning the first, only two others contribute.
    expect(count(released(members, new Set([0])), "WRES3", "focusEvents")).toBeNull();
  });

  it("matches applyDisclosureControl when every count has enough contributors", () => {
    const members = [exampleReturn(), exampleReturn(), exampleReturn()];
    const report = released(members, new Set());
    const controlled = benchmarkWres(members, { disclosure: { level: DisclosureLevel.SUBNATIONAL } });
    for (const indicator of controlled.indicators) {
      const mine = report.indicators.find((i) => i.code === indicator.code);
      const withEnough = Object.entries(indicator.counts).filter(([name]) => mine?.counts[name] !== null);
      for (const [name, value] of withEnough) expect(mine?.counts[name]).toBe(value);
    }
    expect(count(report, "WRES2", "focusEvents")).toBe(4395);
  });

  it("withholds on request (rule 4)", () => {
    expect(released([trust(30), trust(9), trust(11)], new Set(), { withhold: true }).withheld).toBe(true);
  });
});

describe("withheldParts (rule 4: parts beside their whole)", () => {
  const m = (organisations: number, owned = 0) => ({ organisations, owned });

  it("withholds the part that would leave one organisation when subtracted from the whole", () => {
    // England: 10 in London, 1 in the North West. England - London = the North West trust.
    expect(withheldParts(m(11), new Map([["LONDON", m(10)], ["NORTH_WEST", m(1)]]))).toEqual(new Set(["LONDON", "NORTH_WEST"]));
  });

  it("counts organisations without a region as remainder", () => {
    expect(withheldParts(m(12), new Map([["LONDON", m(10)]]))).toEqual(new Set(["LONDON"]));
    expect(withheldParts(m(13), new Map([["LONDON", m(10)]]))).toEqual(new Set());
  });

  it("withholds only the smallest shown part when several are shown", () => {
    const parts = new Map([["A", m(10)], ["B", m(4)], ["C", m(6)], ["D", m(2)]]);
    // 22 - 10 - 4 - 6 = 2 left (D, withheld by rule 2): withhold B too, leaving 6.
    expect(withheldParts(m(22), parts)).toEqual(new Set(["B", "D"]));
  });

  it("ignores what the reader owns", () => {
    // The reader owns the North West trust: England - London is their own.
    expect(withheldParts(m(11, 1), new Map([["LONDON", m(10)], ["NORTH_WEST", m(1, 1)]]))).toEqual(new Set());
  });

  it("never leaves a remainder of 1 to minimum - 1 other organisations (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat({ max: 6 }), fc.nat({ max: 6 })), { maxLength: 7 }), fc.nat({ max: 4 }), fc.integer({ min: 1, max: 5 }), (raw, unassigned, minimum) => {
        const parts = new Map(raw.map(([others, owned], index) => [index, m(others + owned, owned)]));
        const total = raw.reduce((sum, [others, owned]) => sum + others + owned, unassigned);
        const owned = raw.reduce((sum, [, o]) => sum + o, 0);
        const withheld = withheldParts(m(total, owned), parts, { minimumOrganisations: minimum });
        const shown = [...parts.entries()].filter(([key, part]) => !withheld.has(key) && part.organisations - part.owned > 0);
        for (const [, part] of shown) expect(part.organisations - part.owned).toBeGreaterThanOrEqual(minimum);
        const remainder = total - owned - shown.reduce((sum, [, part]) => sum + part.organisations - part.owned, 0);
        if (total - owned >= minimum) expect(remainder === 0 || remainder >= minimum).toBe(true);
      }),
    );
  });
});
