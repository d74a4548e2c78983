import { describe, expect, it } from "vitest";
import { formatLondonDay, groupByMonth } from "./londonDates";

describe("London dates", () => {
  it("names a calendar day whatever the browser's zone", () => {
    expect(formatLondonDay("2027-03-28")).toBe("Sunday 28 March 2027");
  });

  it("groups sessions by month in order", () => {
    const groups = groupByMonth([{ date: "2027-03-01" }, { date: "2027-03-20" }, { date: "2027-04-02" }]);
    expect(groups.map((group) => [group.label, group.items.length])).toEqual([
      ["March 2027", 2],
      ["April 2027", 1],
    ]);
  });
});
