import { submitWresReturnMutation, updateOrganisationMutation, wresBenchmarkQuery, wresTrendQuery } from "@ascent/client";
import { NhsRegion, Role } from "@ascent/domain";
import type { DataSource } from "typeorm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appLoadersFor, createAppDataSource } from "../src/composition";
import { loadConfig } from "../src/config";
import type { RequestContext } from "../src/graphql/context";
import { fromGlobalId } from "../src/graphql/relay/global-id";
import type { JobInfo } from "../src/jobs";
import { jobContextFactory } from "../src/jobs";
import { createLogger } from "../src/logger";
import { loadWresYearVersions } from "../src/modules/wres/wres.loaders";
import { WresService } from "../src/modules/wres/wres.service";
import { seedDemoData } from "../src/seed/seed-demo-data";
import type { GraphQLClient } from "./support/graphql-client";
import { createTestServer, type TestServer } from "./support/test-server";
import { organisationIdOf, smallReturn } from "./support/wres";

/**
 * The per-process WRES year cache (modules/wres/wres-year-cache.ts): figures
 * stay those of a fresh computation after every kind of change, a second
 * request does not recompute, and a second process (its own connection pool
 * and its own cache) sees the version another one's submission bumped.
 */

let server: TestServer;
let admin: GraphQLClient;
let secondPool: DataSource;

const log = createLogger("silent");
const config = loadConfig({ NODE_ENV: "test" });
/** A fresh request (its own loaders and memo) on a data source, as an anonymous reader: disclosure-controlled figures. */
const requestOn = (dataSource: DataSource, viewer: RequestContext["viewer"] = { kind: "anonymous" }): RequestContext => ({
  ...jobContextFactory({ dataSource, log, config, loadersFor: appLoadersFor })({ id: "test", name: "test" } as JobInfo),
  viewer,
});

/** What a benchmark is without any cache: the year's returns loaded and summed for this one request. */
const uncached = new WresService(undefined, { yearCache: { enabled: false } });
const expectFresh = async (service: WresService, dataSource: DataSource, year: number, region: NhsRegion | null, viewer?: RequestContext["viewer"]) => {
  const got = await service.benchmark(requestOn(dataSource, viewer), year, region);
  expect(got).toEqual(await uncached.benchmark(requestOn(dataSource, viewer), year, region));
  return got;
};
const adminViewer = (): RequestContext["viewer"] => ({ kind: "user", user: { id: "00000000-0000-0000-0000-000000000000", organisationId: null } as never, role: Role.ADMIN, sessionId: "test" });
const value = (benchmark: { indicators: ReadonlyArray<{ code: string; value?: number | null }> } | null, code: string) => benchmark?.indicators.find((i) => i.code === code)?.value ?? NaN;

beforeAll(async () => {
  server = await createTestServer();
  await seedDemoData(server.dataSource);
  admin = await server.signedInAs(Role.ADMIN);
  // "Another api process": a connection pool of its own on the same database, with its own cache.
  secondPool = createAppDataSource((server.dataSource.options as { url: string }).url, { poolSize: 2 });
  await secondPool.initialize();
});
afterAll(async () => {
  await secondPool?.destroy();
  await server.close();
});

describe("WRES year cache", () => {
  it("computes a year once: a second request, and every benchmark and trend point of that year, reuse it", async () => {
    const service = new WresService();
    const first = await expectFresh(service, server.dataSource, 2023, null);
    expect(service.years.recomputations).toBe(1);
    await expectFresh(service, server.dataSource, 2023, NhsRegion.LONDON);
    await expectFresh(service, server.dataSource, 2023, null);
    expect(service.years.recomputations).toBe(1);
    expect(first?.organisationCount).toBeGreaterThan(0);

    // A trend over 2020-2023 needs four years: computed once each, then never again.
    const trustGlobalId = await organisationIdOf(admin, "RJZ");
    const trend = await service.trend(requestOn(server.dataSource), trustGlobalId, "WRES2", 2020, 2023);
    expect(trend.points.map((p) => p.year)).toEqual([2020, 2021, 2022, 2023]);
    expect(service.years.recomputations).toBe(4);
    expect(await service.trend(requestOn(server.dataSource), trustGlobalId, "WRES2", 2020, 2023)).toEqual(trend);
    expect(service.years.recomputations).toBe(4);
    // The trend's figures are the uncached service's.
    expect(await uncached.trend(requestOn(server.dataSource), trustGlobalId, "WRES2", 2020, 2023)).toEqual(trend);
  });

  it("stays correct after a new submission and after an amendment, in this process and in another one", async () => {
    const here = new WresService();
    const there = new WresService();
    const trust = await organisationIdOf(admin, "RJZ");
    const year = 2015; // no demo returns: the first submission creates the year's benchmark
    expect(await expectFresh(here, server.dataSource, year, null)).toBeNull();
    expect(await expectFresh(there, secondPool, year, null)).toBeNull();
    const [versionBefore] = await loadWresYearVersions(secondPool.manager, [year]);

    // A new submission, through the api over HTTP (its own process cache, its own pool).
    const submitted = await admin.data(submitWresReturnMutation, { input: { organisationId: trust, year, ...smallReturn() } });
    expect(submitted.submitWresReturn.userErrors).toEqual([]);
    const [versionAfter] = await loadWresYearVersions(secondPool.manager, [year]);
    expect(BigInt(versionAfter)).toBeGreaterThan(BigInt(versionBefore));
    const counts = [here.years.recomputations, there.years.recomputations];
    const created = await expectFresh(there, secondPool, year, null, adminViewer());
    expect(created?.organisationCount).toBe(1);
    expect(await expectFresh(here, server.dataSource, year, null, adminViewer())).toEqual(created);
    expect([here.years.recomputations, there.years.recomputations]).toEqual([counts[0] + 1, counts[1] + 1]);

    // An amendment (a resubmission supersedes the current version): same count, new figures.
    const amended = smallReturn();
    amended.board = { white: amended.board.white + 40, bme: amended.board.bme + 10 };
    expect((await admin.data(submitWresReturnMutation, { input: { organisationId: trust, year, ...amended } })).submitWresReturn.userErrors).toEqual([]);
    const afterAmendment = await expectFresh(there, secondPool, year, null, adminViewer());
    expect(afterAmendment?.organisationCount).toBe(1);
    expect(afterAmendment).not.toEqual(created);
    expect(await expectFresh(here, server.dataSource, year, null, adminViewer())).toEqual(afterAmendment);
    expect([here.years.recomputations, there.years.recomputations]).toEqual([counts[0] + 2, counts[1] + 2]);

    // And the api's own cache over HTTP answers with the amended figures.
    const overHttp = (await admin.data(wresBenchmarkQuery, { year, region: null })).wresBenchmark;
    expect(overHttp?.organisationCount).toBe(1);
    expect(value(overHttp, "WRES9")).toBeCloseTo(value(afterAmendment, "WRES9"), 12);
  });

  it("a submission read over HTTP twice: the benchmark changes once, to the fresh figures", async () => {
    const trust = await organisationIdOf(admin, "RJZ");
    const before = (await admin.data(wresBenchmarkQuery, { year: 2022, region: null })).wresBenchmark;
    const changed = smallReturn();
    changed.shortlisting = { shortlisted: { white: 5000, bme: 5000 }, appointed: { white: 900, bme: 100 } };
    expect((await admin.data(submitWresReturnMutation, { input: { organisationId: trust, year: 2022, ...changed } })).submitWresReturn.userErrors).toEqual([]);
    const after = (await admin.data(wresBenchmarkQuery, { year: 2022, region: null })).wresBenchmark;
    expect(value(after, "WRES2")).not.toBe(value(before, "WRES2"));
    expect((await admin.data(wresBenchmarkQuery, { year: 2022, region: null })).wresBenchmark).toEqual(after);
    // The trend's England point for 2022 is the same figure.
    const trend = (await admin.data(wresTrendQuery, { organisationId: trust, code: "WRES2", fromYear: 2022, toYear: 2022 })).wresTrend;
    expect(trend.points[0].england?.value).toBe(value(after, "WRES2"));
  });

  it("an organisation moving region bumps the years it has returns for, and both processes regroup", async () => {
    const here = new WresService();
    const there = new WresService();
    const trust = await organisationIdOf(admin, "RJZ");
    const { region } = (await server.dataSource.query(`SELECT region FROM organisation WHERE id = $1`, [fromGlobalId(trust)?.id]))[0] as { region: NhsRegion };
    const to = region === NhsRegion.LONDON ? NhsRegion.MIDLANDS : NhsRegion.LONDON;
    const countsOf = async (service: WresService, dataSource: DataSource) => [
      (await expectFresh(service, dataSource, 2023, region))?.organisationCount,
      (await expectFresh(service, dataSource, 2023, to))?.organisationCount,
    ];
    const [fromCount, toCount] = await countsOf(here, server.dataSource);
    expect(await countsOf(there, secondPool)).toEqual([fromCount, toCount]);
    const recomputed = [here.years.recomputations, there.years.recomputations];
    const [versionBefore] = await loadWresYearVersions(server.dataSource.manager, [2023]);

    const moved = await admin.data(updateOrganisationMutation, { input: { id: trust, region: to } });
    expect(moved.updateOrganisation.userErrors).toEqual([]);
    const [versionAfter] = await loadWresYearVersions(secondPool.manager, [2023]);
    expect(BigInt(versionAfter)).toBeGreaterThan(BigInt(versionBefore));

    expect(await countsOf(there, secondPool)).toEqual([(fromCount as number) - 1, (toCount as number) + 1]);
    expect(await countsOf(here, server.dataSource)).toEqual([(fromCount as number) - 1, (toCount as number) + 1]);
    expect([here.years.recomputations, there.years.recomputations]).toEqual([recomputed[0] + 1, recomputed[1] + 1]);
    // A change that does not affect grouping (the name) bumps nothing.
    await admin.data(updateOrganisationMutation, { input: { id: trust, name: "Renamed trust for the cache test" } });
    expect(await loadWresYearVersions(secondPool.manager, [2023])).toEqual([versionAfter]);
  });
});
