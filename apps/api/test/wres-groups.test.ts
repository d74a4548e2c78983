import {
  submitWresReturnMutation,
  wresBenchmarkGroupsQuery,
  wresGroupsQuery,
  wresReportQuery,
  wresReturnCsvsQuery,
  wresReturnsQuery,
  type WresGroupBreakdownFieldsFragment,
  type WresIndicatorFieldsFragment,
} from "@ascent/client";
import { NhsRegion, Role } from "@ascent/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoData } from "../src/seed/seed-demo-data";
import type { GraphQLClient } from "./support/graphql-client";
import { createTestServer, TestServer } from "./support/test-server";
import { organisationIdOf, partnerFor, smallReturn, type ReturnCounts } from "./support/wres";

/**
 * WRES figures by ethnic group (docs/wres-by-group.md): the split is
 * submitted and read through the same operations, refused when it does not
 * add up, and every group figure follows the disclosure rules: small counts,
 * aggregates over few organisations, and differences between two figures a
 * reader can see. 2025 has no demo returns, so returns arrive one by one.
 */

const YEAR = 2025;
let server: TestServer;
let admin: GraphQLClient;
const trusts: Record<string, string> = {};
const partners: Record<string, GraphQLClient> = {};
let writer: GraphQLClient;

const g = (asian: number, black: number, mixed: number, other: number) => ({ asian, black, mixed, other });
const answers = (respondents: [number, number, number, number], yes: [number, number, number, number]) => ({
  asian: { respondents: respondents[0], yes: yes[0] },
  black: { respondents: respondents[1], yes: yes[1] },
  mixed: { respondents: respondents[2], yes: yes[2] },
  other: { respondents: respondents[3], yes: yes[3] },
});

/** smallReturn with every BME count split by group (Asian, Black, Mixed, Other). */
function splitReturn(): ReturnCounts {
  const base = smallReturn();
  const [band5, consultant, band8a] = base.workforce;
  return {
    ...base,
    workforce: [
      { ...band5, bmeGroups: g(20, 15, 3, 5) },
      { ...consultant, bmeGroups: g(3, 0, 0, 0) },
      { ...band8a, bmeGroups: g(1, 1, 0, 0) },
    ],
    shortlisting: {
      shortlisted: { ...base.shortlisting.shortlisted, bmeGroups: g(15, 12, 2, 4) },
      appointed: { ...base.shortlisting.appointed, bmeGroups: g(3, 1, 0, 1) },
    },
    disciplinary: {
      entering: { ...base.disciplinary.entering, bmeGroups: g(0, 3, 0, 0) },
      headcount: { ...base.disciplinary.headcount, bmeGroups: g(24, 16, 3, 5) },
    },
    training: {
      accessed: { ...base.training.accessed, bmeGroups: g(6, 4, 1, 1) },
      headcount: { ...base.training.headcount, bmeGroups: g(24, 16, 3, 5) },
    },
    survey: {
      harassmentFromPublic: { ...base.survey.harassmentFromPublic, bmeGroups: answers([10, 8, 2, 2], [3, 3, 1, 0]) },
      harassmentFromStaff: {
        ...base.survey.harassmentFromStaff,
        bmeGroups: {
          asian: { respondents: 10, percentage: 25 },
          black: { respondents: 8, percentage: 30 },
          mixed: { respondents: 2, percentage: 50 },
          other: { respondents: 2, percentage: 0 },
        },
      },
      equalOpportunities: { ...base.survey.equalOpportunities, bmeGroups: answers([10, 8, 2, 2], [6, 3, 1, 1]) },
      discrimination: { ...base.survey.discrimination, bmeGroups: answers([10, 8, 2, 2], [2, 3, 1, 0]) },
    },
    board: { ...base.board, bmeGroups: g(1, 1, 0, 0) },
  };
}

type Figure = WresIndicatorFieldsFragment;
type Breakdown = WresGroupBreakdownFieldsFragment;

const figure = (breakdown: Breakdown, group: string, code: string) => {
  const found = breakdown.groups.find((entry) => entry.group === group)?.indicators.find((indicator) => indicator.code === code);
  if (!found) throw new Error(`no ${group} ${code}`);
  return found;
};
const count = (f: Figure, name: string) => f.counts.find((c) => c.name === name)?.value;
const senior = (breakdown: Breakdown, level: string, group: string) => {
  const found = breakdown.seniorRoles.find((entry) => entry.level === level && entry.group === group)?.share;
  if (!found) throw new Error(`no ${level} ${group}`);
  return found;
};
const groupBenchmark = async (viewer: GraphQLClient, region: NhsRegion | null = null): Promise<Breakdown | null> =>
  (await viewer.data(wresBenchmarkGroupsQuery, { year: YEAR, region })).wresBenchmark?.byGroup ?? null;

function expectWithheld(breakdown: Breakdown | null) {
  expect(breakdown).toMatchObject({ disclosure: "CONTROLLED", withheld: true });
  for (const group of breakdown?.groups ?? []) {
    for (const indicator of group.indicators) {
      expect(indicator.value).toBeNull();
      expect(indicator.counts.every((c) => c.value === null)).toBe(true);
    }
  }
  for (const entry of breakdown?.seniorRoles ?? []) expect(entry.share.value).toBeNull();
}

async function submit(code: string, input: ReturnCounts, viewer: GraphQLClient = admin) {
  const { submitWresReturn } = await viewer.data(submitWresReturnMutation, { input: { organisationId: trusts[code], year: YEAR, ...input } });
  expect(submitWresReturn.userErrors).toEqual([]);
}

beforeAll(async () => {
  server = await createTestServer();
  await seedDemoData(server.dataSource);
  admin = await server.signedInAs(Role.ADMIN);
  // London trusts, one in the North West, and a South East reader (RTH) that never returns for 2025.
  for (const code of ["RJ1", "RJZ", "R1H", "RYJ", "RAL", "RJ7", "R0A", "RTH"]) {
    trusts[code] = await organisationIdOf(admin, code);
    partners[code] = await partnerFor(server, admin, trusts[code], ["WRES_READ"]);
  }
  writer = await partnerFor(server, admin, trusts.RJ1, ["WRES_WRITE"]);
});
afterAll(() => server.close());

describe("submitting a split", () => {
  it("refuses groups that do not add up to BME, naming the line, and saves nothing", async () => {
    const input = splitReturn();
    const [band5, ...rest] = input.workforce;
    const { submitWresReturn } = await writer.data(submitWresReturnMutation, {
      input: { organisationId: trusts.RJ1, year: YEAR, ...input, workforce: [{ ...band5, bmeGroups: g(20, 15, 3, 6) }, ...rest] },
    });
    expect(submitWresReturn.wresReturn).toBeNull();
    expect(submitWresReturn.userErrors).toEqual([
      {
        field: ["workforce", "0", "bmeGroups"],
        code: "INVALID",
        message: "workforce[0].bmeGroups: the groups add up to 44 (Asian 20 + Black 15 + Mixed 3 + Other 6), not the 43 BME",
      },
    ]);
    const { wresReport } = await admin.data(wresGroupsQuery, { organisationId: trusts.RJ1, year: YEAR });
    expect(wresReport).toBeNull();
  });

  it("refuses a return that splits some BME counts and not others", async () => {
    const input = splitReturn();
    const { submitWresReturn } = await writer.data(submitWresReturnMutation, { input: { organisationId: trusts.RJ1, year: YEAR, ...input, board: smallReturn().board } });
    expect(submitWresReturn.userErrors).toEqual([expect.objectContaining({ field: ["board", "bmeGroups"], code: "INVALID" })]);
  });

  it("a partner submits the split through submitWresReturn and reads it back: raw group figures, splitByGroup, the CSV", async () => {
    await submit("RJ1", splitReturn(), writer);
    const reader = partners.RJ1;
    const { wresReport } = await reader.data(wresGroupsQuery, { organisationId: trusts.RJ1, year: YEAR });
    const own = wresReport?.byGroup as Breakdown;
    expect(own).toMatchObject({ disclosure: "RAW", withheld: false, organisationCount: 1 });
    // Black applicants: white 21 of 80 appointed, Black 1 of 12: (21/80) / (1/12) = 3.15.
    expect(figure(own, "BLACK", "WRES2").value).toBeCloseTo(3.15, 10);
    expect(senior(own, "BAND_8A_AND_ABOVE", "BLACK").counts).toEqual([
      { name: "focus", value: 1 },
      { name: "total", value: 14 },
    ]);
    const { wresReturns } = await writer.data(wresReturnsQuery, { organisationId: trusts.RJ1, year: YEAR });
    expect(wresReturns[0].splitByGroup).toBe(true);
    const csvs = await writer.data(wresReturnCsvsQuery, { organisationId: trusts.RJ1, year: YEAR });
    expect(csvs.wresReturns[0].id).toBe(wresReturns[0].id);
    expect(csvs.wresReturns[0].csv).toContain("Section,Category,Item,White,BME,Unknown,Asian,Black,Mixed,Other");
    expect(csvs.wresReturns[0].csv).toContain("Indicator 2: appointment from shortlisting,,Appointed from shortlisting,21,5,1,3,1,0,1");
  });

  it("a return without groups works as before: the same figures, no byGroup, splitByGroup false", async () => {
    await submit("RTH", smallReturn());
    const plain = await admin.data(wresReportQuery, { organisationId: trusts.RTH, year: YEAR });
    const split = await admin.data(wresReportQuery, { organisationId: trusts.RJ1, year: YEAR });
    expect((await admin.data(wresGroupsQuery, { organisationId: trusts.RTH, year: YEAR })).wresReport?.byGroup).toBeNull();
    expect(plain.wresReport?.wresReturn?.splitByGroup).toBe(false);
    expect(plain.wresReport?.indicators).toHaveLength(split.wresReport?.indicators.length ?? -1);
    expect(plain.wresReport?.indicators).toEqual(split.wresReport?.indicators);
    // Withdraw it again: the rest of this file counts RTH as a reader who owns no return of 2025.
    const uuid = Buffer.from(trusts.RTH, "base64url").toString().split(":")[1];
    await server.dataSource.query(`DELETE FROM wres_return WHERE organisation_id = $1 AND year = $2`, [uuid, YEAR]);
  });
});

describe("disclosure control of group figures", () => {
  it("another reader gets an organisation's group figures controlled: a figure with an input of 1-7 is withheld, not shown", async () => {
    const { wresReport } = await partners.RTH.data(wresGroupsQuery, { organisationId: trusts.RJ1, year: YEAR });
    const controlled = wresReport?.byGroup as Breakdown;
    expect(controlled.disclosure).toBe("CONTROLLED");
    // Black appointed: 1 (suppressed), so indicator 2 for Black applicants has no value, interval or verdict.
    const black = figure(controlled, "BLACK", "WRES2");
    expect(count(black, "focusEvents")).toBeNull();
    expect(black).toMatchObject({ value: null, suppressed: true });
    // Asian shortlisted 15 is rounded to 15, white 80 stays 80, Asian appointed 3 is withheld.
    expect(count(figure(controlled, "ASIAN", "WRES2"), "focusTotal")).toBe(15);
    expect(figure(controlled, "ASIAN", "WRES2").value).toBeNull();
    expect(senior(controlled, "BAND_8A_AND_ABOVE", "BLACK")).toMatchObject({ value: null, suppressed: true });
    expect(senior(controlled, "WHOLE_WORKFORCE", "WHITE").counts).toEqual([
      { name: "focus", value: 160 },
      { name: "total", value: 215 },
    ]);
  });

  it("England by group is withheld until 3 organisations besides the reader's own gave the split", async () => {
    await submit("RJZ", splitReturn());
    expect(await groupBenchmark(partners.RTH)).toMatchObject({ organisationCount: 2, withheld: true });
    expectWithheld(await groupBenchmark(partners.RTH));
    await submit("R1H", splitReturn());
    const stranger = await groupBenchmark(partners.RTH);
    expect(stranger).toMatchObject({ disclosure: "CONTROLLED", withheld: false, organisationCount: 3, returnCount: 3 });
    // Asian appointed 3 x 3 = 9 shown as 10; shortlisted 45; white 63 of 240 shown as 65 of 240.
    const asian = figure(stranger as Breakdown, "ASIAN", "WRES2");
    expect(asian.counts).toEqual([
      { name: "referenceEvents", value: 65 },
      { name: "referenceTotal", value: 240 },
      { name: "focusEvents", value: 10 },
      { name: "focusTotal", value: 45 },
    ]);
    expect(asian.value).toBeCloseTo(65 / 240 / (10 / 45), 10);
    // Black appointed 1 x 3 = 3: suppressed, so the figure is withheld.
    expect(figure(stranger as Breakdown, "BLACK", "WRES2")).toMatchObject({ value: null, suppressed: true });
    // London is all of England so far: shown too.
    expect(await groupBenchmark(partners.RTH, NhsRegion.LONDON)).toMatchObject({ withheld: false, organisationCount: 3 });
    // Each trust that gave the split sees England by group withheld: subtracting its own leaves two.
    expectWithheld(await groupBenchmark(partners.RJ1));
    // Administrators own every organisation: the summed raw counts.
    const raw = (await groupBenchmark(admin)) as Breakdown;
    expect(raw.disclosure).toBe("RAW");
    expect(count(figure(raw, "ASIAN", "WRES2"), "focusEvents")).toBe(9);
  });

  it("a count that fewer than 3 other organisations contribute to is suppressed in England by group", async () => {
    const input = splitReturn();
    // Only RJ7's Mixed staff enter the disciplinary process (the others' Mixed count is 0): 8, above the small-number threshold.
    const mixedOnce = {
      ...input,
      disciplinary: {
        entering: { white: 2, bme: 11, unknown: 0, bmeGroups: g(0, 3, 8, 0) },
        headcount: { ...input.disciplinary.headcount, bmeGroups: g(14, 16, 13, 5) },
      },
    };
    await submit("RJ7", mixedOnce);
    const stranger = (await groupBenchmark(partners.RTH)) as Breakdown;
    expect(stranger).toMatchObject({ withheld: false, organisationCount: 4 });
    expect(count(figure(stranger, "MIXED", "WRES3"), "focusEvents")).toBeNull();
    expect(figure(stranger, "MIXED", "WRES3").value).toBeNull();
    expect(count(figure(stranger, "BLACK", "WRES3"), "focusEvents")).toBe(10); // 3 + 3 + 3 + 3 = 12, four contributors
  });

  it("beside England, England by group is withheld while one or two trusts gave no split", async () => {
    // One London trust returns without a split: England has 5 returns, England by group 4.
    await submit("RYJ", smallReturn());
    const one = await groupBenchmark(partners.RTH);
    expect(one).toMatchObject({ organisationCount: 4, returnCount: 5 });
    // England minus England by group would be RYJ's own counts (its white staff, say).
    expectWithheld(one);
    expect((await partners.RTH.data(wresBenchmarkGroupsQuery, { year: YEAR, region: null })).wresBenchmark?.withheld).toBe(false);
    await submit("RAL", smallReturn());
    expectWithheld(await groupBenchmark(partners.RTH));
  });

  it("once three trusts gave no split, England by group is shown again; a region beside England follows the same rules", async () => {
    await submit("R0A", smallReturn());
    const england = (await groupBenchmark(partners.RTH)) as Breakdown;
    expect(england).toMatchObject({ organisationCount: 4, returnCount: 7, withheld: false, disclosure: "CONTROLLED" });
    expect(count(figure(england, "BLACK", "WRES3"), "focusEvents")).toBe(10);
    // London holds six returns, four split: London minus London by group would be RYJ and RAL.
    expectWithheld(await groupBenchmark(partners.RTH, NhsRegion.LONDON));
    // The North West has one return and no split: nothing by group there.
    expect(await groupBenchmark(partners.RTH, NhsRegion.NORTH_WEST)).toBeNull();
  });
});
