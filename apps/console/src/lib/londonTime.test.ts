import { describe, expect, it } from "vitest";
import { endOfLondonDay, formatLondonDay, formatLondonInstant, formatLondonShortDay, groupByMonth, londonToday, startOfLondonDay } from "./londonTime";

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

  it("shows instants as London wall-clock time, in summer (BST) and winter (GMT)", () => {
    expect(formatLondonInstant("2027-07-01T23:30:05Z")).toBe("2 Jul 2027, 00:30:05");
    expect(formatLondonInstant("2027-01-10T23:30:05Z")).toBe("10 Jan 2027, 23:30:05");
    expect(formatLondonShortDay("2027-07-01T23:30:05Z")).toBe("2 Jul 2027");
  });

  it("knows London's day boundaries across the clock change", () => {
    expect(startOfLondonDay("2027-07-02")).toBe("2027-07-01T23:00:00.000Z");
    expect(endOfLondonDay("2027-07-02")).toBe("2027-07-02T22:59:59.999Z");
    expect(startOfLondonDay("2027-01-10")).toBe("2027-01-10T00:00:00.000Z");
    expect(londonToday(new Date("2027-07-01T23:30:00Z"))).toBe("2027-07-02");
  });
});
