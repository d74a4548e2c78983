import { describe, expect, it } from "vitest";
import {
  logRelativeRiskInterval,
  newcombeDifferenceInterval,
  normalQuantile,
  wilsonInterval,
  zForConfidence,
} from "./intervals";

describe("zForConfidence", () => {
  it("gives the usual critical values", () => {
    expect(zForConfidence(0.95)).toBeCloseTo(1.959964, 6);
    expect(zForConfidence(0.9)).toBeCloseTo(1.644854, 6);
    expect(zForConfidence(0.99)).toBeCloseTo(2.575829, 6);
    expect(normalQuantile(0.5)).toBeCloseTo(0, 12);
    expect(normalQuantile(0.001)).toBeCloseTo(-3.090232, 6);
  });

  it("rejects levels outside (0, 1)", () => {
    for (const level of [0, 1, -0.5, 95, Number.NaN]) expect(() => zForConfidence(level)).toThrow(RangeError);
  });
});

describe("wilsonInterval", () => {
  it("matches a hand computation for 20 of 50", () => {
    // p = 0.4, n = 50, z = 1.959964, z² = 3.841459, z²/n = 0.0768292
    // centre = (0.4 + 0.0384146) / 1.0768292 = 0.4071352
    // half   = 1.959964 / 1.0768292 * sqrt(0.4 * 0.6 / 50 + 3.841459 / (4 * 2500))
    //        = 1.8201248 * sqrt(0.0048 + 0.00038415) = 1.8201248 * 0.0720010 = 0.1310509
    // interval = 0.4071352 ± 0.1310509 = [0.2761, 0.5382]
    const interval = wilsonInterval(20, 50);
    expect(interval?.value).toBe(0.4);
    expect(interval?.lower).toBeCloseTo(0.2761, 4);
    expect(interval?.upper).toBeCloseTo(0.5382, 4);
  });

  it("is exact at 0 and n events and never leaves [0, 1]", () => {
    // 0 of 10: lower 0; upper = z²/n / (1 + z²/n) = 0.3841459 / 1.3841459 = 0.2775
    expect(wilsonInterval(0, 10)).toEqual({ value: 0, lower: 0, upper: expect.closeTo(0.2775, 4) });
    expect(wilsonInterval(10, 10)).toEqual({ value: 1, lower: expect.closeTo(0.7225, 4), upper: 1 });
  });

  it("has no interval for an empty group", () => {
    expect(wilsonInterval(0, 0)).toBeNull();
  });

  it("rejects impossible counts", () => {
    expect(() => wilsonInterval(11, 10)).toThrow(RangeError);
    expect(() => wilsonInterval(-1, 10)).toThrow(RangeError);
    expect(() => wilsonInterval(1.5, 10)).toThrow(RangeError);
  });

  it("widens with the confidence level", () => {
    const ninety = wilsonInterval(20, 50, 0.9)!;
    const ninetyNine = wilsonInterval(20, 50, 0.99)!;
    expect(ninety.upper - ninety.lower).toBeLessThan(ninetyNine.upper - ninetyNine.lower);
  });
});

describe("logRelativeRiskInterval", () => {
  it("matches a hand computation for 30/100 vs 15/100", () => {
    // RR = 0.30 / 0.15 = 2
    // se = sqrt(1/30 - 1/100 + 1/15 - 1/100) = sqrt(0.08) = 0.2828427
    // z * se = 1.959964 * 0.2828427 = 0.5543615; ln 2 = 0.6931472
    // lower = exp(0.1387857) = 1.1489; upper = exp(1.2475087) = 3.4817
    const interval = logRelativeRiskInterval({ events: 30, total: 100 }, { events: 15, total: 100 });
    expect(interval?.value).toBe(2);
    expect(interval?.lower).toBeCloseTo(1.1489, 4);
    expect(interval?.upper).toBeCloseTo(3.4817, 4);
  });

  it("inverts when the groups swap", () => {
    const forward = logRelativeRiskInterval({ events: 30, total: 100 }, { events: 15, total: 100 })!;
    const back = logRelativeRiskInterval({ events: 15, total: 100 }, { events: 30, total: 100 })!;
    expect(back.value).toBe(0.5);
    expect(back.lower).toBeCloseTo(1 / forward.upper, 12);
    expect(back.upper).toBeCloseTo(1 / forward.lower, 12);
  });

  it("has no ratio or interval when a group has no events (no continuity correction)", () => {
    expect(logRelativeRiskInterval({ events: 0, total: 100 }, { events: 15, total: 100 })).toBeNull();
    expect(logRelativeRiskInterval({ events: 5, total: 100 }, { events: 0, total: 100 })).toBeNull();
    expect(logRelativeRiskInterval({ events: 0, total: 0 }, { events: 0, total: 0 })).toBeNull();
  });

  it("collapses to the point when everyone in both groups has the event", () => {
    expect(logRelativeRiskInterval({ events: 5, total: 5 }, { events: 9, total: 9 })).toEqual({
      value: 1,
      lower: 1,
      upper: 1,
    });
  });
});

describe("newcombeDifferenceInterval", () => {
  it("reproduces Newcombe (1998), example (a): 56/70 - 48/80", () => {
    // Published hybrid score interval (method 10): 0.0524 to 0.3339.
    const interval = newcombeDifferenceInterval({ events: 56, total: 70 }, { events: 48, total: 80 });
    expect(interval?.value).toBeCloseTo(0.2, 12);
    expect(interval?.lower).toBeCloseTo(0.0524, 4);
    expect(interval?.upper).toBeCloseTo(0.3339, 4);
  });

  it("is null when a group is empty", () => {
    expect(newcombeDifferenceInterval({ events: 0, total: 0 }, { events: 1, total: 2 })).toBeNull();
  });
});
