import { describe, expect, it } from "vitest";
import { mentorCapacityProblem } from "./mentoring";

describe("mentorCapacityProblem", () => {
  it("accepts whole numbers from 1 to 10 and refuses the rest without changing them", () => {
    expect(mentorCapacityProblem(1)).toBeNull();
    expect(mentorCapacityProblem(10)).toBeNull();
    for (const refused of [0, -1, 11, 2.5, Number.NaN]) expect(mentorCapacityProblem(refused)).toMatch(/1 to 10/);
  });
});
