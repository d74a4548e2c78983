import {
  submitWresReturnMutation,
  viewerQuery,
  wresBenchmarkQuery,
  wresCsvTemplateQuery,
  wresLatestYearQuery,
  wresReportQuery,
  wresReturnsQuery,
  wresTargetsQuery,
  wresTrendQuery,
  type WresBenchmarkQuery,
} from "@ascent/client";
import { NhsRegion, Role } from "@ascent/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoData } from "../src/seed/seed-demo-data";
import type { GraphQLClient, GraphQLResponse } from "./support/graphql-client";
import { createTestServer, TestServer } from "./support/test-server";
import { organisationIdOf, partnerFor, smallReturn } from "./support/wres";

/**
 * The rules for aggregates (docs/wres-and-disclosure.md) at the start of a
 * reporting year, when returns arrive one by one: 2025 has no demo returns.
 */

const YEAR = 2025;
let server: TestServer;
let admin: GraphQLClient;
const trusts: Record<string, string> = {};
const partners: Record<string, GraphQLClient> = {};

// A disclosure probe: it asks for the England counts of each trend point, which the console's trends don't, and the rule must hold for them too.
const TREND = `query ($id: ID!, $code: String!, $from: Int, $to: Int) {
  wresTrend(organisationId: $id, code: $code, fromYear: $from, toYear: $to) { points { year organisation { value } england { value suppressed counts { name value } } region { value suppressed } } }
}`;

type Benchmark = NonNullable<WresBenchmarkQuery["wresBenchmark"]>;
const benchmark = async (viewer: GraphQLClient, region: NhsRegion | null = null): Promise<Benchmark> => (await viewer.data(wresBenchmarkQuery, { year: YEAR, region })).wresBenchmark!;
const countOf = (b: Benchmark, code: string, name: string) => b.indicators.find((i) => i.code === code)?.counts.find((c) => c.name === name)?.value;

/** smallReturn with `bmeEntering` BME staff entering the disciplinary process. */
const returnWith = (bmeEntering: number) => {
  const base = smallReturn();
  return { ...base, disciplinary: { ...base.disciplinary, entering: { ...base.disciplinary.entering, bme: bmeEntering } } };
};
async function submit(code: string, bmeEntering: number) {
  const { submitWresReturn } = await admin.data(submitWresReturnMutation, { input: { organisationId: trusts[code], year: YEAR, ...returnWith(bmeEntering) } });
  expect(submitWresReturn.userErrors).toEqual([]);
}

function expectWithheld(b: Benchmark) {
  expect(b).toMatchObject({ disclosure: "CONTROLLED", withheld: true });
  for (const indicator of b.indicators) {
    expect(indicator.value).toBeNull();
    expect(indicator.counts.every((c) => c.value === null)).toBe(true);
  }
}

beforeAll(async () => {
  server = await createTestServer();
  await seedDemoData(server.dataSource);
  admin = await server.signedInAs(Role.ADMIN);
  // Five London trusts, one in the North West, one in the South East that never returns for 2025.
  for (const code of ["RJ1", "RJZ", "R1H", "RYJ", "RRV", "R0A", "RTH"]) {
    trusts[code] = await organisationIdOf(admin, code);
    partners[code] = await partnerFor(server, admin, trusts[code], ["WRES_READ"]);
  }
});
afterAll(() => server.close());

describe("England and regions early in a reporting year", () => {
  it("with one return: raw to its owner and administrators, withheld from everyone else", async () => {
    await submit("RJ1", 3);
    expect(await benchmark(partners.RJ1)).toMatchObject({ disclosure: "RAW", withheld: false, organisationCount: 1 });
    expect(await benchmark(admin)).toMatchObject({ disclosure: "RAW", organisationCount: 1 });
    const stranger = await benchmark(partners.RTH);
    expect(stranger.organisationCount).toBe(1);
    expectWithheld(stranger);
    expectWithheld(await benchmark(partners.RTH, NhsRegion.LONDON));
    const manager = await server.signedInAs(Role.PROGRAMME_MANAGER, "manager@se.test", "South East Leadership Academy");
    expectWithheld(await benchmark(manager));
    // Before this rule England was this trust's raw return, small counts included.
    expect(countOf(await benchmark(partners.RJ1), "WRES3", "focusEvents")).toBe(3);
  });

  it("with two: withheld from both owners (England minus one's own return is the other's) and from strangers", async () => {
    await submit("RJZ", 4);
    for (const viewer of [partners.RJ1, partners.RJZ, partners.RTH]) expectWithheld(await benchmark(viewer));
    // The same through a trust's own report: its England and region beside its raw figures.
    const { wresReport } = await partners.RJ1.data(wresReportQuery, { organisationId: trusts.RJ1, year: YEAR });
    expect(wresReport?.disclosure).toBe("RAW");
    expect(wresReport?.englandBenchmark).toMatchObject({ withheld: true, organisationCount: 2 });
    expect(wresReport?.regionBenchmark).toMatchObject({ withheld: true, organisationCount: 2 });
  });

  it("every point of a trend follows the rule: the year with two returns shows no England or regional figure", async () => {
    const { wresTrend } = await partners.RTH.data(TREND, { id: trusts.RJ1, code: "WRES3", from: 2024, to: YEAR });
    const [before, early] = wresTrend.points;
    expect(before.england.value).toBeGreaterThan(0); // 2024: every demo trust returned
    expect(early).toMatchObject({ year: YEAR, england: { value: null, suppressed: true }, region: { value: null, suppressed: true } });
    expect(early.england.counts.every((c: { value: number | null }) => c.value === null)).toBe(true);
  });

  it("with three: shown to a stranger (controlled), still withheld from each owner (two others)", async () => {
    await submit("R1H", 0);
    const stranger = await benchmark(partners.RTH);
    expect(stranger).toMatchObject({ disclosure: "CONTROLLED", withheld: false, organisationCount: 3 });
    // 3 + 4 + 0 BME staff entering: only two trusts contribute, so the count is suppressed, not 5 (7 rounded).
    expect(countOf(stranger, "WRES3", "focusEvents")).toBeNull();
    expect(countOf(stranger, "WRES3", "focusTotal")).toBe(145); // 48 x 3 = 144, three contributors
    for (const owner of ["RJ1", "RJZ", "R1H"]) expectWithheld(await benchmark(partners[owner]));
  });

  it("as a fourth returns: England before and after differ by more than its counts can be read from", async () => {
    const before = await benchmark(partners.RTH);
    await submit("RYJ", 5);
    const after = await benchmark(partners.RTH);
    // Headcounts: 144 then 192, shown 145 then 190: the difference, 45, is not the fourth trust's 48.
    expect([countOf(before, "WRES3", "focusTotal"), countOf(after, "WRES3", "focusTotal")]).toEqual([145, 190]);
    // BME staff entering: 7 then 12 over three contributors, shown (rounded) only once three contribute.
    expect([countOf(before, "WRES3", "focusEvents"), countOf(after, "WRES3", "focusEvents")]).toEqual([null, 10]);
  });

  it("a region beside England is withheld when England minus it would be one trust", async () => {
    // Four London returns and now one in the North West.
    await submit("R0A", 2);
    const england = await benchmark(partners.RTH);
    expect(england).toMatchObject({ withheld: false, organisationCount: 5 });
    expectWithheld(await benchmark(partners.RTH, NhsRegion.LONDON)); // 5 - 4 = the Manchester trust
    expectWithheld(await benchmark(partners.RTH, NhsRegion.NORTH_WEST)); // one trust
    // For the North West trust itself, England minus London is its own return: London can be shown.
    expect(await benchmark(partners.R0A, NhsRegion.LONDON)).toMatchObject({ withheld: false, disclosure: "CONTROLLED", organisationCount: 4 });
    // A fifth London trust: England minus London is still one trust (withheld); with three outside London it is shown.
    await submit("RRV", 1);
    expectWithheld(await benchmark(partners.RTH, NhsRegion.LONDON));
    await admin.data(submitWresReturnMutation, { input: { organisationId: await organisationIdOf(admin, "REM"), year: YEAR, ...returnWith(2) } });
    await submit("RTH", 2);
    const other = await partnerFor(server, admin, await organisationIdOf(admin, "RYR"), ["WRES_READ"]);
    expect(await benchmark(other, NhsRegion.LONDON)).toMatchObject({ withheld: false, organisationCount: 5 });
  });
});

describe("wresLatestYear", () => {
  it("gives an organisation's own latest year with a return, and anyone's without one", async () => {
    const latest = async (organisationId?: string) => (await partners.RTH.data(wresLatestYearQuery, { organisationId })).wresLatestYear;
    expect(await latest(trusts.RJ1)).toBe(YEAR);
    const quiet = await organisationIdOf(admin, "RJ7");
    expect(await latest(quiet)).toBe(2024);
    expect(await latest()).toBe(YEAR);
    const academy = await organisationIdOf(admin, "HPMA London Academy");
    expect(await latest(academy)).toBeNull();
    expect((await partners.RTH.request(wresLatestYearQuery, { organisationId: "nonsense" })).errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });
});

describe("facilitators", () => {
  it("get no WRES figures of any kind (least access: they deliver programmes, often for outside providers)", async () => {
    const facilitator = await server.signedInAs(Role.FACILITATOR);
    const asked: Array<[string, GraphQLResponse<object>]> = [
      ["wresReport", await facilitator.request(wresReportQuery, { organisationId: trusts.RJ1, year: YEAR })],
      ["wresBenchmark", await facilitator.request(wresBenchmarkQuery, { year: 2024, region: null })],
      ["wresTrend", await facilitator.request(wresTrendQuery, { organisationId: trusts.RJ1, code: "WRES2" })],
      ["wresTargets", await facilitator.request(wresTargetsQuery, { organisationId: trusts.RJ1 })],
      ["wresLatestYear", await facilitator.request(wresLatestYearQuery)],
      ["wresCsvTemplate", await facilitator.request(wresCsvTemplateQuery)],
      ["wresReturns", await facilitator.request(wresReturnsQuery, { organisationId: trusts.RJ1 })],
    ];
    for (const [name, response] of asked) {
      const data = response.data as Record<string, unknown> | null | undefined;
      expect([name, response.errors?.[0].extensions?.code, data?.[name] ?? null]).toEqual([name, "FORBIDDEN", null]);
    }
    // The same person's programme work is unaffected.
    expect((await facilitator.data(viewerQuery)).viewer?.user?.role).toBe("FACILITATOR");
  });
});
