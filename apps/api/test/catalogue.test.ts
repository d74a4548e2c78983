import { addDaysToLocalDate, formatLondonDateTime, fromLondon } from "@ascent/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { currentCohortShiftDays } from "../src/seed/demo-programmes";
import { seedDemoData } from "../src/seed/seed-demo-data";
import type { GraphQLClient } from "./support/graphql-client";
import { createTestServer, TestServer } from "./support/test-server";

let server: TestServer;
let anonymous: GraphQLClient;

beforeAll(async () => {
  server = await createTestServer();
  await seedDemoData(server.dataSource);
  anonymous = server.anonymous();
});
afterAll(() => server.close());

describe("the public catalogue, without signing in", () => {
  it("lists published programmes with their open cohorts: eligibility in plain words, dates, places remaining and closing date", async () => {
    const { programmes } = await anonymous.data(`{
      programmes(first: 10) { totalCount edges { node {
        title summary eligibilitySummary
        openCohorts { name startsOn endsOn placesRemaining applicationsCloseAtLondon { text } track { name eligibilitySummary } }
      } } }
    }`);
    expect(programmes.totalCount).toBe(4);
    const steppingUp = programmes.edges.find((e: any) => e.node.title === "Stepping Up").node;
    expect(steppingUp.eligibilitySummary).toEqual([
      "Open to Agenda for Change bands 5, 6 and 7.",
      "A positive action programme for staff who identify as Black, Asian or minority ethnic (Equality Act 2010).",
      "You need your line manager's support before applying.",
    ]);
    // As written (22 November 2026); the seed moves current cohorts on by whole weeks after that.
    const days = currentCohortShiftDays();
    const on = (date: string) => addDaysToLocalDate(date, days);
    const year = on("2027-02-01").slice(0, 4);
    const closes = fromLondon({ date: on("2027-01-13"), time: "23:59" }) as Date;
    // Cohorts starting the same day come in name order.
    expect(steppingUp.openCohorts).toEqual([
      {
        name: `${year}, band 7`,
        startsOn: on("2027-02-01"),
        endsOn: on("2027-04-30"),
        placesRemaining: 24,
        applicationsCloseAtLondon: { text: formatLondonDateTime(closes) },
        track: { name: "Band 7", eligibilitySummary: expect.arrayContaining(["Open to Agenda for Change band 7."]) },
      },
      expect.objectContaining({ name: `${year}, bands 5 and 6` }),
    ]);
    expect(formatLondonDateTime(closes)).toMatch(/^23:59 on Wednesday /);
  });

  it("filters cohorts open for applications, and hides planned cohorts and staff-only fields", async () => {
    const { cohorts } = await anonymous.data(`{ cohorts(first: 50, filter: { openForApplications: true }) { totalCount edges { node { name capacity placesRemaining waitlistLength openForApplications } } } }`);
    expect(cohorts.totalCount).toBe(5);
    expect(cohorts.edges.every((e: any) => e.node.openForApplications && e.node.placesRemaining === e.node.capacity && e.node.waitlistLength === 0)).toBe(true);
    const all = await anonymous.data(`{ cohorts(first: 50) { totalCount edges { node { status } } } }`);
    expect(all.cohorts.edges.some((e: any) => e.node.status === "PLANNED")).toBe(false);
    const staffOnly = await anonymous.request(`{ cohorts(first: 1) { edges { node { availableTransitions } } } }`);
    expect(staffOnly.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("tells an applicant whether they are eligible and why, before they apply", async () => {
    const { programmes } = await anonymous.data(`{ programmes(filter: { search: "Anti-Racist" }) { edges { node { id } } } }`);
    const admin = await server.signedInAs("ADMIN" as never);
    const { organisations } = await admin.data(`{ organisations(first: 100) { edges { node { id odsCode } } } }`);
    const barts = organisations.edges.find((e: any) => e.node.odsCode === "R1H").node.id;
    const oxford = organisations.edges.find((e: any) => e.node.odsCode === "RTH").node.id;
    const query = `query ($p: ID!, $a: EligibilityApplicantInput!) { checkEligibility(programmeId: $p, applicant: $a) { eligible reasons { rule met explanation } } }`;
    const applicant = { staffGroup: "HR_OD", equalityMonitoringFormCompleted: true };
    const london = (await anonymous.data(query, { p: programmes.edges[0].node.id, a: { ...applicant, organisationId: barts } })).checkEligibility;
    expect(london.eligible).toBe(true);
    const elsewhere = (await anonymous.data(query, { p: programmes.edges[0].node.id, a: { ...applicant, organisationId: oxford } })).checkEligibility;
    expect(elsewhere.eligible).toBe(false);
    expect(elsewhere.reasons.find((r: any) => !r.met).explanation).toBe(
      "The programme is only for staff of a member organisation of HPMA London Academy, and your organisation is not one.",
    );
  });
});
