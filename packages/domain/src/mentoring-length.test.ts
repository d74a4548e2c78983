import { describe, expect, it } from "vitest";
import { addMonthsToLocalDate } from "./london-time";
import { mentoringLength, MentoringLengthState } from "./mentoring-length";

describe("addMonthsToLocalDate", () => {
  it("adds calendar months, ending on the month's last day when it is shorter", () => {
    expect(addMonthsToLocalDate("2027-01-15", 6)).toBe("2027-07-15");
    expect(addMonthsToLocalDate("2026-08-31", 6)).toBe("2027-02-28");
    expect(addMonthsToLocalDate("2027-08-31", 6)).toBe("2028-02-29");
    expect(addMonthsToLocalDate("2026-11-30", 3)).toBe("2027-02-28");
  });
});

describe("mentoringLength against the South East programme's 6-month minimum", () => {
  const base = { startsOn: "2027-01-15", plannedEndOn: null, endedOn: null, minimumMonths: 6, today: "2027-03-01" };

  it("is on track while running with nothing planned to cut it short", () => {
    expect(mentoringLength(base)).toEqual({ state: MentoringLengthState.ON_TRACK, minimumMetOn: "2027-07-15", summary: "Meets the 6-month minimum on Thursday 15 July 2027." });
  });

  it("warns while running when the planned end comes before the minimum, and not when it comes on the day", () => {
    const early = mentoringLength({ ...base, plannedEndOn: "2027-07-14" });
    expect(early.state).toBe(MentoringLengthState.AT_RISK);
    expect(early.summary).toBe("Planned to end on Wednesday 14 July 2027, before the 6-month minimum (Thursday 15 July 2027).");
    expect(mentoringLength({ ...base, plannedEndOn: "2027-07-15" }).state).toBe(MentoringLengthState.ON_TRACK);
  });

  it("is met from the day six months after the start, running or ended then", () => {
    expect(mentoringLength({ ...base, today: "2027-07-14" }).state).toBe(MentoringLengthState.ON_TRACK);
    expect(mentoringLength({ ...base, today: "2027-07-15" }).state).toBe(MentoringLengthState.MET);
    expect(mentoringLength({ ...base, endedOn: "2027-07-15", today: "2027-09-01" }).state).toBe(MentoringLengthState.MET);
  });

  it("fell short when it ended the day before the minimum", () => {
    const ended = mentoringLength({ ...base, endedOn: "2027-07-14", today: "2027-09-01" });
    expect(ended.state).toBe(MentoringLengthState.FELL_SHORT);
    expect(ended.summary).toBe("Ended on Wednesday 14 July 2027, before the 6-month minimum (Thursday 15 July 2027).");
  });

  it("has nothing to warn about when the programme sets no minimum", () => {
    expect(mentoringLength({ ...base, minimumMonths: null, plannedEndOn: "2027-02-01" })).toMatchObject({ state: MentoringLengthState.NO_MINIMUM, minimumMetOn: null });
  });
});
