import { describe, expect, it } from "vitest";
import { calendarFileName } from "./downloadCalendar";

describe("calendarFileName", () => {
  it("makes a plain file name from the cohort's name", () => {
    expect(calendarFileName("2027, Band 7 / Cohort B")).toBe("2027-band-7-cohort-b.ics");
    expect(calendarFileName("!!!")).toBe("cohort.ics");
  });
});
