import { DisclosureLevel, DisclosureStatus, IndicatorNullReason, Parity } from "@ascent/domain";
import { describe, expect, it } from "vitest";
import { computeIndicator, type IndicatorSpec } from "./compute";
import { applyDisclosureControl, controlCount, roundHalfUpTo } from "./disclosure";
import { DEFAULT_DISCLOSURE_SETTINGS, DEFAULT_METRIC_SETTINGS, resolveDisclosureSettings } from "./settings";

const SUB = DisclosureLevel.SUBNATIONAL;
const settings = { suppressBelowOrEqual: 7, roundTo: 5 };

const groupRate = (events: number, total: number) =>
  computeIndicator({
    code: "TEST.BME",
    metricCode: "TEST",
    familyId: "TEST",
    label: "test",
    disclosure: DisclosureStatus.RAW,
    counts: { events, total },
    basis: { type: "groupRate", group: "focus" },
    method: { confidenceLevel: 0.95, parityBand: null },
  });

const ratioSpec = (counts: Record<string, number>): IndicatorSpec => ({
  code: "TEST2",
  metricCode: "TEST2",
  familyId: "TEST",
  label: "test ratio",
  disclosure: DisclosureStatus.RAW,
  counts,
  basis: { type: "relativeLikelihood", numerator: "reference", outcome: "favourable" },
  method: { confidenceLevel: 0.95, parityBand: DEFAULT_METRIC_SETTINGS.ratioParityBand },
});

describe("controlCount (HES rule: 1-7 suppressed, others rounded half up to 5)", () => {
  it.each([
    [0, 0],
    [1, null],
    [3, null],
    [7, null],
    [8, 10],
    [12, 10],
    [13, 15],
    [15, 15],
    [17, 15],
    [18, 20],
    [1002, 1000],
    [1003, 1005],
  ])("%i → %s", (count, expected) => {
    expect(controlCount(count, DEFAULT_DISCLOSURE_SETTINGS)).toBe(expected);
  });

  it("rounds exact halves up, in integer arithmetic", () => {
    expect(roundHalfUpTo(15, 10)).toBe(20);
    expect(roundHalfUpTo(25, 10)).toBe(30);
    expect(roundHalfUpTo(14, 10)).toBe(10);
    expect(roundHalfUpTo(9_007_199_254_740, 5)).toBe(9_007_199_254_740);
  });

  it("suppresses a count that rounding would bring back into the suppressed range", () => {
    // Threshold 11, round to 5: 12 would round to 10, which is <= 11.
    expect(controlCount(12, { suppressBelowOrEqual: 11, roundTo: 5 })).toBeNull();
    expect(controlCount(13, { suppressBelowOrEqual: 11, roundTo: 5 })).toBe(15);
  });

  it("rejects settings under which a shown count would round to 0", () => {
    expect(() => resolveDisclosureSettings({ suppressBelowOrEqual: 1, roundTo: 10 })).toThrow(RangeError);
    expect(() => resolveDisclosureSettings({ roundTo: 0 })).toThrow(RangeError);
    expect(() => resolveDisclosureSettings({ suppressBelowOrEqual: -1 })).toThrow(RangeError);
    expect(resolveDisclosureSettings({ suppressBelowOrEqual: 10, roundTo: 10 })).toEqual({
      minimumOrganisations: 3,
      suppressBelowOrEqual: 10,
      roundTo: 10,
    });
  });
});

describe("applyDisclosureControl", () => {
  it("computes percentages from the rounded counts", () => {
    // Raw 13/48 = 27.08%; rounded 15/50 = 30%.
    const raw = groupRate(13, 48);
    expect(raw.value).toBeCloseTo(0.2708, 4);
    const shown = applyDisclosureControl(raw, settings, SUB);
    expect(shown.counts).toEqual({ events: 15, total: 50 });
    expect(shown.value).toBe(0.3);
    expect(shown.disclosure).toBe(DisclosureStatus.CONTROLLED);
    expect(shown.suppressed).toBe(false);
    // And the interval is the Wilson interval of 15/50, not of 13/48.
    expect(shown.lower).toBeCloseTo(0.1910, 4);
    expect(shown.upper).toBeCloseTo(0.4375, 4);
  });

  it("keeps 0 as 0", () => {
    const shown = applyDisclosureControl(groupRate(0, 40), settings, SUB);
    expect(shown.counts).toEqual({ events: 0, total: 40 });
    expect(shown.value).toBe(0);
  });

  it("withholds a proportion whose numerator is suppressed", () => {
    const shown = applyDisclosureControl(groupRate(3, 40), settings, SUB);
    expect(shown).toMatchObject({
      counts: { events: null, total: 40 },
      value: null,
      lower: null,
      upper: null,
      suppressed: true,
      reason: IndicatorNullReason.SUPPRESSED,
    });
  });

  it("does not show a ratio with a suppressed input, but still shows the other counts rounded", () => {
    const raw = computeIndicator(
      ratioSpec({ referenceEvents: 40, referenceTotal: 100, focusEvents: 5, focusTotal: 62, unknownEvents: 2, unknownTotal: 9 }),
    );
    expect(raw.value).toBeCloseTo(4.96, 2);
    const shown = applyDisclosureControl(raw, settings, SUB);
    expect(shown).toMatchObject({
      value: null,
      lower: null,
      upper: null,
      parity: null,
      suppressed: true,
      reason: IndicatorNullReason.SUPPRESSED,
      counts: { referenceEvents: 40, referenceTotal: 100, focusEvents: null, focusTotal: 60, unknownEvents: null, unknownTotal: 10 },
    });
  });

  it("shows a ratio when only the unknown counts are suppressed (unknowns are not inputs of the ratio)", () => {
    const raw = computeIndicator(
      ratioSpec({ referenceEvents: 40, referenceTotal: 100, focusEvents: 20, focusTotal: 100, unknownEvents: 2, unknownTotal: 9 }),
    );
    const shown = applyDisclosureControl(raw, settings, SUB);
    expect(shown.value).toBe(2);
    expect(shown.suppressed).toBe(false);
    expect(shown.parity).toBe(Parity.FAVOURS_REFERENCE);
  });

  it("releases national figures unsuppressed", () => {
    const raw = groupRate(3, 48);
    const shown = applyDisclosureControl(raw, settings, DisclosureLevel.NATIONAL);
    expect(shown).toEqual({ ...raw, disclosure: DisclosureStatus.NATIONAL });
  });

  it("is idempotent", () => {
    const once = applyDisclosureControl(groupRate(13, 48), settings, SUB);
    expect(applyDisclosureControl(once, settings, SUB)).toBe(once);
    expect(applyDisclosureControl(once, settings, DisclosureLevel.NATIONAL)).toBe(once);
  });

  it("takes its thresholds from settings", () => {
    const shown = applyDisclosureControl(groupRate(9, 48), { suppressBelowOrEqual: 10, roundTo: 10 }, SUB);
    expect(shown.counts).toEqual({ events: null, total: 50 });
    const defaults = applyDisclosureControl(groupRate(9, 48), {}, SUB);
    expect(defaults.counts).toEqual({ events: 10, total: 50 });
  });
});
