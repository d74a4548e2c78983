import { describe, expect, it } from "vitest";
import { attendanceText } from "./attendanceText";

describe("attendanceText", () => {
  it("says the rate in words, leaving excused sessions out of the count", () => {
    expect(attendanceText({ attended: 3, absent: 1, excused: 1, rate: 0.75 })).toBe("Attended 3 of 4 (75%), 1 excused");
    expect(attendanceText({ attended: 2, absent: 1, excused: 0, rate: 2 / 3 })).toBe("Attended 2 of 3 (66.6%)");
    expect(attendanceText({ attended: 0, absent: 0, excused: 0, rate: null })).toBe("No register yet");
  });
});
