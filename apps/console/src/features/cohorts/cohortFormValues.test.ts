import { AllocationPolicy } from "@ascent/domain";
import { describe, expect, it } from "vitest";
import { emptyCohortFormValues, toCreateCohortInput, toUpdateCohortInput } from "./cohortFormValues";

describe("cohort form values", () => {
  const values = {
    ...emptyCohortFormValues("programme-1"),
    name: " Spring 2027 ",
    capacity: "24",
    opensDate: "2026-10-01",
    closesDate: "2027-01-15",
    closesTime: "12:00",
    startsOn: "2027-02-01",
    endsOn: "2027-06-30",
  };

  it("sends London wall-clock times as the api expects", () => {
    expect(toCreateCohortInput(values)).toEqual({
      programmeId: "programme-1",
      trackId: null,
      name: "Spring 2027",
      capacity: 24,
      allocationPolicy: AllocationPolicy.PANEL_SELECTION,
      applicationsOpenAt: { date: "2026-10-01", time: "09:00" },
      applicationsCloseAt: { date: "2027-01-15", time: "12:00" },
      startsOn: "2027-02-01",
      endsOn: "2027-06-30",
    });
  });

  it("sends only what changed, and null to clear the window", () => {
    const changed = { ...values, capacity: 30, opensDate: "", closesDate: "" };
    expect(toUpdateCohortInput("c1", changed, values)).toEqual({ id: "c1", capacity: 30, applicationsOpenAt: null, applicationsCloseAt: null });
  });
});
