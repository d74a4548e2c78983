import {
  actOnApplicationsMutation,
  applicationDetailQuery,
  cohortApplicationsCsvQuery,
  cohortApplicationsQuery,
  declineOfferMutation,
  scoreApplicationMutation,
  submitApplicationMutation,
  submitEqualityMonitoringMutation,
  updateSelectionCriteriaMutation,
  type SubmitApplicationInput,
} from "@ascent/client";
import { AfcBand, AllocationPolicy, ApplicationQuestionKind, EligibilityRequirement, EthnicityCriterion, Role } from "@ascent/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoData } from "../src/seed/seed-demo-data";
import { applicationInput, openCohort } from "./support/applications";
import type { GraphQLClient } from "./support/graphql-client";
import { createTestServer, TestServer } from "./support/test-server";

let server: TestServer;
let anonymous: GraphQLClient;

beforeAll(async () => {
  server = await createTestServer();
  await seedDemoData(server.dataSource);
  anonymous = server.anonymous();
}, 60_000);
afterAll(() => server.close());

const submit = async (input: SubmitApplicationInput) => (await anonymous.data(submitApplicationMutation, { input })).submitApplication;
const CRITERIA = [
  { key: "capability", title: "Capability to lead change", maxScore: 5 },
  { key: "ambition", title: "Ambition", maxScore: 10 },
];

/** A panel cohort whose programme has two criteria, and `count` applications under review (receipts 1..count). */
async function panelCohort(count: number, capacity = 2) {
  const opened = await openCohort(server, { capacity, allocationPolicy: AllocationPolicy.PANEL_SELECTION });
  const { updateApplicationForm } = await opened.manager.data(updateSelectionCriteriaMutation, { input: { programmeId: opened.programmeId, selectionCriteria: CRITERIA } });
  expect(updateApplicationForm.userErrors).toEqual([]);
  const submitted = [];
  for (let i = 0; i < count; i += 1) submitted.push(await submit(applicationInput(opened.cohortId)));
  const ids = await queue(opened.manager, { cohortId: opened.cohortId });
  return { ...opened, submitted, ids };
}

async function queue(client: GraphQLClient, filter: Record<string, unknown>, orderBy?: { field: "RECEIPT" | "RANKING"; direction: "ASC" | "DESC" }, first = 50) {
  const { applications } = await client.data(cohortApplicationsQuery, { filter: filter as never, orderBy, first });
  return applications.edges.map((edge) => edge.node.id);
}

const score = (client: GraphQLClient, applicationId: string, capability: number, ambition: number, comment?: string) =>
  client.data(scoreApplicationMutation, {
    input: { applicationId, scores: [{ criterionKey: "capability", score: capability }, { criterionKey: "ambition", score: ambition }], comment },
  });

describe("the queue", () => {
  it("filters by status, eligibility, endorsement and search, sorts by receipt either way, and pages by cursor", async () => {
    const { cohortId, manager } = await openCohort(server, { capacity: 1, eligibility: { bands: [AfcBand.BAND_6], requirements: [EligibilityRequirement.LINE_MANAGER_SUPPORT] } });
    const lineManager = { name: "Lee Manager", email: "lee.manager@nhs.test" };
    const held = await submit(applicationInput(cohortId, { lineManager }, { name: "Hana Held" }));
    const waiting = await submit(applicationInput(cohortId, { lineManager }, { name: "Wes Waiting" }));
    const ineligible = await submit(applicationInput(cohortId, { lineManager }, { name: "Ivy Band Seven", band: AfcBand.BAND_7 }));
    expect([held, waiting, ineligible].map((r) => r.application?.status)).toEqual(["AWAITING_ENDORSEMENT", "WAITLISTED", "INELIGIBLE"]);

    const names = async (filter: Record<string, unknown>, orderBy?: { field: "RECEIPT"; direction: "ASC" | "DESC" }) => {
      const { applications } = await manager.data(cohortApplicationsQuery, { filter: { cohortId, ...filter } as never, orderBy, first: 10 });
      return applications.edges.map((edge) => edge.node.applicantName);
    };
    expect(await names({})).toEqual(["Hana Held", "Wes Waiting", "Ivy Band Seven"]);
    expect(await names({}, { field: "RECEIPT", direction: "DESC" })).toEqual(["Ivy Band Seven", "Wes Waiting", "Hana Held"]);
    expect(await names({ status: ["WAITLISTED", "AWAITING_ENDORSEMENT"] })).toEqual(["Hana Held", "Wes Waiting"]);
    expect(await names({ eligible: false })).toEqual(["Ivy Band Seven"]);
    expect(await names({ eligible: true, endorsementStatus: ["PENDING"] })).toEqual(["Hana Held", "Wes Waiting"]);
    expect(await names({ endorsementStatus: ["ENDORSED"] })).toEqual([]);
    expect(await names({ search: "wes" })).toEqual(["Wes Waiting"]);
    expect(await names({ search: held.application?.reference })).toEqual(["Hana Held"]);

    const first = await manager.data(cohortApplicationsQuery, { filter: { cohortId }, first: 2 });
    expect(first.applications.totalCount).toBe(3);
    expect(first.applications.pageInfo.hasNextPage).toBe(true);
    const second = await manager.data(cohortApplicationsQuery, { filter: { cohortId }, first: 2, after: first.applications.pageInfo.endCursor });
    expect(second.applications.edges.map((e) => e.node.receiptNumber)).toEqual([3]);
  });

  it("refuses a ranking without a cohort", async () => {
    const manager = await server.signedInAs(Role.PROGRAMME_MANAGER, "manager.south@test.ascent.local", "South East Leadership Academy");
    const response = await manager.request(cohortApplicationsQuery, { filter: {}, orderBy: { field: "RANKING", direction: "ASC" } });
    expect(response.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });
});

describe("bulk actions", () => {
  it("rejects several with one reason, each with its own result, and an offer with no place left is refused on its own row", async () => {
    const { manager, ids } = await panelCohort(4, 1);
    const missingReason = await manager.data(actOnApplicationsMutation, { input: { ids: ids.slice(0, 2), action: "REJECT", reason: "  " } });
    expect(missingReason.actOnApplications).toMatchObject({ results: [], userErrors: [{ field: ["reason"], code: "REQUIRED" }] });

    const offers = await manager.data(actOnApplicationsMutation, { input: { ids: ids.slice(0, 2), action: "OFFER_PLACE" } });
    expect(offers.actOnApplications.userErrors).toEqual([]);
    expect(offers.actOnApplications.results.map((r) => [r.id, r.application?.status ?? null, r.userErrors.map((e) => e.code)])).toEqual([
      [ids[0], "OFFERED", []],
      [ids[1], null, ["INVALID"]],
    ]);

    const rejected = await manager.data(actOnApplicationsMutation, { input: { ids: [ids[1], ids[2], ids[3]], action: "REJECT", reason: "The cohort is full this time." } });
    expect(rejected.actOnApplications.results.map((r) => r.application?.status)).toEqual(["REJECTED", "REJECTED", "REJECTED"]);
    const { node } = await manager.data(applicationDetailQuery, { id: ids[2] });
    expect(node && "transitions" in node ? node.transitions.at(-1) : null).toMatchObject({
      fromStatus: "SUBMITTED",
      toStatus: "REJECTED",
      reason: "REJECTED_BY_STAFF",
      actor: "STAFF",
      note: "The cohort is full this time.",
      actorUser: { email: "manager.south@test.ascent.local" },
    });
    const again = await manager.data(actOnApplicationsMutation, { input: { ids: [ids[3]], action: "REJECT", reason: "Twice" } });
    expect(again.actOnApplications.results[0].userErrors.map((e) => e.code)).toEqual(["INVALID_TRANSITION"]);
  });

  it("does nothing at all when one of the applications is another academy's", async () => {
    const ours = await panelCohort(1);
    const theirs = await openCohort(server, { capacity: 1, academy: "HPMA London Academy" });
    const foreign = (await submit(applicationInput(theirs.cohortId))).application?.reference;
    const [foreignId] = await queue(theirs.manager, { cohortId: theirs.cohortId, search: foreign });
    const response = await ours.manager.request(actOnApplicationsMutation, { input: { ids: [ours.ids[0], foreignId], action: "REJECT", reason: "No" } });
    expect(response.errors?.[0].extensions?.code).toBe("NOT_FOUND");
    expect((await ours.manager.data(applicationDetailQuery, { id: ours.ids[0] })).node).toMatchObject({ status: "SUBMITTED" });
  });
});

describe("panel scoring", () => {
  it("keeps one score per reviewer, updatable, and ranks by the mean of the reviewers' totals", async () => {
    const { manager, ids, cohortId } = await panelCohort(3);
    const admin = await server.signedInAs(Role.ADMIN);
    const first = await score(manager, ids[0], 2, 4, "Solid");
    expect(first.scoreApplication.userErrors).toEqual([]);
    expect(first.scoreApplication.application?.meanScore).toBe(6);
    const revised = await score(manager, ids[0], 3, 5, "Revised after the interview");
    expect(revised.scoreApplication.application?.meanScore).toBe(8);
    const second = await score(admin, ids[0], 5, 10);
    expect(second.scoreApplication.application?.meanScore).toBe(11.5);
    expect(second.scoreApplication.application?.panelScores.map((s) => [s.reviewer?.email, s.total, s.comment])).toEqual([
      ["manager.south@test.ascent.local", 8, "Revised after the interview"],
      ["admin@test.ascent.local", 15, null],
    ]);
    expect(second.scoreApplication.application?.panelScores[0].scores).toEqual([
      { criterionKey: "capability", title: "Capability to lead change", score: 3, maxScore: 5 },
      { criterionKey: "ambition", title: "Ambition", score: 5, maxScore: 10 },
    ]);

    await score(manager, ids[2], 5, 10);
    expect(await queue(manager, { cohortId, status: ["SUBMITTED"] }, { field: "RANKING", direction: "ASC" })).toEqual([ids[2], ids[0], ids[1]]);
  });

  it("refuses out-of-range, unknown, repeated and missing criteria, saving nothing", async () => {
    const { manager, ids } = await panelCohort(1);
    const attempt = async (scores: Array<{ criterionKey: string; score: number }>) => {
      const { scoreApplication } = await manager.data(scoreApplicationMutation, { input: { applicationId: ids[0], scores } });
      expect(scoreApplication.score).toBeNull();
      return scoreApplication.userErrors.map((e) => [e.field?.join("."), e.code]);
    };
    expect(await attempt([{ criterionKey: "capability", score: 6 }, { criterionKey: "ambition", score: -1 }])).toEqual([
      ["scores.0.score", "INVALID"],
      ["scores.1.score", "INVALID"],
    ]);
    expect(await attempt([{ criterionKey: "capability", score: 1 }, { criterionKey: "ambition", score: 1 }, { criterionKey: "charisma", score: 1 }])).toEqual([["scores.2.criterionKey", "NOT_FOUND"]]);
    expect(await attempt([{ criterionKey: "capability", score: 1 }, { criterionKey: "capability", score: 2 }])).toEqual([
      ["scores.1.criterionKey", "INVALID"],
      ["scores.ambition", "REQUIRED"],
    ]);
    const tooLong = await manager.data(scoreApplicationMutation, {
      input: { applicationId: ids[0], scores: [{ criterionKey: "capability", score: 1 }, { criterionKey: "ambition", score: 1 }], comment: "x".repeat(5000) },
    });
    expect(tooLong.scoreApplication.userErrors.map((e) => e.code)).toEqual(["TOO_LONG"]);
    expect((await server.dataSource.query("SELECT count(*)::int AS n FROM application_score s JOIN application a ON a.id = s.application_id WHERE a.panel_score IS NOT NULL"))[0].n).toBe(
      (await server.dataSource.query("SELECT count(*)::int AS n FROM application_score"))[0].n,
    );
    const { node } = await manager.data(applicationDetailQuery, { id: ids[0] });
    expect(node).toMatchObject({ meanScore: null, panelScores: [] });
  });

  it("refuses a first-come cohort, another academy's application and a decided one", async () => {
    const fcfs = await openCohort(server, { capacity: 1 });
    await submit(applicationInput(fcfs.cohortId));
    const [fcfsId] = await queue(fcfs.manager, { cohortId: fcfs.cohortId });
    expect((await score(fcfs.manager, fcfsId, 1, 1)).scoreApplication.userErrors).toMatchObject([{ field: ["applicationId"], code: "INVALID" }]);

    const { manager, ids } = await panelCohort(1);
    const london = await server.signedInAs(Role.PROGRAMME_MANAGER, "manager.hpma@test.ascent.local", "HPMA London Academy");
    expect((await london.request(scoreApplicationMutation, { input: { applicationId: ids[0], scores: [] } })).errors?.[0].extensions?.code).toBe("NOT_FOUND");
    const facilitator = await server.signedInAs(Role.FACILITATOR, "facilitator@test.ascent.local", "Thresholds Ltd");
    expect((await facilitator.request(scoreApplicationMutation, { input: { applicationId: ids[0], scores: [] } })).errors?.[0].extensions?.code).toBe("FORBIDDEN");

    await manager.data(actOnApplicationsMutation, { input: { ids, action: "REJECT", reason: "Not this time" } });
    expect((await score(manager, ids[0], 1, 1)).scoreApplication.userErrors).toMatchObject([{ field: ["applicationId"], code: "INVALID_TRANSITION" }]);
  });
});

describe("offers from the ranking", () => {
  it("offers the shortlist in ranking order, waitlists the rest by score, and a decline passes the place down the ranking", async () => {
    const { manager, ids, submitted, cohortId } = await panelCohort(5, 2);
    // Receipt order 0..4; scores make the ranking 3, 1, 4, 0, 2.
    const totals = [4, 12, 2, 15, 8];
    for (const [index, id] of ids.entries()) await score(manager, id, Math.min(5, totals[index]), totals[index] - Math.min(5, totals[index]));
    const ranking = await queue(manager, { cohortId, status: ["SUBMITTED"] }, { field: "RANKING", direction: "ASC" });
    expect(ranking).toEqual([ids[3], ids[1], ids[4], ids[0], ids[2]]);

    const offered = await manager.data(actOnApplicationsMutation, { input: { ids: ranking.slice(0, 2), action: "OFFER_PLACE" } });
    expect(offered.actOnApplications.results.map((r) => r.application?.status)).toEqual(["OFFERED", "OFFERED"]);
    // The rest go on the waiting list in receipt order; the list still follows the ranking.
    const rest = [ids[0], ids[2], ids[4]];
    const waitlisted = await manager.data(actOnApplicationsMutation, { input: { ids: rest, action: "WAITLIST" } });
    expect(waitlisted.actOnApplications.results.map((r) => r.application?.status)).toEqual(["WAITLISTED", "WAITLISTED", "WAITLISTED"]);
    const { applications } = await manager.data(cohortApplicationsQuery, { filter: { cohortId, status: ["WAITLISTED"] } as never, orderBy: { field: "RANKING", direction: "ASC" } as never });
    expect(applications.edges.map((e) => [e.node.id, e.node.waitlistPosition])).toEqual([
      [ids[4], 1],
      [ids[0], 2],
      [ids[2], 3],
    ]);

    const { declineOffer } = await anonymous.data(declineOfferMutation, { input: { token: submitted[3].statusToken! } });
    expect(declineOffer.userErrors).toEqual([]);
    const { node } = await manager.data(applicationDetailQuery, { id: ids[4] });
    expect(node).toMatchObject({ status: "OFFERED", waitlistPosition: null });
    expect(node && "transitions" in node ? node.transitions.at(-1) : null).toMatchObject({ reason: "PROMOTED_FROM_WAITLIST", actor: "SYSTEM" });
    // A new score moves an application on the waiting list.
    await score(manager, ids[2], 5, 10);
    expect(await queue(manager, { cohortId, status: ["WAITLISTED"] }, { field: "RANKING", direction: "ASC" })).toEqual([ids[2], ids[0]]);
  });
});

describe("CSV export", () => {
  it("has the applications by receipt, answers included, no declaration or monitoring data, and formula-safe cells", async () => {
    const { cohortId, manager } = await openCohort(server, {
      capacity: 1,
      eligibility: { ethnicity: EthnicityCriterion.POSITIVE_ACTION_BME },
      questions: [{ key: "why", label: "Why this programme?", kind: ApplicationQuestionKind.LONG_TEXT, required: true }],
    });
    const declaration = { declared: true, consent: true };
    const formula = await submit(
      applicationInput(cohortId, { positiveActionDeclaration: declaration, answers: [{ questionKey: "why", value: '=HYPERLINK("http://evil.test","click")' }] }, { name: "@Sam Formula", jobTitle: "+Matron", organisationName: "-Trust, \"quoted\"" }),
    );
    expect(formula.userErrors).toEqual([]);
    await submit(applicationInput(cohortId, { positiveActionDeclaration: declaration, answers: [{ questionKey: "why", value: "To lead" }] }, { name: "Bea Second" }));
    const token = formula.statusToken;
    const monitoring = await anonymous.request(submitEqualityMonitoringMutation, { input: { token: token!, consent: true, ethnicity: "N" } });
    expect(monitoring.data?.submitEqualityMonitoring).toEqual({ recorded: true, userErrors: [] });

    const { cohort } = await manager.data(cohortApplicationsCsvQuery, { id: cohortId });
    const csv = cohort?.applicationsCsv ?? "";
    const lines = csv.trimEnd().split("\r\n");
    expect(lines[0]).toBe(
      '"Reference","Receipt number","Received (London)","Status","Waiting list position","Eligible","Name","Work email","Employer","Job title","Staff group","Band or grade","Line manager","Line manager email","Endorsement","Panel mean score","Panel reviews","Why this programme?"',
    );
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain(`"${formula.application?.reference}","1",`);
    expect(lines[1]).toContain(`"Place offered","","Yes","'@Sam Formula"`);
    expect(lines[1]).toContain(`"'-Trust, ""quoted""","'+Matron"`);
    expect(lines[1]).toContain(`"'=HYPERLINK(""http://evil.test"",""click"")"`);
    expect(lines[2]).toContain(`"On the waiting list","1","Yes","Bea Second"`);
    expect(csv).not.toMatch(/ethnic|Black|African|declar|monitoring/i);
  });

  it("is for the owning academy's staff only", async () => {
    const { cohortId } = await openCohort(server, { capacity: 1 });
    const london = await server.signedInAs(Role.PROGRAMME_MANAGER, "manager.hpma@test.ascent.local", "HPMA London Academy");
    const facilitator = await server.signedInAs(Role.FACILITATOR, "facilitator@test.ascent.local", "Thresholds Ltd");
    const admin = await server.signedInAs(Role.ADMIN);
    const codeFor = async (client: GraphQLClient) => (await client.request(cohortApplicationsCsvQuery, { id: cohortId })).errors?.[0]?.extensions?.code ?? "OK";
    expect(await codeFor(london)).toBe("FORBIDDEN");
    expect(await codeFor(facilitator)).toBe("FORBIDDEN");
    expect(await codeFor(anonymous)).toBe("UNAUTHENTICATED");
    expect(await codeFor(admin)).toBe("OK");
    const audit = await server.dataSource.query("SELECT count(*)::int AS n FROM audit_event WHERE operation = 'exportApplicationsCsv'");
    expect(audit[0].n).toBeGreaterThan(0);
  });
});
