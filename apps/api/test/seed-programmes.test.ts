import { afterAll, beforeAll, describe, expect, it } from "vitest";
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

const PROGRAMMES = `{
  programmes(first: 10) {
    totalCount
    edges { node {
      title status duration deliveryModes aims benefits learningOutcomes commitments targetRoles
      academy { name }
      eligibility { bands staffGroups ethnicity memberOrganisationsOnly requirements }
      eligibilitySummary
      modules { title kind lengthDays deliveryMode }
      tracks { name eligibility { bands } effectiveEligibility { bands ethnicity requirements } modules { title kind lengthDays deliveryMode position } }
      cohorts {
        name capacity placesRemaining waitlistLength allocationPolicy status startsOn endsOn
        applicationsCloseAt applicationsCloseAtLondon { date time text }
        facilitators { displayName role organisation { name } }
        sessions { title kind date startTime endTime facilitator { displayName } }
      }
    } }
  }
}`;

type Programme = Record<string, any>;
let byTitle: Map<string, Programme>;

beforeAll(async () => {
  const { programmes } = await anonymous.data(PROGRAMMES);
  byTitle = new Map(programmes.edges.map((e: { node: Programme }) => [e.node.title, e.node]));
});

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
    const p = byTitle.get("Stepping Up") as Programme;
    expect(p.academy.name).toBe("NHS Leadership Academy");
    expect(p.duration).toBe("2 to 3 months");
    expect(p.deliveryModes).toEqual(["FACE_TO_FACE", "SELF_DIRECTED", "WORKPLACE_BASED"]);
    expect(p.aims).toHaveLength(5);
    expect(p.benefits[0]).toBe("Prepare and develop for more senior leadership roles within the NHS");
    expect(p.eligibility).toEqual({ bands: ["BAND_5", "BAND_6", "BAND_7"], staffGroups: null, ethnicity: "POSITIVE_ACTION_BME", memberOrganisationsOnly: null, requirements: ["LINE_MANAGER_SUPPORT"] });
    expect(p.tracks.map((t: Programme) => [t.name, t.effectiveEligibility.bands, t.modules.map((m: Programme) => [m.kind, m.lengthDays, m.deliveryMode])])).toEqual([
      ["Band 7", ["BAND_7"], [["WORKSHOP", 3, "FACE_TO_FACE"], ["WORKSHOP", 2, "FACE_TO_FACE"]]],
      ["Bands 5 and 6", ["BAND_5", "BAND_6"], [["MODULE", 2, "FACE_TO_FACE"], ["MODULE", 2, "FACE_TO_FACE"]]],
    ]);
    expect(p.tracks[0].effectiveEligibility).toMatchObject({ ethnicity: "POSITIVE_ACTION_BME", requirements: ["LINE_MANAGER_SUPPORT"] });
    const seeded = p.cohorts.filter((c: Programme) => c.name.startsWith("West Essex 2020"));
    expect(seeded).toHaveLength(2);
    for (const cohort of seeded) {
      expect(cohort.allocationPolicy).toBe("FIRST_COME_FIRST_SERVED");
      expect(cohort.applicationsCloseAtLondon).toEqual({ date: "2020-02-12", time: "23:59", text: "23:59 on Wednesday 12 February 2020" });
      expect(cohort.status).toBe("COMPLETED");
    }
    const band7 = p.cohorts.find((c: Programme) => c.name === "West Essex 2020, band 7");
    expect(band7.sessions.map((s: Programme) => s.kind)).toEqual(["WORKSHOP", "WORKSHOP", "WORKSHOP", "WORKSHOP", "WORKSHOP"]);
    expect(p.eligibilitySummary).toContain("You need your line manager's support before applying.");
  });

  it("BAME Career Development Programme: 12 places, 2-day workshop 27-28 February 2024 09:00-16:30, two ALS in March, mentor before the start, 6-month mentoring, Thresholds Ltd", () => {
    const p = byTitle.get("South East BAME Career Development Programme") as Programme;
    expect(p.academy.name).toBe("South East Leadership Academy");
    expect(p.eligibility).toMatchObject({ ethnicity: "POSITIVE_ACTION_BME", requirements: ["MENTOR_OR_COACH_IDENTIFIED"] });
    expect(p.commitments).toContain("A minimum of 6-month coaching or mentoring relationship");
    expect(p.modules.map((m: Programme) => [m.kind, m.lengthDays])).toEqual([["WORKSHOP", 2], ["ACTION_LEARNING_SET", 1], ["ACTION_LEARNING_SET", 1], ["MENTORING", 0], ["EVALUATION", 0]]);
    const cohort = p.cohorts.find((c: Programme) => c.name === "February 2024");
    expect(cohort).toMatchObject({ capacity: 12, placesRemaining: 12, waitlistLength: 0 });
    expect(cohort.facilitators).toEqual([
      { displayName: "Thresholds Ltd", role: "Workshop facilitator", organisation: { name: "Thresholds Ltd" } },
      { displayName: "Sandie Dunn", role: "Action Learning Sets facilitator", organisation: null },
    ]);
    expect(cohort.sessions.map((s: Programme) => [s.kind, s.date, s.startTime, s.endTime, s.facilitator?.displayName])).toEqual([
      ["WORKSHOP", "2024-02-27", "09:00", "16:30", "Thresholds Ltd"],
      ["WORKSHOP", "2024-02-28", "09:00", "16:30", "Thresholds Ltd"],
      ["ACTION_LEARNING_SET", "2024-03-12", "10:00", "13:00", "Sandie Dunn"],
      ["ACTION_LEARNING_SET", "2024-03-26", "10:00", "13:00", "Sandie Dunn"],
    ]);
  });

  it("HPMA Anti-Racist Leadership Programme: 20 HR/OD places, 12 months, open to all, member organisations only, monitoring form, closing 10:00 BST on 13 September 2021", () => {
    const p = byTitle.get("Anti-Racist Leadership Programme") as Programme;
    expect(p.academy.name).toBe("HPMA London Academy");
    expect(p.duration).toBe("12 months");
    expect(p.eligibility).toEqual({ bands: null, staffGroups: ["HR_OD"], ethnicity: "OPEN_TO_ALL", memberOrganisationsOnly: true, requirements: ["EQUALITY_MONITORING_FORM"] });
    expect(p.eligibilitySummary).toEqual([
      "For HR and organisational development staff.",
      "Open to staff of all ethnicities.",
      "Only for staff of a member organisation of HPMA London Academy.",
      "You need to complete an equality monitoring form with your application.",
    ]);
    const first = p.cohorts.find((c: Programme) => c.name === "First cohort 2021-22");
    expect(first).toMatchObject({ capacity: 20, allocationPolicy: "PANEL_SELECTION", applicationsCloseAt: "2021-09-13T09:00:00.000Z" });
    expect(first.applicationsCloseAtLondon.text).toBe("10:00 on Monday 13 September 2021");
  });

  it("Career Advancement Programme: target roles and learning outcomes from its seed", () => {
    const p = byTitle.get("Career Advancement Programme in Promoting Racial Equity in Healthcare") as Programme;
    expect(p.targetRoles).toEqual(["Physicians", "Nurses", "Administrators", "Social workers"]);
    expect(p.learningOutcomes).toContain("Master culturally competent communication");
    expect(p.learningOutcomes).toContain("Understand systemic racism's impact on health disparities");
    expect(p.deliveryModes).toEqual(["ONLINE", "FACE_TO_FACE"]);
  });

  it("each programme has a current cohort taking applications now, closing within the next four months", async () => {
    const { cohorts } = await anonymous.data(`{ cohorts(first: 50, filter: { openForApplications: true }) { totalCount edges { node { name status programme { title } applicationsCloseAt } } } }`);
    const titles = new Set(cohorts.edges.map((e: Programme) => e.node.programme.title));
    expect(titles.size).toBe(4);
    for (const { node } of cohorts.edges) {
      expect(node.status).toBe("OPEN");
      const closes = new Date(node.applicationsCloseAt).getTime();
      expect(closes).toBeGreaterThan(Date.now());
      expect(closes - Date.now()).toBeLessThan(120 * 86_400_000);
    }
  });

  it("models academy membership: HPMA London's members are the London trusts", async () => {
    const admin = await server.signedInAs("ADMIN" as never);
    const { organisations } = await admin.data(`{ organisations(first: 5, filter: { search: "HPMA" }) { edges { node { name memberOrganisations { name region } } } } }`);
    const members = organisations.edges[0].node.memberOrganisations;
    expect(members.length).toBe(10);
    expect(members.every((m: Programme) => m.region === "LONDON")).toBe(true);
  });

  it("seeding again changes nothing", async () => {
    expect(await seedDemoData(server.dataSource)).toBe("skipped");
    const { programmes } = await anonymous.data(`{ programmes { totalCount } }`);
    expect(programmes.totalCount).toBe(4);
  });
});
