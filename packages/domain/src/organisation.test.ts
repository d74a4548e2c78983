import { describe, expect, it } from "vitest";
import { isValidOdsCode, normaliseOdsCode } from "./organisation";

describe("ODS codes", () => {
  it("accepts trust, CCG, ICB and site codes once normalised", () => {
    for (const raw of ["RJ1", " rrv ", "07H", "QKK", "RJ122", "X26"]) {
      expect(isValidOdsCode(normaliseOdsCode(raw))).toBe(true);
    }
  });

  it("rejects codes that are too short, too long or not alphanumeric", () => {
    for (const raw of ["R1", "RJ12345", "RJ-1", "", "R J1"]) {
      expect(isValidOdsCode(normaliseOdsCode(raw))).toBe(false);
    }
  });
});
