import { describe, expect, it } from "vitest";
import { BmeGroup, bmeGroupOf, EthnicGroup, EthnicityCode, ethnicGroupOf } from "./ethnicity";

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

describe("bmeGroupOf", () => {
  it("maps the data dictionary's codes D-S onto the four broad groups", () => {
    const byGroup = (group: BmeGroup) => Object.values(EthnicityCode).filter((code) => bmeGroupOf(code) === group);
    expect(byGroup(BmeGroup.MIXED)).toEqual(["D", "E", "F", "G"]);
    expect(byGroup(BmeGroup.ASIAN)).toEqual(["H", "J", "K", "L"]);
    expect(byGroup(BmeGroup.BLACK)).toEqual(["M", "N", "P"]);
    expect(byGroup(BmeGroup.OTHER)).toEqual(["R", "S"]);
  });

  it("gives exactly the BME codes a group, and white and unknown codes none", () => {
    for (const code of [...Object.values(EthnicityCode), "", null, "Q", " h "]) {
      expect(bmeGroupOf(code) !== null).toBe(ethnicGroupOf(code) === EthnicGroup.BME);
    }
  });
});
