import { describe, expect, it } from "vitest";
import { AfcBand } from "./bands";
import {
  MedicalGrade,
  WorkforceCategory,
  WRES_GRADES_IN_ORDER,
  WresGrade,
  WresIndicatorCode,
  isMedicalGrade,
  wresGradeLabels,
  wresGradesFor,
  wresIndicatorLabels,
} from "./wres";

describe("WRES grades", () => {
  it("are the AfC bands in pay order, then the medical grades", () => {
    expect(WRES_GRADES_IN_ORDER).toEqual([...Object.values(AfcBand), ...Object.values(MedicalGrade)]);
    expect(WresGrade.BAND_8A).toBe(AfcBand.BAND_8A);
    expect(WresGrade.CONSULTANT).toBe(MedicalGrade.CONSULTANT);
    expect(Object.keys(wresGradeLabels)).toHaveLength(16);
  });

  it("reports medical grades under clinical staff only", () => {
    expect(wresGradesFor(WorkforceCategory.CLINICAL)).toHaveLength(16);
    expect(wresGradesFor(WorkforceCategory.NON_CLINICAL)).toEqual(Object.values(AfcBand));
    expect(isMedicalGrade(MedicalGrade.TRAINEE)).toBe(true);
    expect(isMedicalGrade(AfcBand.VSM)).toBe(false);
  });

  it("labels all nine indicators", () => {
    expect(Object.keys(wresIndicatorLabels)).toEqual(Object.values(WresIndicatorCode));
    expect(Object.values(WresIndicatorCode)).toHaveLength(9);
  });
});
