import { describe, expect, it } from "vitest";
import { ceilingOf } from "./BandRepresentation";
import { rankingSummary } from "./rankingSummary";
import { formatNumber, intervalText, organisationsText, parityBandInValueUnits, parityText, trustsText, valueText } from "./wresText";
import { AfcBand } from "@ascent/domain";

const figure = (value: number | null) => ({ value, suppressed: false }) as never;

describe("WRES wording", () => {
  it("says which group an interval beyond parity favours, per indicator", () => {
    expect(parityText("WRES2", "FAVOURS_REFERENCE")).toBe("White applicants more likely to be appointed from shortlisting (interval excludes parity)");
    expect(parityText("WRES3", "FAVOURS_REFERENCE")).toBe("BME staff more likely to enter the formal disciplinary process (interval excludes parity)");
    expect(parityText("WRES1.CLINICAL.BAND_8A", "FAVOURS_REFERENCE")).toMatch(/^BME staff under-represented/);
    expect(parityText("WRES2", "INCONCLUSIVE")).toMatch(/^Inconclusive/);
    expect(parityText("WRES2", null)).toBeNull();
    expect(parityText("WRES2", "FAVOURS_REFERENCE", true)).toBe("Withheld (small numbers)");
  });

  it("shows withheld figures as withheld, and values and intervals in the indicator's unit", () => {
    expect(valueText({ kind: "RELATIVE_LIKELIHOOD", value: null, lower: null, upper: null, formatted: null, suppressed: true, reason: "SUPPRESSED" })).toBe("Withheld (small numbers)");
    expect(formatNumber("DIFFERENCE", -0.0064)).toBe("-0.64 pp");
    expect(formatNumber("REPRESENTATION", 0.1465)).toBe("14.7%");
    expect(intervalText({ kind: "RELATIVE_LIKELIHOOD", lower: 1.056, upper: 1.275 })).toBe("95% interval 1.06 to 1.28");
  });

  it("scales an indicator 1 row's parity band by the workforce share", () => {
    const band = parityBandInValueUnits({
      kind: "REPRESENTATION",
      metricCode: "WRES1",
      parityBandLower: 0.8,
      parityBandUpper: 1.25,
      counts: [
        { name: "comparatorFocus", value: 200 },
        { name: "comparatorTotal", value: 1000 },
      ],
    });
    expect(band?.lower).toBeCloseTo(0.16);
    expect(band?.upper).toBeCloseTo(0.25);
  });

  it("finds the ceiling: the band from which every higher band is below the workforce share", () => {
    const rows = [
      { grade: AfcBand.BAND_5, figure: figure(0.36) },
      { grade: AfcBand.BAND_6, figure: figure(0.3) },
      { grade: AfcBand.BAND_7, figure: figure(0.2) },
      { grade: AfcBand.BAND_8A, figure: figure(0.15) },
    ];
    expect(ceilingOf(rows, 0.285)).toBe(AfcBand.BAND_7);
    expect(ceilingOf(rows, 0.1)).toBeNull();
    expect(ceilingOf(rows, 0.5)).toBeNull();
  });
});

describe("the national ranking's summary", () => {
  const base = { year: 2025, regionName: null, kind: "RELATIVE_LIKELIHOOD" as const, beyondReference: 0, beyondFocus: 0, beyondReferenceText: "White applicants more likely to be appointed from shortlisting" };

  it("with one trust: no '1 trusts', no highest and lowest, and a withheld England said to be withheld, never quoted", () => {
    const text = rankingSummary({ ...base, ranked: [{ name: "Barts Health NHS Trust", value: "1.42" }], england: null, englandWithheld: { organisationCount: 1, minimumOrganisations: 3 } });
    expect(text).toBe(
      "Only one trust has a figure for 2025: Barts Health NHS Trust (1.42). England: withheld (1 return so far; shown once 3 besides your own are in). " +
        "0 with the interval wholly beyond the parity band: White applicants more likely to be appointed from shortlisting.",
    );
    expect(text).not.toMatch(/1 trusts|Highest|England: 1\.42/);
  });

  it("with several: highest, lowest and England's figure when it is shown", () => {
    const ranked = [{ name: "A", value: "1.90" }, { name: "B", value: "1.40" }, { name: "C", value: "0.95" }];
    const text = rankingSummary({ ...base, regionName: "London", ranked, england: 1.5, englandWithheld: null, beyondReference: 2, beyondFocus: 1 });
    expect(text).toBe(
      "3 trusts with a figure for 2025 in London. Highest: A (1.90); lowest: C (0.95). England: 1.50. " +
        "2 with the interval wholly beyond the parity band: White applicants more likely to be appointed from shortlisting. 1 beyond it the other way.",
    );
  });

  it("counts organisations and trusts in words that agree", () => {
    expect([organisationsText(1), organisationsText(58), trustsText(1), trustsText(2)]).toEqual(["1 organisation", "58 organisations", "1 trust", "2 trusts"]);
  });
});
