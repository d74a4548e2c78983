import { Parity } from "@ascent/domain";
import { describe, expect, it } from "vitest";
import { formatValue, toFixedHalfUp } from "./format";
import { parityFromPosition, positionAgainstBand } from "./parity";

const band = { lower: 0.8, upper: 1.25 };

describe("positionAgainstBand", () => {
  it.each([
    [1.3, 2, "ABOVE"],
    [1.25, 2, "OVERLAPS"], // touching the edge is not outside
    [0.1, 0.79, "BELOW"],
    [0.1, 0.8, "OVERLAPS"],
    [0.8, 1.25, "WITHIN"],
    [0.9, 1.1, "WITHIN"],
    [0.7, 1.1, "OVERLAPS"],
    [0.5, 3, "OVERLAPS"],
  ] as const)("[%d, %d] → %s", (lower, upper, expected) => {
    expect(positionAgainstBand(lower, upper, band)).toBe(expected);
  });

  it("with a zero-width band at 1 is the plain 'interval excludes 1' test", () => {
    const one = { lower: 1, upper: 1 };
    expect(positionAgainstBand(1.01, 1.5, one)).toBe("ABOVE");
    expect(positionAgainstBand(0.99, 1.5, one)).toBe("OVERLAPS");
  });
});

describe("parityFromPosition", () => {
  it("names the favoured group from the side the interval is on", () => {
    expect(parityFromPosition("ABOVE", "reference")).toBe(Parity.FAVOURS_REFERENCE);
    expect(parityFromPosition("BELOW", "reference")).toBe(Parity.FAVOURS_FOCUS);
    expect(parityFromPosition("ABOVE", "focus")).toBe(Parity.FAVOURS_FOCUS);
    expect(parityFromPosition("WITHIN", "focus")).toBe(Parity.WITHIN_PARITY);
    expect(parityFromPosition("OVERLAPS", "focus")).toBe(Parity.INCONCLUSIVE);
  });
});

describe("formatValue", () => {
  it("formats each kind in its unit", () => {
    expect(formatValue("RELATIVE_LIKELIHOOD" as never, 1.5412)).toBe("1.54");
    expect(formatValue("PROPORTION" as never, 0.1465)).toBe("14.7%");
    expect(formatValue("REPRESENTATION" as never, 0.1465, { decimals: 2 })).toBe("14.65%");
    expect(formatValue("DIFFERENCE" as never, -0.0064)).toBe("-0.64 pp");
    expect(formatValue("DIFFERENCE" as never, -0.00001)).toBe("0.00 pp");
    expect(formatValue("DIFFERENCE" as never, null)).toBeNull();
  });
});

describe("toFixedHalfUp", () => {
  it("rounds the decimal value people see, halves away from zero", () => {
    expect(toFixedHalfUp(0.1465 * 100, 1)).toBe("14.7");
    expect(toFixedHalfUp(1.005, 2)).toBe("1.01");
    expect(toFixedHalfUp(-1.005, 2)).toBe("-1.01");
    expect(toFixedHalfUp(-0.004, 2)).toBe("0.00");
    expect(toFixedHalfUp(3.2075085, 2)).toBe("3.21");
    expect(toFixedHalfUp(1e-7, 2)).toBe("0.00");
    expect(toFixedHalfUp(123456.789, 1)).toBe("123456.8");
  });
});
