import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoData } from "../src/seed/seed-demo-data";
import { applicationInput, openCohort, SUBMIT } from "./support/applications";
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

const submit = async (input: Record<string, unknown>) => (await anonymous.data(SUBMIT, { input })).submitApplication;
const rows = (sql: string, params: unknown[] = []) => server.dataSource.query(sql, params);

describe("first come, first served", () => {
  it("offers free places in receipt order, then waitlists with positions", async () => {
    const { cohortId } = await openCohort(server, { capacity: 2 });
    const results = [];
    for (let i = 0; i < 4; i += 1) results.push(await submit(applicationInput(cohortId)));
    expect(results.map((r) => r.userErrors)).toEqual([[], [], [], []]);
    expect(results.map((r) => r.application.status)).toEqual(["OFFERED", "OFFERED", "WAITLISTED", "WAITLISTED"]);
    expect(results.map((r) => r.application.waitlistPosition)).toEqual([null, null, 1, 2]);
    expect(results[0].application.reference).toMatch(/^ASC-[0-9A-Z]{8}$/);
    const { cohort } = await anonymous.data(`query ($id: ID!) { cohort(id: $id) { placesRemaining waitlistLength } }`, { id: cohortId });
    expect(cohort).toEqual({ placesRemaining: 0, waitlistLength: 2 });
  });

  it("returns the first result for a repeated idempotency key, and changes nothing", async () => {
    const { cohortId } = await openCohort(server, { capacity: 1 });
    const input = applicationInput(cohortId);
    const first = await submit(input);
    const again = await submit({ ...input, applicant: { ...(input.applicant as object), name: "Someone else" } });
    expect(again.replayed).toBe(true);
    expect(again.application.reference).toBe(first.application.reference);
    expect(again.statusToken).toBe(first.statusToken);
    expect(await rows("SELECT count(*)::int AS n FROM application a JOIN cohort c ON c.id = a.cohort_id WHERE a.reference = $1", [first.application.reference])).toEqual([{ n: 1 }]);
  });

  it("a decline promotes the head of the waiting list at once, and the timeline keeps every step", async () => {
    const { cohortId, manager } = await openCohort(server, { capacity: 1 });
    const first = await submit(applicationInput(cohortId));
    const second = await submit(applicationInput(cohortId));
    expect(second.application.status).toBe("WAITLISTED");
    const { declineOffer } = await anonymous.data(
      `mutation ($token: String!) { declineOffer(input: { token: $token, reason: "Can't attend" }) { application { status canRespondToOffer } userErrors { code message } } }`,
      { token: first.statusToken },
    );
    expect(declineOffer).toEqual({ application: { status: "DECLINED", canRespondToOffer: false }, userErrors: [] });
    const { applicationStatus } = await anonymous.data(`query ($token: String!) { applicationStatus(token: $token) { status waitlistPosition timeline { status reason actor } } }`, {
      token: second.statusToken,
    });
    expect(applicationStatus.status).toBe("OFFERED");
    expect(applicationStatus.timeline).toEqual([
      { status: "WAITLISTED", reason: "NO_PLACE_FREE", actor: "APPLICANT" },
      { status: "OFFERED", reason: "PROMOTED_FROM_WAITLIST", actor: "SYSTEM" },
    ]);
    const { applications } = await manager.data(
      `query ($id: ID!) { applications(filter: { cohortId: $id }) { totalCount edges { node { status receiptNumber transitions { fromStatus toStatus reason actor note } } } } }`,
      { id: cohortId },
    );
    expect(applications.edges.map((e: any) => [e.node.receiptNumber, e.node.status])).toEqual([[1, "DECLINED"], [2, "OFFERED"]]);
    expect(applications.edges[0].node.transitions.at(-1)).toEqual({ fromStatus: "OFFERED", toStatus: "DECLINED", reason: "DECLINED", actor: "APPLICANT", note: "Can't attend" });
  });

  it("accepting makes a participant of the cohort", async () => {
    const { cohortId, manager } = await openCohort(server, { capacity: 1 });
    const first = await submit(applicationInput(cohortId));
    const { acceptOffer } = await anonymous.data(`mutation ($token: String!) { acceptOffer(input: { token: $token }) { application { status } userErrors { code } } }`, { token: first.statusToken });
    expect(acceptOffer).toEqual({ application: { status: "ACCEPTED" }, userErrors: [] });
    const { cohort } = await manager.data(`query ($id: ID!) { cohort(id: $id) { placesRemaining participants { totalCount edges { node { status name application { status } } } } } }`, { id: cohortId });
    expect(cohort.placesRemaining).toBe(0);
    expect(cohort.participants.edges.map((e: any) => e.node)).toEqual([{ status: "ENROLLED", name: expect.stringMatching(/^Applicant/), application: { status: "ACCEPTED" } }]);
  });
});
