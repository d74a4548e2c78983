import { describe, expect, it } from "vitest";
import { EthnicGroup, EthnicityCode, ethnicGroupOf } from "./ethnicity";

describe("ethnicGroupOf", () => {
  it("maps the three white codes to WHITE", () => {
    expect([EthnicityCode.A, EthnicityCode.B, EthnicityCode.C].map(ethnicGroupOf)).toEqual([
      EthnicGroup.WHITE,
      EthnicGroup.WHITE,
      EthnicGroup.WHITE,
    ]);
  });

  it("maps every other stated code to BME", () => {
    const others = Object.values(EthnicityCode).filter((c) => !["A", "B", "C", "Z"].includes(c));
    expect(others).toHaveLength(13);
    for (const code of others) expect(ethnicGroupOf(code)).toBe(EthnicGroup.BME);
  });

  it("treats not stated, blank, null and unknown codes as UNKNOWN", () => {
    for (const code of ["Z", "", "  ", null, undefined, "Q", "white"]) {
      expect(ethnicGroupOf(code)).toBe(EthnicGroup.UNKNOWN);
    }
  });

  it("ignores case and surrounding space", () => {
    expect(ethnicGroupOf(" n ")).toBe(EthnicGroup.BME);
  });
});
