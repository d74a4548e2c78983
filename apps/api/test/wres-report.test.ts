import { createOrganisationMutation, setWresTargetMutation, submitWresReturnMutation, wresReportQuery, wresReturnsQuery } from "@ascent/client";
import { DisclosureStatus, NhsRegion, OrganisationKind, Role, WresTargetGroup } from "@ascent/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoData } from "../src/seed/seed-demo-data";
import type { GraphQLClient } from "./support/graphql-client";
import { createTestServer, TestServer } from "./support/test-server";
import { countsIn, INDICATOR_FIELDS, organisationIdOf, partnerFor, randomSmallReturn, smallReturn } from "./support/wres";

let server: TestServer;
let admin: GraphQLClient;
let trustA: string;
let trustB: string;
let partnerA: GraphQLClient;
let partnerB: GraphQLClient;

const report = (client: GraphQLClient, organisationId: string, year: number) => client.request(wresReportQuery, { organisationId, year });
const reportOf = async (client: GraphQLClient, organisationId: string, year: number) => (await client.data(wresReportQuery, { organisationId, year })).wresReport!;
// A disclosure probe: every figure of each trend point with its counts, more than the console's trends ask for, since the rule must hold for all of it.
const TREND = `query ($id: ID!, $code: String!) { wresTrend(organisationId: $id, code: $code) { code region points { year organisation { ${INDICATOR_FIELDS} } region { code value counts { name value } } england { code value } } } }`;

const countOf = (indicator: { counts: Array<{ name: string; value?: number | null }> } | undefined, name: string) => indicator?.counts.find((c) => c.name === name)?.value;

beforeAll(async () => {
  server = await createTestServer();
  await seedDemoData(server.dataSource);
  admin = await server.signedInAs(Role.ADMIN);
  trustA = (
    await admin.data(createOrganisationMutation, {
      input: { name: "Small Test Trust", kind: OrganisationKind.TRUST, odsCode: "RZZ", region: NhsRegion.LONDON },
    })
  ).createOrganisation.organisation!.id;
  trustB = await organisationIdOf(admin, "RJ1");
  const submitted = await admin.data(submitWresReturnMutation, { input: { organisationId: trustA, year: 2023, ...smallReturn() } });
  expect(submitted.submitWresReturn.userErrors).toEqual([]);
  await admin.data(setWresTargetMutation, { input: { organisationId: trustA, group: WresTargetGroup.BAND_8A_AND_ABOVE, year: 2025, share: 0.19 } });
  partnerA = await partnerFor(server, admin, trustA, ["WRES_READ"]);
  partnerB = await partnerFor(server, admin, trustB, ["WRES_READ"]);
});
afterAll(() => server.close());

describe("wresReport", () => {
  it("shows a trust its own counts unsuppressed, with the return behind them", async () => {
    const wresReport = await reportOf(partnerA, trustA, 2023);
    expect(wresReport).toMatchObject({ organisationId: trustA, year: 2023, disclosure: DisclosureStatus.RAW, organisation: { name: "Small Test Trust" }, wresReturn: { version: 1 } });
    const wres2 = wresReport.indicators.find((i) => i.code === "WRES2");
    expect(countOf(wres2, "focusEvents")).toBe(5);
    expect(wres2?.value).toBeCloseTo((21 / 80) / (5 / 33), 12);
    expect(wres2).toMatchObject({ suppressed: false, disclosure: "RAW", kind: "RELATIVE_LIKELIHOOD", reason: null });
    const board = wresReport.indicators.find((i) => i.code === "WRES9");
    expect(countOf(board, "focus")).toBe(2);
    expect(wresReport.targets[0].actual?.value).toBeCloseTo(2 / 14, 12);
  });

  it("shows another trust only suppressed and rounded counts, and never the return", async () => {
    const wresReport = await reportOf(partnerB, trustA, 2023);
    expect(wresReport.disclosure).toBe(DisclosureStatus.CONTROLLED);
    expect(wresReport.wresReturn).toBeNull();
    const wres2 = wresReport.indicators.find((i) => i.code === "WRES2");
    expect(wres2).toMatchObject({ value: null, lower: null, upper: null, parity: null, suppressed: true, reason: "SUPPRESSED", disclosure: "CONTROLLED", formatted: null });
    expect(countOf(wres2, "focusEvents")).toBeNull();
    expect(countOf(wres2, "referenceTotal")).toBe(80);
    expect(countOf(wres2, "focusTotal")).toBe(35); // 33 rounded to 5
    const band5 = wresReport.indicators.find((i) => i.code === "WRES1.CLINICAL.BAND_5");
    expect(band5?.value).toBeCloseTo(45 / 170, 12); // from the rounded counts: 43 -> 45, 169 -> 170
    expect(wresReport.targets[0]).toMatchObject({ gap: null, met: null, actual: { value: null, suppressed: true } });
    const wresReturns = await partnerB.request(wresReturnsQuery, { organisationId: trustA });
    expect(wresReturns.errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });

  it("treats console users by ownership: admins raw, other academies' managers controlled, facilitators nothing", async () => {
    expect((await reportOf(admin, trustA, 2023)).disclosure).toBe("RAW");
    const otherManager = await server.signedInAs(Role.PROGRAMME_MANAGER, "manager@hpma.test", "HPMA London Academy");
    expect((await reportOf(otherManager, trustA, 2023)).disclosure).toBe("CONTROLLED");
    const facilitator = await server.signedInAs(Role.FACILITATOR);
    expect((await report(facilitator, trustA, 2023)).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const anonymous = await report(server.anonymous(), trustA, 2023);
    expect(anonymous.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    const catalogueOnly = await partnerFor(server, admin, trustA, ["CATALOGUE_READ"]);
    expect((await report(catalogueOnly, trustA, 2023)).errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });

  it("is null for a year without a return", async () => {
    expect((await partnerA.data(wresReportQuery, { organisationId: trustA, year: 2016 })).wresReport).toBeNull();
  });

  it("no count from 1 to 7 reaches a non-owner through any field (random small returns, every year)", async () => {
    const years = [2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2024];
    for (const year of years) {
      const { submitWresReturn } = await admin.data(submitWresReturnMutation, { input: { organisationId: trustA, year, ...randomSmallReturn(`property:${year}`) } });
      expect(submitWresReturn.userErrors).toEqual([]);
    }
    let checked = 0;
    let smallOwnCounts = 0;
    for (const year of [...years, 2023]) {
      const own = await partnerA.data(wresReportQuery, { organisationId: trustA, year });
      smallOwnCounts += countsIn(own).filter((c) => c.value >= 1 && c.value <= 7).length;
      for (const viewer of [partnerB, await server.signedInAs(Role.PROGRAMME_MANAGER, "manager@hpma.test", "HPMA London Academy")]) {
        const response = await viewer.data(wresReportQuery, { organisationId: trustA, year });
        const numbers = countsIn(response);
        checked += numbers.length;
        expect(numbers.filter((c) => c.value >= 1 && c.value <= 7)).toEqual([]);
        expect(numbers.filter((c) => c.value !== 0 && c.value % 5 !== 0)).toEqual([]);
      }
    }
    for (const code of ["WRES2", "WRES1.CLINICAL.BAND_5", "WRES9", "WRES5.BME", "WRES3"]) {
      const trend = await partnerB.data(TREND, { id: trustA, code });
      expect(trend.wresTrend.points.length).toBe(10);
      const numbers = countsIn(trend);
      checked += numbers.length;
      expect(numbers.filter((c) => c.value >= 1 && c.value <= 7)).toEqual([]);
    }
    expect(smallOwnCounts).toBeGreaterThan(50); // the owner does see small counts: the check has teeth
    expect(checked).toBeGreaterThan(2000);
  });
});

describe("wresTrend", () => {
  it("gives the organisation's figure by year with England and its region alongside", async () => {
    const { wresTrend } = await partnerB.data(TREND, { id: trustB, code: "WRES2" });
    expect(wresTrend.region).toBe("LONDON");
    expect(wresTrend.points.map((p: { year: number }) => p.year)).toEqual([2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024]);
    for (const point of wresTrend.points) {
      expect(point.organisation.disclosure).toBe("RAW"); // its own
      expect(point.england.value).toBeGreaterThan(1);
      expect(point.region.code).toBe("WRES2");
    }
    const bad = await partnerB.request(TREND, { id: trustB, code: "WRES99" });
    expect(bad.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });
});
