import { describe, expect, it } from "vitest";
import { dashboardReportVariables, dashboardTrendVariables } from "./dashboardVariables";
import { FIRST_WRES_YEAR } from "./wresText";

describe("a bookmarked dashboard's first queries", () => {
  it("reads the organisation and year from the address, the trends from FIRST_WRES_YEAR", () => {
    const params = new URLSearchParams("organisation=T3JnOjE&year=2024");
    expect(dashboardReportVariables(params)).toEqual({ organisationId: "T3JnOjE", year: 2024 });
    expect(dashboardTrendVariables(params)).toEqual({ organisationId: "T3JnOjE", fromYear: FIRST_WRES_YEAR, toYear: 2024 });
  });

  it("asks nothing without an organisation or with a year out of range, as useWresSelection would not use it", () => {
    const thisYear = new Date().getFullYear();
    for (const search of ["year=2024", "organisation=T3JnOjE", "organisation=T3JnOjE&year=2024.5", `organisation=T3JnOjE&year=${FIRST_WRES_YEAR - 1}`, `organisation=T3JnOjE&year=${thisYear + 1}`]) {
      expect(dashboardReportVariables(new URLSearchParams(search))).toBeNull();
      expect(dashboardTrendVariables(new URLSearchParams(search))).toBeNull();
    }
    expect(dashboardReportVariables(new URLSearchParams(`organisation=T3JnOjE&year=${FIRST_WRES_YEAR}`))).not.toBeNull();
  });

  it("uses nothing outside itself, so that its source can be copied into index.html", () => {
    for (const variables of [dashboardReportVariables, dashboardTrendVariables]) {
      const copied = new Function(`return (${variables.toString()})`)() as typeof variables;
      expect(copied(new URLSearchParams("organisation=T3JnOjE&year=2020"))).toEqual(variables(new URLSearchParams("organisation=T3JnOjE&year=2020")));
    }
  });
});
