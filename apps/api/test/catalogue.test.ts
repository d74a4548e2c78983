import { catalogueOpenCohortsQuery, catalogueProgrammeQuery, catalogueProgrammesQuery, checkEligibilityQuery, cohortQuery, cohortsQuery, organisationsQuery } from "@ascent/client";
import { addDaysToLocalDate, formatLondonDateTime, fromLondon, Role, StaffGroup } from "@ascent/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toGlobalId } from "../src/graphql/relay/global-id";
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
    const { programmes } = await anonymous.data(catalogueProgrammesQuery, { first: 10 });
    expect(programmes.totalCount).toBe(4);
    const steppingUp = programmes.edges.find((e) => e.node.title === "Stepping Up")!.node;
    expect(steppingUp.eligibilitySummary).toEqual([
      "Open to Agenda for Change bands 5, 6 and 7.",
      "A positive action programme for staff who identify as Black, Asian or minority ethnic (Equality Act 2010).",
      "You need your line manager's support before applying.",
    ]);
    // Each track's own rules in words are on the programme's catalogue page.
    const { programme } = await anonymous.data(catalogueProgrammeQuery, { id: steppingUp.id });
    const trackSummary = new Map(programme!.tracks.map((t) => [t.id, t.eligibilitySummary]));
    // As written (22 November 2026); the seed moves current cohorts on by whole weeks after that.
    const days = currentCohortShiftDays();
    const on = (date: string) => addDaysToLocalDate(date, days);
    const year = on("2027-02-01").slice(0, 4);
    const closes = fromLondon({ date: on("2027-01-13"), time: "23:59" }) as Date;
    // Cohorts starting the same day come in name order.
    const openCohorts = steppingUp.openCohorts.map((c) => ({
      name: c.name,
      startsOn: c.startsOn,
      endsOn: c.endsOn,
      placesRemaining: c.placesRemaining,
      applicationsCloseAtLondon: c.applicationsCloseAtLondon && { text: c.applicationsCloseAtLondon.text },
      track: c.track && { name: c.track.name, eligibilitySummary: trackSummary.get(c.track.id) },
    }));
    expect(openCohorts).toEqual([
      {
        name: `${year}, band 7`,
        startsOn: on("2027-02-01"),
        endsOn: on("2027-04-30"),
        // 24 places, two of them held for the demo applicants.
        placesRemaining: 22,
        applicationsCloseAtLondon: { text: formatLondonDateTime(closes) },
        track: { name: "Band 7", eligibilitySummary: expect.arrayContaining(["Open to Agenda for Change band 7."]) },
      },
      expect.objectContaining({ name: `${year}, bands 5 and 6` }),
    ]);
    expect(formatLondonDateTime(closes)).toMatch(/^23:59 on Wednesday /);
  });

  it("filters cohorts open for applications, and hides planned cohorts and staff-only fields", async () => {
    const { cohorts } = await anonymous.data(catalogueOpenCohortsQuery, { first: 50 });
    expect(cohorts.totalCount).toBe(5);
    // What the applications in the database leave: places held, offered or accepted, and those waiting.
    const applications: Array<{ cohort_id: string; taken: number; waiting: number }> = await server.dataSource.query(
      `SELECT cohort_id, count(*) FILTER (WHERE status IN ('AWAITING_ENDORSEMENT', 'OFFERED', 'ACCEPTED'))::int AS taken,
              count(*) FILTER (WHERE status = 'WAITLISTED')::int AS waiting
         FROM application GROUP BY cohort_id`,
    );
    const byCohort = new Map(applications.map((a) => [toGlobalId("Cohort", a.cohort_id), a]));
    let takenInOpenCohorts = 0;
    for (const { node } of cohorts.edges) {
      const { taken = 0, waiting = 0 } = byCohort.get(node.id) ?? {};
      expect(node, node.name).toMatchObject({ openForApplications: true, placesRemaining: node.capacity - taken, waitlistLength: waiting });
      takenInOpenCohorts += taken;
    }
    expect(takenInOpenCohorts).toBeGreaterThan(0);
    const all = await anonymous.data(cohortsQuery, { first: 50 });
    expect(all.cohorts.edges.some((e) => e.node.status === "PLANNED")).toBe(false);
    const staffOnly = await anonymous.request(cohortQuery, { id: cohorts.edges[0].node.id, canManage: true });
    expect(staffOnly.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("tells an applicant whether they are eligible and why, before they apply", async () => {
    const { programmes } = await anonymous.data(catalogueProgrammesQuery, { first: 10, search: "Anti-Racist" });
    const admin = await server.signedInAs(Role.ADMIN);
    const { organisations } = await admin.data(organisationsQuery, { first: 100 });
    const barts = organisations.edges.find((e) => e.node.odsCode === "R1H")!.node.id;
    const oxford = organisations.edges.find((e) => e.node.odsCode === "RTH")!.node.id;
    const applicant = { staffGroup: StaffGroup.HR_OD, equalityMonitoringFormCompleted: true };
    const check = async (organisationId: string) =>
      (await anonymous.data(checkEligibilityQuery, { programmeId: programmes.edges[0].node.id, applicant: { ...applicant, organisationId } })).checkEligibility;
    const london = await check(barts);
    expect(london.eligible).toBe(true);
    const elsewhere = await check(oxford);
    expect(elsewhere.eligible).toBe(false);
    expect(elsewhere.reasons.find((r) => !r.met)!.explanation).toBe(
      "The programme is only for staff of a member organisation of HPMA London Academy, and your organisation is not one.",
    );
  });
});
