import {
  academyMembersQuery,
  catalogueOpenCohortsQuery,
  catalogueProgrammeQuery,
  catalogueProgrammesQuery,
  cohortQuery,
  organisationsQuery,
  programmeQuery,
  type CatalogueProgrammeQuery,
  type CohortQuery,
} from "@ascent/client";
import { fromLondon, Role } from "@ascent/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoData } from "../src/seed/seed-demo-data";
import type { GraphQLClient } from "./support/graphql-client";
import { createTestServer, TestServer } from "./support/test-server";

let server: TestServer;
let anonymous: GraphQLClient;
let admin: GraphQLClient;

/** A programme as its public catalogue page shows it, with every cohort as staff see it (past ones too). */
type Programme = NonNullable<CatalogueProgrammeQuery["programme"]> & { cohorts: Array<NonNullable<CohortQuery["cohort"]>> };
let byTitle: Map<string, Programme>;

beforeAll(async () => {
  server = await createTestServer();
  await seedDemoData(server.dataSource);
  anonymous = server.anonymous();
  admin = await server.signedInAs(Role.ADMIN);
  const { programmes } = await anonymous.data(catalogueProgrammesQuery, { first: 10 });
  const loaded = await Promise.all(
    programmes.edges.map(async ({ node: { id } }): Promise<Programme> => {
      const { programme } = await anonymous.data(catalogueProgrammeQuery, { id });
      const staffView = (await admin.data(programmeQuery, { id })).programme!;
      const cohorts = await Promise.all(staffView.cohorts.map(async (c) => (await admin.data(cohortQuery, { id: c.id, canManage: false })).cohort!));
      return { ...programme!, cohorts };
    }),
  );
  byTitle = new Map(loaded.map((p) => [p.title, p]));
});
afterAll(() => server.close());

const programmeTitled = (title: string) => byTitle.get(title)!;
const cohortNamed = (programme: Programme, name: string) => programme.cohorts.find((c) => c.name === name)!;

describe("the seeds' four programmes", () => {
  it("are published and visible in the public catalogue", () => {
    expect([...byTitle.keys()].sort()).toEqual([
      "Anti-Racist Leadership Programme",
      "Career Advancement Programme in Promoting Racial Equity in Healthcare",
      "South East BAME Career Development Programme",
      "Stepping Up",
    ]);
    for (const programme of byTitle.values()) expect(programme.status).toBe("PUBLISHED");
  });

  it("Stepping Up: NHS Leadership Academy, band 7 track of 3 + 2 workshop days, bands 5-6 track of two 2-day modules, line-manager support, first come first served, closing Wednesday 12 February 2020", () => {
    const p = programmeTitled("Stepping Up");
    expect(p.academy.name).toBe("NHS Leadership Academy");
    expect(p.duration).toBe("2 to 3 months");
    expect(p.deliveryModes).toEqual(["FACE_TO_FACE", "SELF_DIRECTED", "WORKPLACE_BASED"]);
    expect(p.aims).toHaveLength(5);
    expect(p.benefits[0]).toBe("Prepare and develop for more senior leadership roles within the NHS");
    expect(p.eligibility).toEqual({ bands: ["BAND_5", "BAND_6", "BAND_7"], medicalGrades: null, staffGroups: null, ethnicity: "POSITIVE_ACTION_BME", memberOrganisationsOnly: null, requirements: ["LINE_MANAGER_SUPPORT"] });
    expect(p.tracks.map((t) => [t.name, t.effectiveEligibility.bands, t.modules.map((m) => [m.kind, m.lengthDays, m.deliveryMode])])).toEqual([
      ["Band 7", ["BAND_7"], [["WORKSHOP", 3, "FACE_TO_FACE"], ["WORKSHOP", 2, "FACE_TO_FACE"]]],
      ["Bands 5 and 6", ["BAND_5", "BAND_6"], [["MODULE", 2, "FACE_TO_FACE"], ["MODULE", 2, "FACE_TO_FACE"]]],
    ]);
    expect(p.tracks[0].effectiveEligibility).toMatchObject({ ethnicity: "POSITIVE_ACTION_BME", requirements: ["LINE_MANAGER_SUPPORT"] });
    const seeded = p.cohorts.filter((c) => c.name.startsWith("West Essex 2020"));
    expect(seeded).toHaveLength(2);
    for (const cohort of seeded) {
      expect(cohort.allocationPolicy).toBe("FIRST_COME_FIRST_SERVED");
      expect(cohort.applicationsCloseAtLondon).toEqual({ date: "2020-02-12", time: "23:59", text: "23:59 on Wednesday 12 February 2020" });
      expect(cohort.status).toBe("COMPLETED");
    }
    const band7 = cohortNamed(p, "West Essex 2020, band 7");
    expect(band7.sessions.map((s) => s.kind)).toEqual(["WORKSHOP", "WORKSHOP", "WORKSHOP", "WORKSHOP", "WORKSHOP"]);
    expect(p.eligibilitySummary).toContain("You need your line manager's support before applying.");
  });

  it("BAME Career Development Programme: 12 places, 2-day workshop 27-28 February 2024 09:00-16:30, two ALS in March, mentor before the start, 6-month mentoring, Thresholds Ltd", () => {
    const p = programmeTitled("South East BAME Career Development Programme");
    expect(p.academy.name).toBe("South East Leadership Academy");
    expect(p.eligibility).toMatchObject({ ethnicity: "POSITIVE_ACTION_BME", requirements: ["MENTOR_OR_COACH_IDENTIFIED"] });
    expect(p.commitments).toContain("A minimum of 6-month coaching or mentoring relationship");
    expect(p.modules.map((m) => [m.kind, m.lengthDays])).toEqual([["WORKSHOP", 2], ["ACTION_LEARNING_SET", 1], ["ACTION_LEARNING_SET", 1], ["MENTORING", 0], ["EVALUATION", 0]]);
    const cohort = cohortNamed(p, "February 2024");
    // Its 12 places are taken: the demo enrols a roster of 12 (see demo-evaluations.ts).
    expect(cohort).toMatchObject({ capacity: 12, placesRemaining: 0, waitlistLength: 0 });
    expect(cohort.facilitators.map((f) => ({ displayName: f.displayName, role: f.role, organisation: f.organisation && { name: f.organisation.name } }))).toEqual([
      { displayName: "Thresholds Ltd", role: "Workshop facilitator", organisation: { name: "Thresholds Ltd" } },
      { displayName: "Sandie Dunn", role: "Action Learning Sets facilitator", organisation: null },
    ]);
    // Its roster of 12 is in two Action Learning Sets (demo-learning-sets.ts): each ALS day is a meeting per set.
    expect(cohort.sessions.map((s) => [s.kind, s.date, s.startTime, s.endTime, s.facilitator?.displayName])).toEqual([
      ["WORKSHOP", "2024-02-27", "09:00", "16:30", "Thresholds Ltd"],
      ["WORKSHOP", "2024-02-28", "09:00", "16:30", "Thresholds Ltd"],
      ["ACTION_LEARNING_SET", "2024-03-12", "10:00", "13:00", "Sandie Dunn"],
      ["ACTION_LEARNING_SET", "2024-03-12", "10:00", "13:00", "Sandie Dunn"],
      ["ACTION_LEARNING_SET", "2024-03-26", "10:00", "13:00", "Sandie Dunn"],
      ["ACTION_LEARNING_SET", "2024-03-26", "10:00", "13:00", "Sandie Dunn"],
    ]);
  });

  it("HPMA Anti-Racist Leadership Programme: 20 HR/OD places, 12 months, open to all, member organisations only, monitoring form, closing 10:00 BST on 13 September 2021", () => {
    const p = programmeTitled("Anti-Racist Leadership Programme");
    expect(p.academy.name).toBe("HPMA London Academy");
    expect(p.duration).toBe("12 months");
    expect(p.eligibility).toEqual({ bands: null, medicalGrades: null, staffGroups: ["HR_OD"], ethnicity: "OPEN_TO_ALL", memberOrganisationsOnly: true, requirements: ["EQUALITY_MONITORING_FORM"] });
    expect(p.eligibilitySummary).toEqual([
      "For HR and organisational development staff.",
      "Open to staff of all ethnicities.",
      "Only for staff of a member organisation of HPMA London Academy.",
      "You need to complete an equality monitoring form with your application.",
    ]);
    const first = cohortNamed(p, "First cohort 2021-22");
    expect(first).toMatchObject({ capacity: 20, allocationPolicy: "PANEL_SELECTION" });
    expect(first.applicationsCloseAtLondon).toEqual({ date: "2021-09-13", time: "10:00", text: "10:00 on Monday 13 September 2021" });
    expect(fromLondon(first.applicationsCloseAtLondon!)?.toISOString()).toBe("2021-09-13T09:00:00.000Z");
  });

  it("Career Advancement Programme: target roles and learning outcomes from its seed", () => {
    const p = programmeTitled("Career Advancement Programme in Promoting Racial Equity in Healthcare");
    expect(p.targetRoles).toEqual(["Physicians", "Nurses", "Administrators", "Social workers"]);
    expect(p.learningOutcomes).toContain("Master culturally competent communication");
    expect(p.learningOutcomes).toContain("Understand systemic racism's impact on health disparities");
    expect(p.deliveryModes).toEqual(["ONLINE", "FACE_TO_FACE"]);
  });

  it("each programme has a current cohort taking applications now, closing within the next four months", async () => {
    const { cohorts } = await anonymous.data(catalogueOpenCohortsQuery, { first: 50 });
    const titles = new Set(cohorts.edges.map((e) => e.node.programme.title));
    expect(titles.size).toBe(4);
    for (const { node } of cohorts.edges) {
      expect(node.status).toBe("OPEN");
      const closes = new Date(node.applicationsCloseAt!).getTime();
      expect(closes).toBeGreaterThan(Date.now());
      expect(closes - Date.now()).toBeLessThan(120 * 86_400_000);
    }
  });

  it("models academy membership: HPMA London's members are the London trusts", async () => {
    const { organisations } = await admin.data(organisationsQuery, { first: 5, filter: { search: "HPMA" } });
    const { organisation } = await admin.data(academyMembersQuery, { id: organisations.edges[0].node.id });
    const members = organisation!.memberOrganisations;
    expect(members.length).toBe(10);
    expect(members.every((m) => m.region === "LONDON")).toBe(true);
  });

  it("seeding again changes nothing", async () => {
    expect(await seedDemoData(server.dataSource)).toBe("skipped");
    const { programmes } = await anonymous.data(catalogueProgrammesQuery, { first: 10 });
    expect(programmes.totalCount).toBe(4);
  });
});
