import {
  applicationDetailQuery,
  applicationStatusQuery,
  applyCohortQuery,
  closeCohortMutation,
  cohortApplicationsQuery,
  createApiTokenMutation,
  endorseApplicationMutation,
  endorsementRequestQuery,
  eraseApplicantMutation,
  submitApplicationMutation,
  withdrawApplicationMutation,
  type EligibilityRulesInput,
  type SubmitApplicationInput,
} from "@ascent/client";
import { AfcBand, ApiScope, ApplicationQuestionKind, EligibilityRequirement, EthnicityCriterion, Role } from "@ascent/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toGlobalId } from "../src/graphql/relay/global-id";
import { LinkPurpose, LinkSigner } from "../src/modules/application/application.links";
import { DEVELOPMENT_LINK_SECRET } from "../src/modules/application/application.settings";
import { seedDemoData } from "../src/seed/seed-demo-data";
import { applicationInput, openCohort } from "./support/applications";
import { GraphQLClient } from "./support/graphql-client";
import { startTestMailbox, TestMailbox } from "./support/mailbox";
import { createTestServer, TestServer } from "./support/test-server";

let server: TestServer;
let mailbox: TestMailbox;
let anonymous: GraphQLClient;

beforeAll(async () => {
  mailbox = await startTestMailbox();
  server = await createTestServer({ smtpUrl: mailbox.url, consoleUrl: "http://console.test" }, { jobs: true });
  await seedDemoData(server.dataSource);
  anonymous = server.anonymous();
}, 90_000);
afterAll(async () => {
  await server.close();
  await mailbox.stop();
});

const submit = async (input: SubmitApplicationInput) => (await anonymous.data(submitApplicationMutation, { input })).submitApplication;
const sql = (text: string, params: unknown[] = []) => server.dataSource.query(text, params);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
async function until<T>(probe: () => Promise<T | undefined | null | false>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error("timed out");
    await sleep(100);
  }
}
const statusOf = async (token: string | null | undefined) => (await anonymous.data(applicationStatusQuery, { token: token! })).applicationStatus!;
const endorse = (token: string, endorse: boolean, comment?: string) => anonymous.data(endorseApplicationMutation, { input: { token, endorse, comment } });
const placesOf = async (cohortId: string) => (await anonymous.data(applyCohortQuery, { id: cohortId })).cohort!;
const linkIn = (text: string, kind: "status" | "endorse") => {
  const match = new RegExp(`http://console\\.test/applications/${kind}/(\\S+)`).exec(text);
  if (!match) throw new Error(`no ${kind} link in: ${text}`);
  return decodeURIComponent(match[1]);
};
const needsManager: EligibilityRulesInput = { requirements: [EligibilityRequirement.LINE_MANAGER_SUPPORT] };
const manager = (email: string) => ({ lineManager: { name: "Helen Clarke", email } });

describe("line-manager endorsement, by email link", () => {
  it("holds the place, emails the applicant and the manager, and the manager's endorsement turns the hold into an offer", async () => {
    const { cohortId } = await openCohort(server, { capacity: 1, eligibility: needsManager });
    const applicant = applicationInput(cohortId, manager("helen.clarke@nhs.test"));
    const first = await submit(applicant);
    expect(first.application).toMatchObject({ status: "AWAITING_ENDORSEMENT", endorsementStatus: "PENDING" });
    const second = await submit(applicationInput(cohortId, manager("helen.clarke@nhs.test")));
    expect(second.application?.status).toBe("WAITLISTED");

    const email = applicant.applicant.email;
    const confirmation = await mailbox.waitFor((m) => m.to.includes(email) && m.kind === "application.confirmation");
    expect(confirmation.text).toContain(first.application?.reference);
    expect(linkIn(confirmation.text, "status")).toBe(first.statusToken);
    const request = await mailbox.waitFor((m) => m.to.includes("helen.clarke@nhs.test") && m.kind === "application.endorsement-request" && m.text.includes(applicant.applicant.name));
    const endorseToken = linkIn(request.text, "endorse");

    const { endorsementRequest } = await anonymous.data(endorsementRequestQuery, { token: endorseToken });
    expect(endorsementRequest).toMatchObject({ applicantName: applicant.applicant.name, canDecide: true, status: "PENDING" });
    const { endorseApplication } = await endorse(endorseToken, true, "Full support.");
    expect(endorseApplication).toMatchObject({ endorsement: { status: "ENDORSED", canDecide: false }, userErrors: [] });
    expect(await statusOf(first.statusToken)).toMatchObject({ status: "OFFERED", endorsementStatus: "ENDORSED" });
    const offer = await mailbox.waitFor((m) => m.to.includes(email) && m.kind === "application.offered");
    expect(offer.subject).toContain("A place is offered to you");

    // Endorsing twice is refused: nothing left to decide.
    const again = await endorse(endorseToken, false);
    expect(again.endorseApplication.userErrors.map(({ code }) => ({ code }))).toEqual([{ code: "INVALID_TRANSITION" }]);
  });

  it("a manager's decline frees the held place for the next in line at once", async () => {
    const { cohortId } = await openCohort(server, { capacity: 1, eligibility: needsManager });
    const first = await submit(applicationInput(cohortId, manager("decliner@nhs.test")));
    const second = await submit(applicationInput(cohortId, manager("second.manager@nhs.test")));
    const request = await mailbox.waitFor((m) => m.to.includes("decliner@nhs.test"));
    const { endorseApplication } = await endorse(linkIn(request.text, "endorse"), false, "Not this year.");
    expect(endorseApplication).toMatchObject({ endorsement: { status: "DECLINED" }, userErrors: [] });
    expect((await statusOf(first.statusToken)).status).toBe("NOT_ENDORSED");
    expect(await statusOf(second.statusToken)).toMatchObject({ status: "AWAITING_ENDORSEMENT", waitlistPosition: null });
  });
});

describe("timed work", () => {
  it("a hold that lapses passes the place to the next in line (a job on the queue, not a timer)", async () => {
    const { cohortId } = await openCohort(server, { capacity: 1, eligibility: needsManager });
    const first = await submit(applicationInput(cohortId, manager("slow.manager@nhs.test")));
    const second = await submit(applicationInput(cohortId, manager("quick.manager@nhs.test")));
    const [{ id }] = await sql("SELECT a.id FROM application a WHERE a.cohort_id = $1 AND a.receipt_number = 1", [fromGlobal(cohortId)]);
    // Time passes: the hold's deadline and its job's start time move into the past.
    await sql("UPDATE application SET hold_expires_at = now() - interval '1 second' WHERE id = $1", [id]);
    const moved = await sql("UPDATE pgboss.job SET start_after = now() WHERE name = 'application.hold-lapse' AND data->>'applicationId' = $1 RETURNING id", [id]);
    expect(moved.length).toBeGreaterThan(0);
    await until(async () => (await statusOf(first.statusToken)).status === "LAPSED");
    expect(await statusOf(second.statusToken)).toMatchObject({ status: "AWAITING_ENDORSEMENT" });
    const admin = await server.signedInAs(Role.ADMIN);
    const { applications } = await admin.data(cohortApplicationsQuery, { filter: { cohortId } });
    const lastTransitionOf = async (id: string) => {
      const { node } = await admin.data(applicationDetailQuery, { id });
      const last = node && "transitions" in node ? node.transitions.at(-1) : undefined;
      return last && { toStatus: last.toStatus, reason: last.reason, actor: last.actor };
    };
    expect(await lastTransitionOf(applications.edges[0].node.id)).toEqual({ toStatus: "LAPSED", reason: "HOLD_LAPSED", actor: "SYSTEM" });
    expect(await lastTransitionOf(applications.edges[1].node.id)).toEqual({ toStatus: "AWAITING_ENDORSEMENT", reason: "PROMOTED_FROM_WAITLIST", actor: "SYSTEM" });
  });
});

describe("eligibility", () => {
  it("an ineligible application is told who the programme is for and never takes a place", async () => {
    const { cohortId } = await openCohort(server, { capacity: 1, eligibility: { ethnicity: EthnicityCriterion.POSITIVE_ACTION_BME, bands: [AfcBand.BAND_5, AfcBand.BAND_6] } });
    const declared = { positiveActionDeclaration: { declared: true, consent: true } };
    const ineligible = await submit(applicationInput(cohortId, { positiveActionDeclaration: { declared: false, consent: false } }));
    expect(ineligible.userErrors).toEqual([]);
    expect(ineligible.application?.status).toBe("INELIGIBLE");
    expect(ineligible.application?.ineligibility?.title).toBe("This programme is for staff who identify as Black, Asian or minority ethnic");
    expect(ineligible.application?.ineligibility?.lines.join(" ")).not.toMatch(/not eligible/i);
    const wrongBand = await submit(applicationInput(cohortId, declared, { band: AfcBand.BAND_8A }));
    expect(wrongBand.application?.status).toBe("INELIGIBLE");
    expect(wrongBand.application?.ineligibility?.lines[0]).toBe("You are at band 8a, but the programme is for Agenda for Change bands 5 and 6.");
    const { placesRemaining, waitlistLength } = await placesOf(cohortId);
    expect({ placesRemaining, waitlistLength }).toEqual({ placesRemaining: 1, waitlistLength: 0 });
    expect((await submit(applicationInput(cohortId, declared))).application?.status).toBe("OFFERED");
  });
});

describe("hostile input gets userErrors or a clear code, and nothing half-written", () => {
  it("refuses bad fields, unknown and closed cohorts, and keeps no row", async () => {
    const { cohortId, manager: staff } = await openCohort(server, {
      capacity: 5,
      questions: [{ key: "why", label: "Why?", kind: ApplicationQuestionKind.LONG_TEXT, required: true, maxLength: 50 }],
    });
    const before = await sql("SELECT count(*)::int AS n FROM application");
    const bad = await submit(
      applicationInput(cohortId, { answers: [{ questionKey: "why", value: "x".repeat(51) }, { questionKey: "nope", value: "?" }] }, { name: "<script>alert(1)</script>", email: "not-an-email" }),
    );
    expect(bad.application).toBeNull();
    expect(bad.userErrors.map((e) => [e.field?.join("."), e.code]).sort()).toEqual(
      [["answers.1.questionKey", "NOT_FOUND"], ["answers.why", "TOO_LONG"], ["applicant.email", "INVALID"], ["applicant.name", "INVALID"]].sort(),
    );
    const unknown = await submit(applicationInput(toGlobalId("Cohort", "00000000-0000-4000-8000-000000000000")));
    expect(unknown.userErrors).toEqual([{ field: ["cohortId"], code: "NOT_FOUND", message: expect.any(String) }]);
    const garbled = await submit(applicationInput("not-an-id"));
    expect(garbled.userErrors[0]).toMatchObject({ field: ["cohortId"], code: "NOT_FOUND" });
    const noKey = await submit(applicationInput(cohortId, { idempotencyKey: "short", answers: [{ questionKey: "why", value: "ok" }] }));
    expect(noKey.userErrors).toEqual([{ field: ["idempotencyKey"], code: "INVALID", message: expect.any(String) }]);
    await staff.data(closeCohortMutation, { input: { id: cohortId } });
    const closed = await submit(applicationInput(cohortId, { answers: [{ questionKey: "why", value: "ok" }] }));
    expect(closed.userErrors[0]).toMatchObject({ field: ["cohortId"], code: "INVALID" });
    expect(await sql("SELECT count(*)::int AS n FROM application")).toEqual(before);
  });

  it("a tampered, expired or revoked link is refused with a clear code", async () => {
    const { cohortId } = await openCohort(server, { capacity: 1 });
    const { statusToken } = await submit(applicationInput(cohortId));
    const [payload, signature] = statusToken!.split(".");
    const tampered = `${payload}.${signature.slice(0, -2)}${signature.endsWith("AA") ? "BB" : "AA"}`;
    const response = await anonymous.request(applicationStatusQuery, { token: tampered });
    expect(response.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", link: "INVALID" });
    const [{ id }] = await sql("SELECT id FROM application WHERE cohort_id = $1", [fromGlobal(cohortId)]);
    const expired = new LinkSigner(DEVELOPMENT_LINK_SECRET).sign({ purpose: LinkPurpose.STATUS, applicationId: id, version: 1, expiresAt: new Date(Date.now() - 1000) });
    expect((await anonymous.request(applicationStatusQuery, { token: expired })).errors?.[0].extensions).toMatchObject({ link: "EXPIRED" });
    const wrongPurpose = await endorse(statusToken!, true);
    expect(wrongPurpose.endorseApplication.userErrors.map(({ field, code }) => ({ field, code }))).toEqual([{ field: ["token"], code: "INVALID" }]);
    const withdrawExpired = await anonymous.data(withdrawApplicationMutation, { input: { token: expired } });
    expect(withdrawExpired.withdrawApplication.userErrors.map(({ code }) => ({ code }))).toEqual([{ code: "EXPIRED" }]);
    expect((await statusOf(statusToken)).status).toBe("OFFERED");
  });
});

describe("partners and erasure", () => {
  it("a partner token reads only its own organisation's staff, never their answers or ineligible applications", async () => {
    const admin = await server.signedInAs(Role.ADMIN);
    const [{ id: rth }] = await sql("SELECT id FROM organisation WHERE ods_code = 'RTH'");
    const [{ id: rj1 }] = await sql("SELECT id FROM organisation WHERE ods_code = 'RJ1'");
    const { createApiToken } = await admin.data(createApiTokenMutation, {
      input: { organisationId: toGlobalId("Organisation", rth), scopes: ["APPLICATIONS_READ"], label: "applications" },
    });
    const partner = new GraphQLClient(server.url, { authorization: `Bearer ${createApiToken.token}` });
    const { cohortId } = await openCohort(server, { capacity: 3, eligibility: { bands: [AfcBand.BAND_6] } });
    await submit(applicationInput(cohortId, {}, { organisationId: toGlobalId("Organisation", rth), organisationName: null }));
    await submit(applicationInput(cohortId, {}, { organisationId: toGlobalId("Organisation", rth), organisationName: null, band: AfcBand.BAND_8A }));
    await submit(applicationInput(cohortId, {}, { organisationId: toGlobalId("Organisation", rj1), organisationName: null }));
    // Partner-contract probes: what a partner token may read is checked field by field, so the queries name exactly those fields.
    const { applications } = await partner.data<{ applications: { totalCount: number; edges: Array<{ node: Record<string, unknown> }> } }>(`query ($c: ID!) { applications(filter: { cohortId: $c }) { totalCount edges { node { status applicantName organisation { odsCode } } } } }`, { c: cohortId });
    expect(applications.totalCount).toBe(1);
    expect(applications.edges[0].node).toMatchObject({ status: "OFFERED", organisation: { odsCode: "RTH" } });
    const other = await partner.request(`query ($o: ID!) { applications(filter: { organisationId: $o }) { totalCount } }`, { o: toGlobalId("Organisation", rj1) });
    expect(other.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const answers = await partner.request(`{ applications(first: 1) { edges { node { answers { value } } } } }`);
    expect(answers.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect(ApiScope.APPLICATIONS_READ).toBe("applications:read");
  });

  it("an administrator erases an applicant's personal data: counts stay right, links stop, the erasure is audited", async () => {
    const admin = await server.signedInAs(Role.ADMIN);
    const { cohortId } = await openCohort(server, { capacity: 2 });
    const input = applicationInput(cohortId);
    const { statusToken } = await submit(input);
    const email = input.applicant.email;
    await mailbox.waitFor((m) => m.to.includes(email));
    const [{ id }] = await sql("SELECT id FROM application WHERE cohort_id = $1", [fromGlobal(cohortId)]);
    const application = { id: toGlobalId("Application", id) };
    const { eraseApplicant } = await admin.data(eraseApplicantMutation, { input: application });
    expect(eraseApplicant.userErrors).toEqual([]);
    expect(eraseApplicant.application).toMatchObject({ status: "OFFERED", applicantName: null, applicantEmail: null, answers: [], erasedAt: expect.any(String) });
    expect((await anonymous.request(applicationStatusQuery, { token: statusToken! })).errors?.[0].extensions?.link).toBe("INVALID");
    expect(await sql("SELECT count(*)::int AS n FROM outbox_message WHERE lower(to_address) = $1", [email])).toEqual([{ n: 0 }]);
    expect(await sql("SELECT operation FROM audit_event WHERE target_id = $1", [id])).toEqual([{ operation: "eraseApplicant" }]);
    expect((await placesOf(cohortId)).placesRemaining).toBe(1);
    const manager = await server.signedInAs(Role.PROGRAMME_MANAGER, "erase.manager@test.ascent.local", "South East Leadership Academy");
    const refused = await manager.request(eraseApplicantMutation, { input: application });
    expect(refused.errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });
});

function fromGlobal(globalId: string): string {
  return Buffer.from(globalId, "base64url").toString("utf8").split(":")[1];
}
