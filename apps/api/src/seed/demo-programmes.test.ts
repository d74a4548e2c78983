import { AllocationPolicy, CohortStatus } from "@ascent/domain";
import { describe, expect, it } from "vitest";
import { currentCohortShiftDays, DemoCohort, keptCurrent } from "./demo-programmes";

const cohort: DemoCohort = {
  name: "2027, band 7",
  capacity: 24,
  allocationPolicy: AllocationPolicy.FIRST_COME_FIRST_SERVED,
  opens: ["2026-11-02", "09:00"],
  closes: ["2027-01-13", "23:59"],
  startsOn: "2027-02-01",
  endsOn: "2027-04-30",
  status: CohortStatus.OPEN,
  sessions: [{ module: "w1", title: "Workshop 1", date: "2027-02-09", start: "09:30", end: "16:30" }],
};

describe("keeping the demo's current cohorts current", () => {
  it("moves nothing until a whole week has passed since the data was written", () => {
    expect(currentCohortShiftDays(new Date("2026-11-22T12:00:00Z"))).toBe(0);
    expect(currentCohortShiftDays(new Date("2026-11-28T12:00:00Z"))).toBe(0);
    expect(currentCohortShiftDays(new Date("2020-01-01T00:00:00Z"))).toBe(0);
    expect(currentCohortShiftDays(new Date("2026-11-29T12:00:00Z"))).toBe(7);
  });

  it("moves an open cohort by whole weeks, keeping weekdays and renaming its year", () => {
    const days = currentCohortShiftDays(new Date("2027-11-22T12:00:00Z"));
    expect(days % 7).toBe(0);
    const moved = keptCurrent(cohort, days);
    expect(moved.closes).toEqual(["2028-01-12", "23:59"]); // still a Wednesday
    expect(moved.startsOn).toBe("2028-01-31");
    expect(moved.name).toBe("2028, band 7");
    expect(moved.sessions?.[0].date).toBe("2028-02-08");
  });

  it("leaves past cohorts as the seeds date them", () => {
    const past = { ...cohort, status: CohortStatus.COMPLETED };
    expect(keptCurrent(past, 364)).toBe(past);
  });
});
