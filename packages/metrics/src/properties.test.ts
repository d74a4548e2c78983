import { DisclosureLevel, DisclosureStatus, Parity } from "@ascent/domain";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeIndicator } from "./compute";
import { applyDisclosureControl, controlCount } from "./disclosure";
import { logRelativeRiskInterval, newcombeDifferenceInterval, wilsonInterval } from "./intervals";
import { DEFAULT_METRIC_SETTINGS } from "./settings";
import { disclosureSettings, wresReturn } from "./test/arbitraries";
import type { GroupSide, IndicatorResult, Outcome } from "./types";
import { benchmarkWres, computeWres, type EthnicCounts, sumWresReturns, type WresReturnInput } from "./wres";

/** A cell with at least one event: a ratio exists. */
const cell = fc
  .tuple(fc.integer({ min: 1, max: 100_000 }), fc.integer({ min: 1, max: 100_000 }))
  .map(([a, b]) => ({ events: Math.min(a, b), total: Math.max(a, b) }));
const anyCell = fc
  .tuple(fc.nat({ max: 100_000 }), fc.nat({ max: 100_000 }))
  .map(([a, b]) => ({ events: Math.min(a, b), total: Math.max(a, b) }));
const confidence = fc.double({ min: 0.5, max: 0.999, noNaN: true });

const relativelyClose = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));

describe("relative likelihood symmetry", () => {
  it("swapping the groups inverts the ratio and the interval", () => {
    fc.assert(
      fc.property(cell, cell, confidence, (first, second, level) => {
        const forward = logRelativeRiskInterval(first, second, level)!;
        const back = logRelativeRiskInterval(second, first, level)!;
        expect(relativelyClose(back.value, 1 / forward.value)).toBe(true);
        expect(relativelyClose(back.lower, 1 / forward.upper)).toBe(true);
        expect(relativelyClose(back.upper, 1 / forward.lower)).toBe(true);
      }),
    );
  });

  it("which way round the ratio is written never changes which group it favours", () => {
    const side = fc.constantFrom<GroupSide>("reference", "focus");
    const outcome = fc.constantFrom<Outcome>("favourable", "adverse");
    fc.assert(
      fc.property(cell, cell, side, outcome, (reference, focus, numerator, how) => {
        const result = (n: GroupSide) =>
          computeIndicator({
            code: "T",
            metricCode: "T",
            familyId: "T",
            label: "t",
            disclosure: DisclosureStatus.RAW,
            counts: {
              referenceEvents: reference.events,
              referenceTotal: reference.total,
              focusEvents: focus.events,
              focusTotal: focus.total,
            },
            basis: { type: "relativeLikelihood", numerator: n, outcome: how },
            // The default band is symmetric under inversion: 1 / 0.8 = 1.25.
            method: { confidenceLevel: 0.95, parityBand: DEFAULT_METRIC_SETTINGS.ratioParityBand },
          });
        const one = result(numerator);
        const other = result(numerator === "reference" ? "focus" : "reference");
        expect(relativelyClose(one.value!, 1 / other.value!)).toBe(true);
        expect(one.parity).toBe(other.parity);
      }),
    );
  });

  it("swapping white and BME in a return mirrors indicator 2's parity", () => {
    const swap = (c: EthnicCounts): EthnicCounts => ({ white: c.bme, bme: c.white, unknown: c.unknown });
    const mirror: Record<Parity, Parity> = {
      [Parity.FAVOURS_FOCUS]: Parity.FAVOURS_REFERENCE,
      [Parity.FAVOURS_REFERENCE]: Parity.FAVOURS_FOCUS,
      [Parity.WITHIN_PARITY]: Parity.WITHIN_PARITY,
      [Parity.INCONCLUSIVE]: Parity.INCONCLUSIVE,
    };
    fc.assert(
      fc.property(wresReturn(), (input) => {
        const swapped: WresReturnInput = {
          ...input,
          shortlisting: { shortlisted: swap(input.shortlisting.shortlisted), appointed: swap(input.shortlisting.appointed) },
        };
        const one = computeWres(input).indicators.find((r) => r.code === "WRES2")!;
        const two = computeWres(swapped).indicators.find((r) => r.code === "WRES2")!;
        if (one.value === null) {
          expect(two.value).toBeNull();
          return;
        }
        expect(relativelyClose(two.value!, 1 / one.value)).toBe(true);
        expect(relativelyClose(two.lower!, 1 / one.upper!)).toBe(true);
        expect(two.parity).toBe(mirror[one.parity!]);
      }),
    );
  });
});

describe("bounds", () => {
  it("Wilson: 0 <= lower <= value <= upper <= 1", () => {
    fc.assert(
      fc.property(anyCell, confidence, ({ events, total }, level) => {
        const interval = wilsonInterval(events, total, level);
        if (total === 0) { expect(interval).toBeNull(); return; }
        const { value, lower, upper } = interval!;
        expect(0 <= lower && lower <= value && value <= upper && upper <= 1).toBe(true);
      }),
    );
  });

  it("Newcombe: -1 <= lower <= value <= upper <= 1", () => {
    fc.assert(
      fc.property(anyCell, anyCell, confidence, (a, b, level) => {
        const interval = newcombeDifferenceInterval(a, b, level);
        if (a.total === 0 || b.total === 0) { expect(interval).toBeNull(); return; }
        const { value, lower, upper } = interval!;
        expect(-1 <= lower && lower <= value && value <= upper && upper <= 1).toBe(true);
      }),
    );
  });

  it("every WRES result, raw or controlled: an interval around its value, proportions in [0, 1], a reason when null", () => {
    fc.assert(
      fc.property(wresReturn(), disclosureSettings(), (input, settings) => {
        const raw = computeWres(input).indicators;
        const controlled = raw.map((r) => applyDisclosureControl(r, settings, DisclosureLevel.SUBNATIONAL));
        for (const r of [...raw, ...controlled]) {
          if (r.value === null) {
            expect(r.reason).not.toBeNull();
            expect([r.lower, r.upper, r.parity]).toEqual([null, null, null]);
            continue;
          }
          expect(r.reason).toBeNull();
          expect(r.lower! <= r.value && r.value <= r.upper!).toBe(true);
          if (r.kind === "PROPORTION" || r.kind === "REPRESENTATION") expect(r.lower! >= 0 && r.upper! <= 1).toBe(true);
          if (r.kind === "RELATIVE_LIKELIHOOD") expect(r.lower!).toBeGreaterThan(0);
        }
      }),
    );
  });
});

describe("suppression never leaks a small count", () => {
  it("controlCount: 0, null, or a multiple of roundTo above the threshold", () => {
    fc.assert(
      fc.property(fc.nat({ max: 1_000_000 }), disclosureSettings(), (n, settings) => {
        const shown = controlCount(n, settings);
        if (shown === null) return;
        expect(shown === 0 ? n === 0 : shown > settings.suppressBelowOrEqual && shown % settings.roundTo === 0).toBe(true);
      }),
    );
  });

  it("no count field of any controlled WRES result is in 1..threshold, and no ratio uses a suppressed input", () => {
    const check = (r: IndicatorResult, threshold: number) => {
      for (const value of Object.values(r.counts)) {
        expect(value === null || value === 0 || value > threshold).toBe(true);
      }
      expect(r.disclosure).toBe(DisclosureStatus.CONTROLLED);
      if (r.kind === "RELATIVE_LIKELIHOOD" && r.value !== null) {
        for (const name of ["referenceEvents", "referenceTotal", "focusEvents", "focusTotal"]) {
          expect(r.counts[name]).not.toBeNull();
        }
      }
      if (r.suppressed) expect(r.value).toBeNull();
    };
    fc.assert(
      fc.property(fc.array(wresReturn(), { minLength: 1, maxLength: 3 }), disclosureSettings(), (returns, settings) => {
        const level = DisclosureLevel.SUBNATIONAL;
        for (const r of computeWres(returns[0], { disclosure: { level, settings } }).indicators) {
          check(r, settings.suppressBelowOrEqual);
        }
        for (const r of benchmarkWres(returns, { disclosure: { level, settings } }).indicators) {
          check(r, settings.suppressBelowOrEqual);
        }
      }),
    );
  });
});

/** Test oracle: one return whose every raw count is the sum of the returns' counts. */
function sumReturns(returns: readonly WresReturnInput[]): WresReturnInput {
  const add = (a: EthnicCounts, b: EthnicCounts): EthnicCounts => ({
    white: a.white + b.white,
    bme: a.bme + b.bme,
    unknown: (a.unknown ?? 0) + (b.unknown ?? 0),
  });
  const yes = (s: { respondents: number } & ({ yes: number } | { percentage: number })) => ("yes" in s ? s.yes : NaN);
  return returns.reduce((a, b) => {
    const rows = new Map(a.workforce.map((row) => [`${row.category}.${row.grade}`, row]));
    for (const row of b.workforce) {
      const key = `${row.category}.${row.grade}`;
      const seen = rows.get(key);
      rows.set(key, seen ? { ...seen, ...add(seen, row) } : row);
    }
    const survey = Object.fromEntries(
      Object.entries(a.survey).map(([key, first]) => {
        const second = b.survey[key as keyof WresReturnInput["survey"]];
        return [
          key,
          {
            white: { respondents: first.white.respondents + second.white.respondents, yes: yes(first.white) + yes(second.white) },
            bme: { respondents: first.bme.respondents + second.bme.respondents, yes: yes(first.bme) + yes(second.bme) },
          },
        ];
      }),
    ) as unknown as WresReturnInput["survey"];
    return {
      year: a.year,
      workforce: [...rows.values()],
      shortlisting: {
        shortlisted: add(a.shortlisting.shortlisted, b.shortlisting.shortlisted),
        appointed: add(a.shortlisting.appointed, b.shortlisting.appointed),
      },
      disciplinary: {
        entering: add(a.disciplinary.entering, b.disciplinary.entering),
        headcount: add(a.disciplinary.headcount, b.disciplinary.headcount),
      },
      training: { accessed: add(a.training.accessed, b.training.accessed), headcount: add(a.training.headcount, b.training.headcount) },
      survey,
      board: add(a.board, b.board),
    };
  });
}

describe("benchmarks", () => {
  it("equal the indicators of the summed returns", () => {
    fc.assert(
      fc.property(fc.array(wresReturn(), { minLength: 1, maxLength: 5 }), (returns) => {
        const benchmark = benchmarkWres(returns);
        const ofSum = computeWres(sumReturns(returns));
        expect(benchmark.indicators).toEqual(ofSum.indicators);
        expect(benchmark.returns).toBe(returns.length);
      }),
    );
  });

  it("equal the report of sumWresReturns, and sums of sums add up (England = sum of the regions)", () => {
    fc.assert(
      fc.property(fc.array(wresReturn(), { minLength: 1, maxLength: 6 }), fc.integer({ min: 1, max: 5 }), (returns, cut) => {
        const split = Math.min(cut, returns.length);
        const parts = [returns.slice(0, split), returns.slice(split)].filter((part) => part.length > 0);
        const sumOfSums = sumWresReturns(parts.map(sumWresReturns));
        expect(computeWres(sumWresReturns(returns)).indicators).toEqual(benchmarkWres(returns).indicators);
        expect(computeWres(sumOfSums).indicators).toEqual(benchmarkWres(returns).indicators);
      }),
    );
  });

  it("a benchmark of one return is that return's report", () => {
    fc.assert(
      fc.property(wresReturn(), (input) => {
        expect(benchmarkWres([input]).indicators).toEqual(computeWres(input).indicators);
      }),
    );
  });
});
