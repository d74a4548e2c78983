import {
  AfcBand,
  DisclosureLevel,
  DisclosureStatus,
  IndicatorKind,
  IndicatorNullReason,
  MedicalGrade,
  Parity,
  WorkforceCategory,
} from "@ascent/domain";
import { describe, expect, it } from "vitest";
import { MetricInputError } from "./errors";
import { formatIndicatorValue } from "./format";
import { exampleReturn } from "./test/fixtures";
import type { IndicatorResult } from "./types";
import {
  benchmarkWres,
  computeWres,
  countEthnicGroups,
  validateWresReturn,
  type WresReturnInput,
  workforceRowsFromStaff,
} from "./wres";

const byCode = (indicators: readonly IndicatorResult[]) => new Map(indicators.map((r) => [r.code, r]));
const get = (indicators: readonly IndicatorResult[], code: string): IndicatorResult => {
  const result = byCode(indicators).get(code);
  if (!result) throw new Error(`no result ${code}`);
  return result;
};

describe("computeWres on the example return", () => {
  const report = computeWres(exampleReturn());
  const at = (code: string) => get(report.indicators, code);

  it("reports the nine indicators, with WRES groups", () => {
    const metricCodes = [...new Set(report.indicators.map((r) => r.metricCode))];
    expect(metricCodes).toEqual(["WRES1", "WRES2", "WRES3", "WRES4", "WRES5", "WRES6", "WRES7", "WRES8", "WRES9"]);
    expect(report).toMatchObject({ year: 2024, familyId: "WRES", returns: 1 });
    expect(report.reference.code).toBe("WHITE");
    expect(report.focus.code).toBe("BME");
    expect(report.indicators.every((r) => r.disclosure === DisclosureStatus.RAW)).toBe(true);
  });

  it("indicator 2: white 46.99% vs BME 14.65% appointed gives RL 3.21, favouring white applicants", () => {
    // RL = 0.4699 / 0.1465 = 3.2075
    // se = sqrt(1/4699 - 1/10000 + 1/1465 - 1/10000) = sqrt(0.00069541) = 0.0263705
    // ln 3.2075 = 1.165494; z * se = 0.0516855 → exp(1.113809) = 3.0459, exp(1.217180) = 3.3776
    const r = at("WRES2");
    expect(r.kind).toBe(IndicatorKind.RELATIVE_LIKELIHOOD);
    expect(r.value).toBeCloseTo(3.21, 2);
    expect(r.lower).toBeCloseTo(3.0459, 4);
    expect(r.upper).toBeCloseTo(3.3776, 4);
    expect(r.parity).toBe(Parity.FAVOURS_REFERENCE);
    expect(formatIndicatorValue(r)).toBe("3.21");
    // Unknowns are reported but not in the ratio.
    expect(r.counts).toMatchObject({ unknownEvents: 90, unknownTotal: 400 });
  });

  it("indicator 3: BME 1.03% vs white 1.00% entering disciplinary gives RL 1.03, inconclusive against 0.80-1.25", () => {
    // se = sqrt(1/103 - 1/10000 + 1/100 - 1/10000) = sqrt(0.0195087) = 0.139674
    // z * se = 0.273758; ln 1.03 = 0.0295588 → [exp(-0.244199), exp(0.303317)] = [0.7833, 1.3543]
    const r = at("WRES3");
    expect(r.value).toBeCloseTo(1.03, 2);
    expect(r.lower).toBeCloseTo(0.7833, 4);
    expect(r.upper).toBeCloseTo(1.3543, 4);
    expect(r.parity).toBe(Parity.INCONCLUSIVE);
  });

  it("indicator 4: equal training rates give RL 1.00 within parity", () => {
    const r = at("WRES4");
    expect(r.value).toBe(1);
    expect(r.parity).toBe(Parity.WITHIN_PARITY);
  });

  it("indicators 5-8: each group's percentage with a Wilson interval and the gap with a Newcombe interval", () => {
    // WRES5: BME 150/500 = 30%, white 250/1000 = 25%: gap +5 points, [+0.25, +9.89] points.
    expect(at("WRES5.WHITE")).toMatchObject({ kind: IndicatorKind.PROPORTION, value: 0.25, parity: null });
    expect(at("WRES5.BME").value).toBe(0.3);
    const gap = at("WRES5");
    expect(gap.kind).toBe(IndicatorKind.DIFFERENCE);
    expect(gap.value).toBeCloseTo(0.05, 10);
    expect(gap.lower).toBeCloseTo(0.0025, 4);
    expect(gap.upper).toBeCloseTo(0.0989, 4);
    // Harassment is adverse and BME staff report more of it.
    expect(gap.parity).toBe(Parity.FAVOURS_REFERENCE);
    expect(formatIndicatorValue(gap)).toBe("5.00 pp");
    expect(formatIndicatorValue(at("WRES5.BME"))).toBe("30.0%");

    // WRES6 from published percentages: 26.4% of 500 → 132 yes; 20% of 1000 → 200.
    expect(at("WRES6.BME").counts).toEqual({ events: 132, total: 500 });
    expect(at("WRES6.WHITE").counts).toEqual({ events: 200, total: 1000 });

    // WRES7: equal opportunities is favourable; BME 60% vs white 70%: -10 points [-15.16, -4.89].
    const opportunities = at("WRES7");
    expect(opportunities.value).toBeCloseTo(-0.1, 10);
    expect(opportunities.lower).toBeCloseTo(-0.1516, 4);
    expect(opportunities.upper).toBeCloseTo(-0.0489, 4);
    expect(opportunities.parity).toBe(Parity.FAVOURS_REFERENCE);
  });

  it("indicator 9: board 15% BME vs workforce 15.64% gives -0.64 points", () => {
    const r = at("WRES9");
    expect(r.kind).toBe(IndicatorKind.DIFFERENCE);
    expect(r.value! * 100).toBeCloseTo(-0.64, 2);
    expect(formatIndicatorValue(r)).toBe("-0.64 pp");
    // Newcombe with Wilson(3/20) and Wilson(1564/10000): [-10.43, +20.41] points: a board of 20 says little.
    expect(r.lower).toBeCloseTo(-0.1043, 4);
    expect(r.upper).toBeCloseTo(0.2041, 4);
    expect(r.parity).toBe(Parity.INCONCLUSIVE);
    expect(r.counts).toEqual({
      reference: 16,
      focus: 3,
      unknown: 1,
      total: 20,
      comparatorFocus: 1564,
      comparatorTotal: 10000,
    });
  });

  it("indicator 1: the whole workforce, category subtotals and every band row", () => {
    const whole = at("WRES1");
    expect(whole).toMatchObject({ kind: IndicatorKind.REPRESENTATION, value: 0.1564, parity: null });
    expect(whole.counts).toEqual({ reference: 8000, focus: 1564, unknown: 436, total: 10000 });

    // Non-clinical 8a: 10 BME of 270 = 3.70%, Wilson [2.02%, 6.68%]; divided by the workforce share
    // 15.64%: [0.129, 0.427], wholly below 0.80, so under-representation of BME staff.
    const band8a = at("WRES1.NON_CLINICAL.BAND_8A");
    expect(band8a.value).toBeCloseTo(0.037, 4);
    expect(band8a.lower).toBeCloseTo(0.0202, 4);
    expect(band8a.upper).toBeCloseTo(0.0668, 4);
    expect(band8a.parity).toBe(Parity.FAVOURS_REFERENCE);
    expect(band8a.label).toBe("Non-clinical: Band 8a");

    expect(at("WRES1.CLINICAL.CONSULTANT").counts).toMatchObject({ reference: 1300, focus: 100, unknown: 26, total: 1426 });
    expect(at("WRES1.CLINICAL").counts).toMatchObject({ reference: 6250, focus: 1254, unknown: 326 });
    expect(at("WRES1.NON_CLINICAL").counts).toMatchObject({ reference: 1750, focus: 310, unknown: 110 });

    // Every grade row is present; an empty one has no value and says why.
    const codes = report.indicators.filter((r) => r.metricCode === "WRES1").map((r) => r.code);
    expect(codes).toHaveLength(1 + (1 + 16) + (1 + 13));
    expect(codes).not.toContain("WRES1.NON_CLINICAL.CONSULTANT");
    expect(at("WRES1.CLINICAL.VSM")).toMatchObject({ value: null, reason: IndicatorNullReason.EMPTY_GROUP });
  });
});

describe("zero cells and unknowns", () => {
  it("gives no ratio, with a reason, when a group has no events or no people", () => {
    const input = exampleReturn();
    const noBmeAppointed: WresReturnInput = {
      ...input,
      shortlisting: { shortlisted: input.shortlisting.shortlisted, appointed: { white: 10, bme: 0 } },
      disciplinary: { headcount: { white: 100, bme: 0 }, entering: { white: 3, bme: 0 } },
    };
    const report = computeWres(noBmeAppointed);
    expect(get(report.indicators, "WRES2")).toMatchObject({
      value: null,
      lower: null,
      upper: null,
      parity: null,
      reason: IndicatorNullReason.ZERO_EVENTS,
      suppressed: false,
    });
    expect(get(report.indicators, "WRES3").reason).toBe(IndicatorNullReason.EMPTY_GROUP);
  });

  it("keeps unknown ethnicity out of ratios whatever its size", () => {
    const input = exampleReturn();
    const manyUnknown: WresReturnInput = {
      ...input,
      shortlisting: {
        shortlisted: { ...input.shortlisting.shortlisted, unknown: 50_000 },
        appointed: { ...input.shortlisting.appointed, unknown: 49_000 },
      },
    };
    expect(get(computeWres(manyUnknown).indicators, "WRES2").value).toBe(get(computeWres(input).indicators, "WRES2").value);
  });

  it("maps raw ethnicity codes with ethnicGroupOf", () => {
    expect(countEthnicGroups(["A", "b", "C", "H", "N", "S", "Z", "", null, undefined, "Q"])).toEqual({
      white: 3,
      bme: 3,
      unknown: 5,
    });
    const rows = workforceRowsFromStaff([
      { category: WorkforceCategory.CLINICAL, grade: AfcBand.BAND_5, ethnicityCode: "A" },
      { category: WorkforceCategory.CLINICAL, grade: AfcBand.BAND_5, ethnicityCode: "N" },
      { category: WorkforceCategory.CLINICAL, grade: MedicalGrade.TRAINEE, ethnicityCode: "Z" },
    ]);
    expect(rows).toEqual([
      { category: WorkforceCategory.CLINICAL, grade: AfcBand.BAND_5, white: 1, bme: 1, unknown: 0 },
      { category: WorkforceCategory.CLINICAL, grade: MedicalGrade.TRAINEE, white: 0, bme: 0, unknown: 1 },
    ]);
  });
});

describe("validation", () => {
  it("accepts the example", () => {
    expect(validateWresReturn(exampleReturn())).toEqual([]);
  });

  it("reports every problem with a path, and computeWres throws them", () => {
    const input = exampleReturn();
    const bad = {
      ...input,
      year: 24,
      workforce: [
        ...input.workforce,
        { category: WorkforceCategory.NON_CLINICAL, grade: MedicalGrade.CONSULTANT, white: 1, bme: 0 },
        { category: WorkforceCategory.CLINICAL, grade: AfcBand.BAND_5, white: -1, bme: 2.5 },
      ],
      shortlisting: { shortlisted: { white: 10, bme: 10 }, appointed: { white: 11, bme: 1 } },
      survey: {
        ...input.survey,
        harassmentFromStaff: { white: { respondents: 10, percentage: 120 }, bme: { respondents: 10, yes: 11 } },
      },
    } as WresReturnInput;
    const paths = validateWresReturn(bad).map((issue) => issue.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        "year",
        "workforce[5].grade",
        "workforce[6]",
        "workforce[6].white",
        "workforce[6].bme",
        "shortlisting.appointed.white",
        "survey.harassmentFromStaff.white.percentage",
        "survey.harassmentFromStaff.bme.yes",
      ]),
    );
    expect(() => computeWres(bad)).toThrow(MetricInputError);
    try {
      computeWres(bad);
    } catch (error) {
      expect((error as MetricInputError).issues.length).toBe(paths.length);
    }
  });
});

describe("benchmarkWres", () => {
  it("adds raw counts then computes, which is not the average of the ratios", () => {
    const a = exampleReturn();
    const b: WresReturnInput = {
      ...exampleReturn(),
      shortlisting: { shortlisted: { white: 100, bme: 100 }, appointed: { white: 50, bme: 50 } },
    };
    const benchmark = benchmarkWres([a, b]);
    // (4749 / 10100) / (1515 / 10100) = 3.1347; the mean of 3.2075 and 1.0 would be 2.10.
    expect(get(benchmark.indicators, "WRES2").value).toBeCloseTo(4749 / 1515, 10);
    expect(benchmark.returns).toBe(2);
    expect(get(benchmark.indicators, "WRES9").counts).toMatchObject({ focus: 6, total: 40, comparatorTotal: 20000 });
  });

  it("refuses an empty list and mixed years", () => {
    expect(() => benchmarkWres([])).toThrow(MetricInputError);
    expect(() => benchmarkWres([exampleReturn(), { ...exampleReturn(), year: 2023 }])).toThrow(/different years/);
  });

  it("applies disclosure control when asked", () => {
    const regional = benchmarkWres([exampleReturn()], { disclosure: { level: DisclosureLevel.SUBNATIONAL } });
    const board = get(regional.indicators, "WRES9");
    // 3 BME board members are suppressed, so the gap is not shown.
    expect(board).toMatchObject({ value: null, suppressed: true, disclosure: DisclosureStatus.CONTROLLED });
    expect(board.counts).toMatchObject({ focus: null, total: 20, reference: 15, unknown: null });
    const national = benchmarkWres([exampleReturn()], { disclosure: { level: DisclosureLevel.NATIONAL } });
    expect(get(national.indicators, "WRES9").value).toBeCloseTo(-0.0064, 10);
  });
});

describe("settings", () => {
  it("uses the parity band passed in", () => {
    const strict = computeWres(exampleReturn(), { settings: { ratioParityBand: { lower: 1, upper: 1 } } });
    // 1.03 with interval [0.78, 1.35] still includes 1.
    expect(get(strict.indicators, "WRES3").parity).toBe(Parity.INCONCLUSIVE);
    const wide = computeWres(exampleReturn(), { settings: { ratioParityBand: { lower: 0.5, upper: 2 } } });
    expect(get(wide.indicators, "WRES3").parity).toBe(Parity.WITHIN_PARITY);
    expect(get(wide.indicators, "WRES3").method.parityBand).toEqual({ lower: 0.5, upper: 2 });
  });

  it("rejects unusable settings", () => {
    expect(() => computeWres(exampleReturn(), { settings: { confidenceLevel: 95 } })).toThrow(RangeError);
    expect(() => computeWres(exampleReturn(), { settings: { ratioParityBand: { lower: 1.1, upper: 1.25 } } })).toThrow(
      RangeError,
    );
  });
});
