import {
  cohortRosterQuery,
  acceptOfferMutation,
  applicationDetailQuery,
  applicationStatusQuery,
  applyCohortQuery,
  cohortApplicationsQuery,
  cohortPlacesQuery,
  declineOfferMutation,
  submitApplicationMutation,
  type SubmitApplicationInput,
} from "@ascent/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fromGlobalId } from "../src/graphql/relay/global-id";
import { JOB_SCHEMA } from "../src/jobs";
import { JOBS } from "../src/modules/application/allocation";
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
const rows = (sql: string, params: unknown[] = []) => server.dataSource.query(sql, params);
const idsOf = async (cohortId: string): Promise<string[]> => (await rows("SELECT id::text FROM application WHERE cohort_id = $1", [fromGlobalId(cohortId)?.id])).map((row: { id: string }) => row.id);

describe("first come, first served", () => {
  it("offers free places in receipt order, then waitlists with positions", async () => {
    const { cohortId } = await openCohort(server, { capacity: 2 });
    const results = [];
    for (let i = 0; i < 4; i += 1) results.push(await submit(applicationInput(cohortId)));
    expect(results.map((r) => r.userErrors)).toEqual([[], [], [], []]);
    expect(results.map((r) => r.application?.status)).toEqual(["OFFERED", "OFFERED", "WAITLISTED", "WAITLISTED"]);
    expect(results.map((r) => r.application?.waitlistPosition)).toEqual([null, null, 1, 2]);
    expect(results[0].application?.reference).toMatch(/^ASC-[0-9A-Z]{8}$/);
    const { cohort } = await anonymous.data(applyCohortQuery, { id: cohortId });
    expect({ placesRemaining: cohort?.placesRemaining, waitlistLength: cohort?.waitlistLength }).toEqual({ placesRemaining: 0, waitlistLength: 2 });
  });

  it("returns the first result for a repeated idempotency key, and changes nothing", async () => {
    const { cohortId } = await openCohort(server, { capacity: 1 });
    const input = applicationInput(cohortId);
    const first = await submit(input);
    const again = await submit({ ...input, applicant: { ...input.applicant, name: "Someone else" } });
    expect(again.replayed).toBe(true);
    expect(again.application?.reference).toBe(first.application?.reference);
    expect(again.statusToken).toBe(first.statusToken);
    expect(await rows("SELECT count(*)::int AS n FROM application a JOIN cohort c ON c.id = a.cohort_id WHERE a.reference = $1", [first.application?.reference])).toEqual([{ n: 1 }]);
  });

  it("schedules a confirmation job for the applications a batch created, and none for a replay", async () => {
    const { cohortId } = await openCohort(server, { capacity: 1 });
    const input = applicationInput(cohortId);
    const receivedJobs = async () =>
      (await rows(`SELECT data FROM ${JOB_SCHEMA}.job WHERE name = $1 AND data->'applicationIds' ?| $2::text[]`, [JOBS.received, await idsOf(cohortId)])).length;
    const allReceivedJobs = async () => (await rows(`SELECT count(*)::int AS n FROM ${JOB_SCHEMA}.job WHERE name = $1`, [JOBS.received]))[0].n as number;
    const first = await submit(input);
    expect(first.replayed).toBe(false);
    const [created] = await rows("SELECT id FROM application WHERE reference = $1", [first.application?.reference]);
    // The first submission's batch names exactly its application.
    expect(await rows(`SELECT data->'applicationIds' AS ids FROM ${JOB_SCHEMA}.job WHERE name = $1 AND data->'applicationIds' ? $2`, [JOBS.received, created.id])).toEqual([{ ids: [created.id] }]);
    expect(await receivedJobs()).toBe(1);
    const before = await allReceivedJobs();
    const again = await submit(input);
    expect(again.replayed).toBe(true);
    // The replay's batch created nothing, so it scheduled nothing (it used to schedule a job naming an application that never existed).
    expect(await allReceivedJobs()).toBe(before);
    expect(await rows(`SELECT count(*)::int AS n FROM ${JOB_SCHEMA}.job j WHERE j.name = $1 AND EXISTS (SELECT 1 FROM jsonb_array_elements_text(j.data->'applicationIds') AS i(id) WHERE NOT EXISTS (SELECT 1 FROM application a WHERE a.id = i.id::uuid))`, [JOBS.received])).toEqual([{ n: 0 }]);
  });

  it("a retry after the window closed, or with input that no longer passes, still gets its first result (the idempotency lookup runs on a refusal only)", async () => {
    const { cohortId } = await openCohort(server, { capacity: 1 });
    const input = applicationInput(cohortId);
    const first = await submit(input);
    expect(first.application?.status).toBe("OFFERED");
    const badEmail = await submit({ ...input, applicant: { ...input.applicant, email: "not an address" } });
    expect({ replayed: badEmail.replayed, reference: badEmail.application?.reference, userErrors: badEmail.userErrors }).toEqual({ replayed: true, reference: first.application?.reference, userErrors: [] });
    await rows("UPDATE cohort SET applications_close_at = now() - interval '1 minute' WHERE id = $1", [fromGlobalId(cohortId)?.id]);
    const afterClose = await submit(input);
    expect({ replayed: afterClose.replayed, reference: afterClose.application?.reference, status: afterClose.application?.status, statusToken: afterClose.statusToken }).toEqual({
      replayed: true,
      reference: first.application?.reference,
      status: "OFFERED",
      statusToken: first.statusToken,
    });
    // A new key to the closed cohort is refused, and nothing is stored.
    const late = await submit(applicationInput(cohortId));
    expect({ application: late.application, codes: late.userErrors.map((e) => e.code) }).toEqual({ application: null, codes: ["INVALID"] });
    expect(await rows("SELECT count(*)::int AS n FROM application WHERE cohort_id = $1", [fromGlobalId(cohortId)?.id])).toEqual([{ n: 1 }]);
  });

  it("a decline promotes the head of the waiting list at once, and the timeline keeps every step", async () => {
    const { cohortId, manager } = await openCohort(server, { capacity: 1 });
    const first = await submit(applicationInput(cohortId));
    const second = await submit(applicationInput(cohortId));
    expect(second.application?.status).toBe("WAITLISTED");
    const { declineOffer } = await anonymous.data(declineOfferMutation, { input: { token: first.statusToken!, reason: "Can't attend" } });
    expect({ application: { status: declineOffer.application?.status, canRespondToOffer: declineOffer.application?.canRespondToOffer }, userErrors: declineOffer.userErrors }).toEqual({
      application: { status: "DECLINED", canRespondToOffer: false },
      userErrors: [],
    });
    const { applicationStatus } = await anonymous.data(applicationStatusQuery, { token: second.statusToken! });
    expect(applicationStatus?.status).toBe("OFFERED");
    expect(applicationStatus?.timeline.map(({ status, reason, actor }) => ({ status, reason, actor }))).toEqual([
      { status: "WAITLISTED", reason: "NO_PLACE_FREE", actor: "APPLICANT" },
      { status: "OFFERED", reason: "PROMOTED_FROM_WAITLIST", actor: "SYSTEM" },
    ]);
    const { applications } = await manager.data(cohortApplicationsQuery, { filter: { cohortId } });
    expect(applications.edges.map((e) => [e.node.receiptNumber, e.node.status])).toEqual([[1, "DECLINED"], [2, "OFFERED"]]);
    const { node } = await manager.data(applicationDetailQuery, { id: applications.edges[0].node.id });
    expect(node && "transitions" in node ? node.transitions.at(-1) : null).toMatchObject({ fromStatus: "OFFERED", toStatus: "DECLINED", reason: "DECLINED", actor: "APPLICANT", note: "Can't attend" });
  });

  it("accepting makes a participant of the cohort", async () => {
    const { cohortId, manager } = await openCohort(server, { capacity: 1 });
    const input = applicationInput(cohortId);
    const first = await submit(input);
    const { acceptOffer } = await anonymous.data(acceptOfferMutation, { input: { token: first.statusToken! } });
    expect({ application: { status: acceptOffer.application?.status }, userErrors: acceptOffer.userErrors }).toEqual({ application: { status: "ACCEPTED" }, userErrors: [] });
    const { cohort } = await manager.data(cohortPlacesQuery, { id: cohortId });
    expect(cohort?.placesRemaining).toBe(0);
    // The participant is the accepted applicant, on the cohort's roster (the console's roster query).
    const { cohort: roster } = await manager.data(cohortRosterQuery, { id: cohortId, canManage: true });
    expect(roster?.participants.edges.map(({ node: { status, name } }) => ({ status, name }))).toEqual([{ status: "ENROLLED", name: input.applicant.name }]);
    expect((await anonymous.data(applicationStatusQuery, { token: first.statusToken! })).applicationStatus?.status).toBe("ACCEPTED");
  });
});
