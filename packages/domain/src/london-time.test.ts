import { describe, expect, it } from "vitest";
import { addDaysToLocalDate, dayOfWeek, formatLondonDateTime, fromLondon, isValidLocalDate, isValidLocalTime, londonOffsetMinutes, toLondon } from "./london-time";

describe("London time", () => {
  it("reads winter times as GMT and summer times as BST", () => {
    expect(fromLondon({ date: "2020-02-12", time: "23:59" })?.toISOString()).toBe("2020-02-12T23:59:00.000Z");
    expect(fromLondon({ date: "2021-09-13", time: "10:00" })?.toISOString()).toBe("2021-09-13T09:00:00.000Z");
    expect(fromLondon({ date: "2024-02-27", time: "09:00" })?.toISOString()).toBe("2024-02-27T09:00:00.000Z");
  });

  it("is right on both sides of the spring change (last Sunday of March, 01:00 GMT)", () => {
    expect(fromLondon({ date: "2027-03-28", time: "00:59" })?.toISOString()).toBe("2027-03-28T00:59:00.000Z");
    expect(fromLondon({ date: "2027-03-28", time: "02:00" })?.toISOString()).toBe("2027-03-28T01:00:00.000Z");
    // 01:00-01:59 does not exist that night
    expect(fromLondon({ date: "2027-03-28", time: "01:30" })).toBeNull();
  });

  it("is right on both sides of the autumn change, taking the first of a repeated hour", () => {
    expect(fromLondon({ date: "2026-10-25", time: "00:30" })?.toISOString()).toBe("2026-10-24T23:30:00.000Z");
    expect(fromLondon({ date: "2026-10-25", time: "01:30" })?.toISOString()).toBe("2026-10-25T00:30:00.000Z");
    expect(fromLondon({ date: "2026-10-25", time: "02:00" })?.toISOString()).toBe("2026-10-25T02:00:00.000Z");
  });

  it("round-trips instants to London wall time", () => {
    expect(toLondon(new Date("2021-09-13T09:00:00Z"))).toEqual({ date: "2021-09-13", time: "10:00" });
    expect(toLondon(new Date("2027-01-13T23:59:00Z"))).toEqual({ date: "2027-01-13", time: "23:59" });
    expect(toLondon(new Date("2026-06-30T23:30:00Z"))).toEqual({ date: "2026-07-01", time: "00:30" });
    expect(londonOffsetMinutes(new Date("2026-07-01T12:00:00Z"))).toBe(60);
    expect(londonOffsetMinutes(new Date("2026-12-01T12:00:00Z"))).toBe(0);
  });

  it("rejects malformed and impossible dates and times", () => {
    expect(isValidLocalDate("2024-02-29")).toBe(true);
    expect(isValidLocalDate("2023-02-29")).toBe(false);
    expect(isValidLocalDate("13/09/2021")).toBe(false);
    expect(isValidLocalTime("09:00")).toBe(true);
    expect(isValidLocalTime("24:00")).toBe(false);
    expect(isValidLocalTime("9:00")).toBe(false);
    expect(fromLondon({ date: "2021-02-30", time: "10:00" })).toBeNull();
  });

  it("formats for people and does date arithmetic on calendar dates", () => {
    expect(formatLondonDateTime(new Date("2021-09-13T09:00:00Z"))).toBe("10:00 on Monday 13 September 2021");
    expect(addDaysToLocalDate("2024-02-28", 2)).toBe("2024-03-01");
    expect(dayOfWeek("2020-02-12")).toBe(3);
  });
});
