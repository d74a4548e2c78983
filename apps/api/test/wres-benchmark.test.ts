import { submitWresReturnMutation, wresBenchmarkQuery } from "@ascent/client";
import { NhsRegion, Role } from "@ascent/domain";
import { computeWres, type EthnicCounts, surveyYesCount, type WorkforceRow, type WresReturnInput } from "@ascent/metrics";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fromGlobalId } from "../src/graphql/relay/global-id";
import { loadCurrentWresReturns } from "../src/modules/wres/wres.loaders";
import { DEMO_WRES_YEARS, NATIONAL_WRES_FIGURES, REGIONAL_SHORTLISTING_RL } from "../src/seed/demo-wres";
import { seedDemoData } from "../src/seed/seed-demo-data";
import type { GraphQLClient } from "./support/graphql-client";
import { createTestServer, TestServer } from "./support/test-server";
import { organisationIdOf, partnerFor, smallReturn } from "./support/wres";

let server: TestServer;
let admin: GraphQLClient;

const benchmark = async (client: GraphQLClient, year: number, region?: NhsRegion | null) => (await client.data(wresBenchmarkQuery, { year, region })).wresBenchmark!;

/** One return holding the summed counts of several: what a benchmark must equal. */
function sumReturns(inputs: readonly WresReturnInput[]): WresReturnInput {
  const add = (a: EthnicCounts, b: EthnicCounts): EthnicCounts => ({ white: a.white + b.white, bme: a.bme + b.bme, unknown: (a.unknown ?? 0) + (b.unknown ?? 0) });
  const zero: EthnicCounts = { white: 0, bme: 0, unknown: 0 };
  const rows = new Map<string, WorkforceRow>();
  for (const row of inputs.flatMap((i) => i.workforce)) {
    const key = `${row.category}.${row.grade}`;
    const seen = rows.get(key);
    // The two-group sum only: a benchmark of groups is tested in wres-groups.test.ts.
    rows.set(key, { category: row.category, grade: row.grade, ...add(seen ?? zero, row) });
  }
  const sum = (pick: (input: WresReturnInput) => EthnicCounts) => inputs.map(pick).reduce(add, zero);
  const survey = (key: keyof WresReturnInput["survey"]) => {
    const group = (side: "white" | "bme") => ({
      respondents: inputs.reduce((t, i) => t + i.survey[key][side].respondents, 0),
      yes: inputs.reduce((t, i) => t + surveyYesCount(i.survey[key][side]), 0),
    });
    return { white: group("white"), bme: group("bme") };
  };
  return {
    year: inputs[0].year,
    workforce: [...rows.values()],
    shortlisting: { shortlisted: sum((i) => i.shortlisting.shortlisted), appointed: sum((i) => i.shortlisting.appointed) },
    disciplinary: { headcount: sum((i) => i.disciplinary.headcount), entering: sum((i) => i.disciplinary.entering) },
    training: { headcount: sum((i) => i.training.headcount), accessed: sum((i) => i.training.accessed) },
    survey: { harassmentFromPublic: survey("harassmentFromPublic"), harassmentFromStaff: survey("harassmentFromStaff"), equalOpportunities: survey("equalOpportunities"), discrimination: survey("discrimination") },
    board: sum((i) => i.board),
  };
}

/** An indicator's value, NaN when it is missing or null (so a comparison with it fails). */
const valueOf = (benchmark: { indicators: ReadonlyArray<{ code: string; value?: number | null }> }, code: string) => benchmark.indicators.find((i) => i.code === code)?.value ?? NaN;
const byCode = (indicators: ReadonlyArray<{ code: string }>) => new Map(indicators.map((i) => [i.code, i]));

beforeAll(async () => {
  server = await createTestServer();
  await seedDemoData(server.dataSource);
  admin = await server.signedInAs(Role.ADMIN);
});
afterAll(() => server.close());

describe("wresBenchmark", () => {
  it("England equals the indicators of one return holding every current return's summed counts, raw for an administrator (who owns them all)", async () => {
    const trust = await organisationIdOf(admin, "RJZ");
    // A resubmission: only the current version may count.
    await admin.data(submitWresReturnMutation, { input: { organisationId: trust, year: 2023, ...smallReturn() } });
    const [current] = await loadCurrentWresReturns(server.dataSource.manager, [2023]);
    expect(current.length).toBe(58);
    const expected = computeWres(sumReturns(current.map((r) => r.input)));
    const wresBenchmark = await benchmark(admin, 2023);
    expect(wresBenchmark).toMatchObject({ year: 2023, region: null, name: "England", organisationCount: 58, disclosure: "RAW", withheld: false, minimumOrganisations: 3 });
    const got = byCode(wresBenchmark.indicators);
    expect(got.size).toBe(expected.indicators.length);
    for (const indicator of expected.indicators) {
      const actual = got.get(indicator.code) as Record<string, any>;
      for (const key of ["value", "lower", "upper"] as const) {
        if (indicator[key] === null) expect(actual[key]).toBeNull();
        else expect(actual[key]).toBeCloseTo(indicator[key], 12);
      }
      expect(actual.parity).toBe(indicator.parity);
      expect(actual.counts).toEqual(Object.entries(indicator.counts).map(([name, value]) => ({ name, value })));
    }
  });

  it("a region equals the indicators of its summed counts, raw for an administrator", async () => {
    const [current] = await loadCurrentWresReturns(server.dataSource.manager, [2022]);
    for (const region of Object.values(NhsRegion)) {
      const inputs = current.filter((r) => r.region === region).map((r) => r.input);
      const expected = computeWres(sumReturns(inputs));
      const wresBenchmark = await benchmark(admin, 2022, region);
      expect(wresBenchmark).toMatchObject({ region, organisationCount: inputs.length, disclosure: "RAW", withheld: false });
      const got = byCode(wresBenchmark.indicators);
      for (const indicator of expected.indicators) {
        const actual = got.get(indicator.code) as Record<string, any>;
        if (indicator.value === null) expect(actual.value).toBeNull();
        else expect(actual.value).toBeCloseTo(indicator.value, 12);
        expect(actual.counts).toEqual(Object.entries(indicator.counts).map(([name, value]) => ({ name, value })));
      }
    }
  });

  it("England and every region reach a partner controlled: each count rounded from the sum, or suppressed when fewer than 3 other trusts contribute to it", async () => {
    const own = await organisationIdOf(admin, "RJ1");
    const partner = await partnerFor(server, admin, own, ["WRES_READ"]);
    const [current] = await loadCurrentWresReturns(server.dataSource.manager, [2022]);
    const ownUuid = fromGlobalId(own)?.id;
    expect(current.some((r) => r.organisationId === ownUuid)).toBe(true);
    let suppressedForContributors = 0;
    let compared = 0;
    for (const region of [null, ...Object.values(NhsRegion)]) {
      const members = current.filter((r) => region === null || r.region === region);
      const summed = byCode(computeWres(sumReturns(members.map((r) => r.input))).indicators) as Map<string, any>;
      // Contributors straight from each other trust's own report: independent of the api's tallies.
      const reports = members.filter((r) => r.organisationId !== ownUuid).map((r) => byCode(computeWres(r.input).indicators) as Map<string, any>);
      const wresBenchmark = await benchmark(partner, 2022, region);
      expect(wresBenchmark).toMatchObject({ disclosure: "CONTROLLED", withheld: false, organisationCount: members.length });
      for (const indicator of wresBenchmark.indicators) {
        for (const { name, value } of indicator.counts as Array<{ name: string; value: number | null }>) {
          const raw = summed.get(indicator.code).counts[name] as number;
          const contributors = reports.filter((report) => report.get(indicator.code).counts[name] > 0).length;
          compared += 1;
          if (raw > 0 && contributors < 3) {
            expect([indicator.code, name, value]).toEqual([indicator.code, name, null]);
            suppressedForContributors += 1;
          } else if (raw === 0) expect(value).toBe(0);
          else if (value !== null) {
            expect(value % 5).toBe(0);
            expect(Math.abs(value - raw)).toBeLessThanOrEqual(2);
          } else expect(raw).toBeLessThanOrEqual(7);
        }
      }
    }
    expect(compared).toBeGreaterThan(1500);
    expect(suppressedForContributors).toBeGreaterThan(0); // sparse rows (medical grades by region) exist in the demo data
  });

  it("is open to partner tokens with wres:read, and null for a year without returns", async () => {
    const partner = await partnerFor(server, admin, await organisationIdOf(admin, "RJ1"), ["WRES_READ"]);
    const wresBenchmark = await benchmark(partner, 2019, NhsRegion.LONDON);
    expect(wresBenchmark.name).toBe("London");
    expect((await partner.data(wresBenchmarkQuery, { year: 2015 })).wresBenchmark).toBeNull();
  });
});

describe("demo data", () => {
  it("matches the published national figures: BME share of staff each year, and indicator 2 by region 2022-2024", async () => {
    for (const year of DEMO_WRES_YEARS) {
      const wresBenchmark = await benchmark(admin, year);
      const wres1 = valueOf(wresBenchmark, "WRES1");
      if (year !== 2023) expect(Math.abs(wres1 - NATIONAL_WRES_FIGURES[year].bmeShare)).toBeLessThan(0.006);
      const wres2 = valueOf(wresBenchmark, "WRES2");
      if (year !== 2023) expect(Math.abs(wres2 - NATIONAL_WRES_FIGURES[year].shortlistingRl)).toBeLessThan(0.2);
    }
    for (const year of [2022, 2024] as const) {
      for (const region of Object.values(NhsRegion)) {
        const wresBenchmark = await benchmark(admin, year, region);
        const wres2 = valueOf(wresBenchmark, "WRES2");
        expect(Math.abs(wres2 - REGIONAL_SHORTLISTING_RL[region][year])).toBeLessThan(0.03);
      }
    }
  });

  it("is seeded once: running the seed again adds nothing", async () => {
    const before = await server.dataSource.query(`SELECT count(*)::int AS n FROM wres_return`);
    expect(await seedDemoData(server.dataSource)).toBe("skipped");
    expect(await server.dataSource.query(`SELECT count(*)::int AS n FROM wres_return`)).toEqual(before);
  });
});
