import "reflect-metadata";
import net from "node:net";
import { DataSource } from "typeorm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiProcesses, createStampedeCohort, fire, stampedeInput, startApiProcesses, submitOnce, summary } from "../scripts/stampede-harness";
import { LISTEN_BACKLOG } from "../src/boot";
import { createAppDataSource } from "../src/composition";
import { createTestDatabase } from "./support/test-database";

/**
 * The acceptance test of first come, first served: 2,000 applications at
 * once over real HTTP to a 12-place cohort served by two api processes (the
 * real src/main.ts) on one database.
 */
const APPLICANTS = 2000;
const PLACES = 12;

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let dataSource: DataSource;
let apis: ApiProcesses;

beforeAll(async () => {
  database = await createTestDatabase();
  dataSource = createAppDataSource(database.url, { poolSize: 2 });
  await dataSource.initialize();
  apis = await startApiProcesses(database.url, 2);
}, 120_000);
afterAll(async () => {
  await apis?.stop();
  await dataSource?.destroy();
  await database?.drop();
}, 60_000);

/** Opens `count` TCP connections to the url's port at once; resolves with how many the kernel completed within `withinMs`. */
async function connectAtOnce(url: string, count: number, withinMs: number): Promise<number> {
  const { hostname, port } = new URL(url);
  const sockets: net.Socket[] = [];
  let connected = 0;
  try {
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, withinMs);
      for (let i = 0; i < count; i += 1) {
        const socket = net.connect({ host: hostname, port: Number(port) });
        socket.on("error", () => undefined);
        socket.once("connect", () => {
          connected += 1;
          if (connected === count) {
            clearTimeout(timer);
            resolve();
          }
        });
        sockets.push(socket);
      }
    });
    return connected;
  } finally {
    for (const socket of sockets) socket.destroy();
  }
}

describe("the listen backlog", () => {
  it("an api process that is not accepting (a busy event loop, here stopped outright) still has 2,000 simultaneous connections queued by the kernel: none waits for a SYN retry or times out", { timeout: 60_000 }, async () => {
    // With Node's default backlog of 511 the kernel completes 512 and drops the other SYNs (they retry after 1, 3, 7 s):
    // in the stampede those applicants got connect timeouts. boot.ts listens with LISTEN_BACKLOG.
    const [url] = apis.urls;
    const [pid] = apis.pids;
    process.kill(pid, "SIGSTOP");
    let connected: number;
    try {
      connected = await connectAtOnce(url, APPLICANTS, 10_000);
    } finally {
      process.kill(pid, "SIGCONT");
    }
    expect(connected).toBe(APPLICANTS);
    expect(LISTEN_BACKLOG).toBeGreaterThanOrEqual(APPLICANTS);
    // The process carries on serving once it runs again.
    const health = await fetch(url.replace("/graphql", "/healthz"));
    expect(health.status).toBe(200);
  });
});

describe("the opening-minute stampede", () => {
  it("2,000 concurrent applications, two api processes: 12 places to the 12 earliest receipts, 1,988 waitlisted 1..1,988 in receipt order, none lost, replays change nothing", { timeout: 300_000 }, async () => {
    const cohortId = await createStampedeCohort(dataSource, PLACES);
    const cohortUuid = Buffer.from(cohortId, "base64url").toString("utf8").split(":")[1];
    const inputs = Array.from({ length: APPLICANTS }, (_, i) => stampedeInput(cohortId, i + 1));
    const { submissions, wallMs } = await fire(apis.urls, inputs);
    const figures = summary(submissions, wallMs);
    console.info(`stampede: ${JSON.stringify(figures)}`);

    // 0 errors, and both processes took part.
    expect(submissions.filter((s) => s.problem !== null).map((s) => s.problem).slice(0, 3)).toEqual([]);
    expect(new Set(submissions.map((s) => s.url)).size).toBe(2);

    // 0 lost: every answer is a stored application, and nothing else is stored.
    const rows: Array<{ reference: string; idempotency_key: string; receipt_number: number; status: string; received_at: Date }> = await dataSource.query(
      "SELECT reference, idempotency_key, receipt_number, status, received_at FROM application WHERE cohort_id = $1 ORDER BY receipt_number",
      [cohortUuid],
    );
    expect(rows.length).toBe(APPLICANTS);
    const byKey = new Map(rows.map((row) => [row.idempotency_key, row]));
    for (const submission of submissions) {
      const row = byKey.get(submission.idempotencyKey);
      expect(row?.reference).toBe(submission.reference);
      expect(row?.status).toBe(submission.status);
    }

    // Receipt numbers 1..2000, in the order of the server's receipt times.
    expect(rows.map((row) => row.receipt_number)).toEqual(Array.from({ length: APPLICANTS }, (_, i) => i + 1));
    for (let i = 1; i < rows.length; i += 1) expect(rows[i].received_at.getTime()).toBeGreaterThanOrEqual(rows[i - 1].received_at.getTime());

    // Exactly 12 places, taken by the 12 earliest receipts; everyone else waiting.
    expect(rows.filter((row) => row.status === "OFFERED").map((row) => row.receipt_number)).toEqual(Array.from({ length: PLACES }, (_, i) => i + 1));
    expect(rows.filter((row) => row.status === "WAITLISTED").length).toBe(APPLICANTS - PLACES);

    // Waiting-list positions 1..1,988 in receipt order, as the api reports them.
    const positions: Array<{ receipt_number: number; position: number }> = await dataSource.query(
      `SELECT receipt_number, row_number() OVER (ORDER BY receipt_number)::int AS position FROM application WHERE cohort_id = $1 AND status = 'WAITLISTED'`,
      [cohortUuid],
    );
    const reported = new Map(submissions.map((s) => [byKey.get(s.idempotencyKey)?.receipt_number, s]));
    expect(positions.map((p) => p.position)).toEqual(Array.from({ length: APPLICANTS - PLACES }, (_, i) => i + 1));
    // The position in each answer was right when it was given: nobody has left the list since.
    expect(positions.filter(({ receipt_number, position }) => reported.get(receipt_number)?.waitlistPosition !== position)).toEqual([]);

    // Replaying 100 idempotency keys (at once, on both processes) returns the first results and changes nothing.
    const replays = inputs.filter((_, i) => i % 20 === 7).map((input) => ({ ...input, applicant: { ...input.applicant, name: "Someone Else" } }));
    expect(replays.length).toBe(100);
    const again = await Promise.all(replays.map((input, i) => submitOnce(apis.urls[(i + 1) % 2], input)));
    expect(again.filter((s) => s.problem !== null || !s.replayed)).toEqual([]);
    for (const replay of again) expect(replay.reference).toBe(byKey.get(replay.idempotencyKey)?.reference);
    const after = await dataSource.query("SELECT count(*)::int AS n, count(*) FILTER (WHERE status = 'OFFERED')::int AS offered, count(*) FILTER (WHERE applicant_name = 'Someone Else')::int AS renamed FROM application WHERE cohort_id = $1", [cohortUuid]);
    expect(after).toEqual([{ n: APPLICANTS, offered: PLACES, renamed: 0 }]);
  });
});

