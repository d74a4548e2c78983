/**
 * Worked example for README.md, "How to add a metric family": a small
 * Workforce Disability Equality Standard (WDES) family, built only from the
 * registry's public API. No engine code changes: the statistics, parity flag,
 * disclosure control and benchmarks come with the measure types.
 */
import { DisclosureLevel, IndicatorKind, IndicatorNullReason, Parity } from "@ascent/domain";
import { describe, expect, expectTypeOf, it } from "vitest";
import {
  applyDisclosureControl,
  computeBenchmark,
  defineMetricFamily,
  evaluateFamily,
  type InputIssue,
  metricRegistry,
} from "./index";

// 1. The input: raw counts by disability status, as the family's users know them.
interface DisabilityCounts {
  readonly nonDisabled: number;
  readonly disabled: number;
  /** Not declared: reported, kept out of the ratios. */
  readonly notDeclared?: number;
}

interface WdesReturnInput {
  readonly year: number;
  readonly shortlisting: { readonly shortlisted: DisabilityCounts; readonly appointed: DisabilityCounts };
  readonly capability: { readonly entering: DisabilityCounts; readonly headcount: DisabilityCounts };
}

const cells = (events: DisabilityCounts, totals: DisabilityCounts) => ({
  reference: { events: events.nonDisabled, total: totals.nonDisabled },
  focus: { events: events.disabled, total: totals.disabled },
  unknown: { events: events.notDeclared ?? 0, total: totals.notDeclared ?? 0 },
});

// 2. The family: groups and metric definitions (measure + how to read counts).
const wdesFamily = defineMetricFamily<WdesReturnInput, "WDES">({
  id: "WDES",
  label: "Workforce Disability Equality Standard",
  reference: { code: "NON_DISABLED", label: "Non-disabled" },
  focus: { code: "DISABLED", label: "Disabled" },
  validate: (input) => {
    const issues: InputIssue[] = [];
    if (!Number.isSafeInteger(input.year)) issues.push({ path: "year", message: "must be a year" });
    return issues;
  },
  metrics: [
    {
      code: "WDES2",
      label: "Relative likelihood of non-disabled staff being appointed from shortlisting compared with disabled staff",
      measure: "relativeLikelihood",
      numerator: "reference",
      outcome: "favourable",
      cells: (input) => cells(input.shortlisting.appointed, input.shortlisting.shortlisted),
    },
    {
      code: "WDES3",
      label: "Relative likelihood of disabled staff entering the formal capability process compared with non-disabled staff",
      measure: "relativeLikelihood",
      numerator: "focus",
      outcome: "adverse",
      cells: (input) => cells(input.capability.entering, input.capability.headcount),
    },
  ],
});

// 3. Register it (in production: one line in src/families.ts).
const registry = metricRegistry.register(wdesFamily);

const trustA: WdesReturnInput = {
  year: 2024,
  shortlisting: {
    shortlisted: { nonDisabled: 2000, disabled: 300, notDeclared: 120 },
    appointed: { nonDisabled: 400, disabled: 45, notDeclared: 20 },
  },
  capability: {
    headcount: { nonDisabled: 5000, disabled: 400, notDeclared: 600 },
    entering: { nonDisabled: 20, disabled: 6, notDeclared: 1 },
  },
};

const trustB: WdesReturnInput = {
  year: 2024,
  shortlisting: { shortlisted: { nonDisabled: 1000, disabled: 100 }, appointed: { nonDisabled: 150, disabled: 10 } },
  capability: { headcount: { nonDisabled: 3000, disabled: 200 }, entering: { nonDisabled: 9, disabled: 2 } },
};

describe("a WDES family added through the registry only", () => {
  it("is found by id, with its input type, and by result code", () => {
    const family = registry.family("WDES");
    expectTypeOf(family).toEqualTypeOf<typeof wdesFamily>();
    expect(registry.families().map((f) => f.id)).toEqual(["WRES", "WDES"]);
    expect(registry.metric("WDES3")?.family.id).toBe("WDES");
    expect(registry.metric("WRES1.CLINICAL.BAND_5")?.metric.code).toBe("WRES1");
    // The shared registry is untouched.
    expect(metricRegistry.has("WDES")).toBe(false);
  });

  it("computes metric 2 and metric 3 with intervals and parity", () => {
    const report = evaluateFamily(registry.family("WDES"), trustA);
    expect(report.indicators.map((r) => r.code)).toEqual(["WDES2", "WDES3"]);

    // WDES2: (400/2000) / (45/300) = 0.20 / 0.15 = 1.3333
    // se = sqrt(1/400 - 1/2000 + 1/45 - 1/300) = sqrt(0.002 + 0.0188889) = sqrt(0.0208889) = 0.144530
    // z * se = 0.283274; ln 1.3333 = 0.287682 → [exp(0.004408), exp(0.570956)] = [1.0044, 1.7700]
    const [appointment, capability] = report.indicators;
    expect(appointment.kind).toBe(IndicatorKind.RELATIVE_LIKELIHOOD);
    expect(appointment.value).toBeCloseTo(1.3333, 4);
    expect(appointment.lower).toBeCloseTo(1.0044, 4);
    expect(appointment.upper).toBeCloseTo(1.77, 4);
    // Above 1 but the interval crosses 1.25.
    expect(appointment.parity).toBe(Parity.INCONCLUSIVE);
    expect(appointment.counts).toMatchObject({ unknownEvents: 20, unknownTotal: 120 });

    // WDES3: (6/400) / (20/5000) = 0.015 / 0.004 = 3.75; adverse for disabled staff.
    // se = sqrt(1/6 - 1/400 + 1/20 - 1/5000) = sqrt(0.1641667 + 0.0498) = sqrt(0.2139667) = 0.462565
    // z * se = 0.906611; ln 3.75 = 1.321756 → [exp(0.415145), exp(2.228367)] = [1.5146, 9.2847]
    expect(capability.value).toBeCloseTo(3.75, 4);
    expect(capability.lower).toBeCloseTo(1.5146, 4);
    expect(capability.upper).toBeCloseTo(9.2847, 4);
    expect(capability.parity).toBe(Parity.FAVOURS_REFERENCE);
  });

  it("gets disclosure control for free: 6 disabled staff entering capability is suppressed", () => {
    const [, capability] = evaluateFamily(wdesFamily, trustA).indicators;
    const shown = applyDisclosureControl(capability, {}, DisclosureLevel.SUBNATIONAL);
    expect(shown).toMatchObject({ value: null, suppressed: true, reason: IndicatorNullReason.SUPPRESSED });
    expect(shown.counts).toEqual({
      referenceEvents: 20,
      referenceTotal: 5000,
      focusEvents: null,
      focusTotal: 400,
      unknownEvents: null,
      unknownTotal: 600,
    });
  });

  it("gets benchmarks for free: counts added, then computed", () => {
    const benchmark = computeBenchmark(wdesFamily, [trustA, trustB]);
    const [appointment, capability] = benchmark.indicators;
    // (550 / 3000) / (55 / 400) = 1.3333; (8 / 600) / (29 / 8000) = 3.6782
    expect(appointment.value).toBeCloseTo(550 / 3000 / (55 / 400), 10);
    expect(capability.value).toBeCloseTo(8 / 600 / (29 / 8000), 10);
    expect(benchmark.returns).toBe(2);
  });

  it("refuses a clash with a registered family or metric code", () => {
    expect(() => registry.register(wdesFamily)).toThrow(/already registered/);
    expect(() =>
      registry.register(defineMetricFamily({ ...wdesFamily, id: "WDES_COPY" })),
    ).toThrow(/WDES2 is already used/);
    expect(() => defineMetricFamily({ ...wdesFamily, id: "wdes" })).toThrow(/upper case/);
    expect(() => defineMetricFamily({ ...wdesFamily, metrics: [...wdesFamily.metrics, wdesFamily.metrics[0]] })).toThrow(
      /used twice/,
    );
  });
});
