import "reflect-metadata";
import { ChildProcess, fork } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { ApiProcesses, createStampedeCohort, fire, stampedeInput, startApiProcesses, Submission, SUBMIT_QUERY, summary } from "./stampede-harness";
import { DataSource } from "typeorm";
import { withScratchDatabase } from "./with-scratch-database";

/**
 * The stampede as a benchmark (not a test): APPLICANTS (default 2000)
 * submitApplication calls at once over HTTP to a PLACES-place (default 12)
 * first-come-first-served cohort served by PROCESSES (default 2) api
 * processes on one scratch database; prints p50/p99 latency and throughput.
 *   npm run bench:stampede
 *   APPLICANTS=500 PROCESSES=1 npm run bench:stampede
 * STAMPEDE_TARGET=floor (one transaction per request) or floor-batch (group
 * commit) fires the same requests at the raw floor instead of Ascent's api:
 * bench/src/servers/stampede-floor.mjs, node:http + pg, same database and tables.
 *   STAMPEDE_TARGET=floor PROCESSES=1 npm run bench:stampede
 */
const int = (name: string, fallback: number) => Number.parseInt(process.env[name] ?? "", 10) || fallback;

const TARGET = process.env.STAMPEDE_TARGET ?? "ascent";
// floor-http: the same HTTP server answering from memory, no PostgreSQL (1 process only: the count is per process) — not a
// valid allocation (nothing stored), only the bound that HTTP and this client set on the same machine.
const FLOOR = path.resolve(__dirname, "../../../bench/src/servers/stampede-floor.mjs");

/** Starts `count` raw floor processes (bench/src/servers/stampede-floor.mjs) on the database; batched or one transaction per request. */
async function startFloorProcesses(databaseUrl: string, count: number, target: string): Promise<ApiProcesses> {
  const children: ChildProcess[] = [];
  const urls: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const port = await new Promise<number>((resolve) => {
      const server = net.createServer().listen(0, "127.0.0.1", () => {
        const { port: free } = server.address() as net.AddressInfo;
        server.close(() => resolve(free));
      });
    });
    const child = fork(FLOOR, [], { env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), FLOOR_BATCH: target === "floor-batch" ? "1" : "0", FLOOR_HTTP_ONLY: target === "floor-http" ? "1" : "0" }, execArgv: [], stdio: ["ignore", "inherit", "inherit", "ipc"] });
    children.push(child);
    await new Promise<void>((resolve, reject) => {
      child.on("message", (message: { type?: string }) => message?.type === "ready" && resolve());
      child.once("exit", (code) => reject(new Error(`floor process exited with ${code} before it was ready`)));
    });
    urls.push(`http://127.0.0.1:${port}/graphql`);
  }
  return {
    urls,
    pids: children.map((child) => child.pid as number),
    stop: () =>
      Promise.all(children.map((child) => new Promise<void>((resolve) => (child.exitCode !== null ? resolve() : (child.once("exit", () => resolve()), child.kill("SIGTERM")))))).then(() => undefined),
  };
}

/**
 * STAMPEDE_CLIENT=raw: the same requests (same body, one connection each, all at once) written on plain sockets instead of
 * fetch, to see how much of the latency is the client's own CPU on this machine (fetch: about 1.3 ms per request).
 */
async function fireRaw(urls: string[], inputs: Array<ReturnType<typeof stampedeInput>>): Promise<{ submissions: Submission[]; wallMs: number }> {
  const started = performance.now();
  const one = (url: string, input: ReturnType<typeof stampedeInput>) =>
    new Promise<Submission>((resolve) => {
      const t0 = performance.now();
      const { hostname, port, pathname } = new URL(url);
      const body = Buffer.from(JSON.stringify({ query: SUBMIT_QUERY, variables: { input } }));
      const chunks: Buffer[] = [];
      const fail = (problem: string, httpStatus = 0) =>
        resolve({ idempotencyKey: input.idempotencyKey, url, ms: performance.now() - t0, httpStatus, reference: null, status: null, waitlistPosition: null, replayed: false, problem });
      const socket = net.connect(Number(port), hostname, () => {
        socket.write(`POST ${pathname} HTTP/1.1\r\nHost: ${hostname}:${port}\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n`);
        socket.write(body);
      });
      socket.on("data", (chunk) => chunks.push(chunk));
      socket.on("error", (error) => fail(String(error)));
      socket.on("close", () => {
        const text = Buffer.concat(chunks).toString("utf8");
        const split = text.indexOf("\r\n\r\n");
        const httpStatus = Number(text.slice(9, 12)) || 0;
        let raw = text.slice(split + 4);
        if (/transfer-encoding:\s*chunked/i.test(text.slice(0, split))) {
          let out = "";
          for (let at = 0; ; ) {
            const eol = raw.indexOf("\r\n", at);
            const size = Number.parseInt(raw.slice(at, eol), 16);
            if (!size) break;
            out += raw.slice(eol + 2, eol + 2 + size);
            at = eol + 2 + size + 2;
          }
          raw = out;
        }
        try {
          const parsed = JSON.parse(raw);
          const payload = parsed.data?.submitApplication;
          const problem = parsed.errors?.length ? JSON.stringify(parsed.errors) : payload?.userErrors?.length ? JSON.stringify(payload.userErrors) : httpStatus === 200 ? null : `HTTP ${httpStatus}`;
          resolve({
            idempotencyKey: input.idempotencyKey,
            url,
            ms: performance.now() - t0,
            httpStatus,
            reference: payload?.application?.reference ?? null,
            status: payload?.application?.status ?? null,
            waitlistPosition: payload?.application?.waitlistPosition ?? null,
            replayed: payload?.replayed ?? false,
            problem,
          });
        } catch {
          fail(`unreadable response (HTTP ${httpStatus})`, httpStatus);
        }
      });
    });
  const submissions = await Promise.all(inputs.map((input, index) => one(urls[index % urls.length], input)));
  return { submissions, wallMs: performance.now() - started };
}

/** Waits until every confirmation is in the outbox, then reads pg_stat_statements (the queue's own polling left out). */
async function statementsPerApplication(dataSource: DataSource) {
  const [{ applicants }] = await dataSource.query("SELECT count(*)::int AS applicants FROM application");
  // The floor sends no confirmations: nothing to wait for.
  const deadline = TARGET === "ascent" ? Date.now() + 600_000 : 0;
  while (Date.now() < deadline) {
    const [{ n }] = await dataSource.query("SELECT count(*)::int AS n FROM outbox_message");
    if (n >= applicants) break;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  const rows: Array<{ calls: number; query: string }> = await dataSource.query(
    `SELECT calls::int, left(regexp_replace(query, '\\s+', ' ', 'g'), 140) AS query FROM pg_stat_statements
      WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
        AND query NOT ILIKE '%pg_stat_statements%' AND query NOT ILIKE '%FROM pgboss.job%WHERE%state < %' AND query NOT ILIKE '%outbox_message%count(*)%'
      ORDER BY calls DESC`,
  );
  const total = rows.reduce((sum, row) => sum + row.calls, 0) / applicants;
  // Each batch of arrivals reads the cohort's state once under its lock (arrivals.ts): the number of batches.
  const batches = rows.filter((row) => row.query.includes("AS taken")).reduce((sum, row) => sum + row.calls, 0);
  return { total, applicants, batches, top: rows.slice(0, 15) };
}

const TICKS_PER_SECOND = 100;

/** CPU seconds used so far by a process (user + system), and by its children that have exited (reaped). */
function cpuSeconds(pid: number, withReapedChildren = false): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
    // Fields 14-17 of /proc/<pid>/stat (utime, stime, cutime, cstime), counted after the command name.
    const [utime, stime, cutime, cstime] = fields.slice(11, 15).map(Number);
    return (utime + stime + (withReapedChildren ? cutime + cstime : 0)) / TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}

/** PostgreSQL's CPU: the postmaster, its live backends and the backends it has reaped (Linux only). */
function postgresCpuSeconds(postmaster: number): number {
  let total = cpuSeconds(postmaster, true);
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const ppid = Number(readFileSync(`/proc/${entry}/stat`, "utf8").split(") ")[1].split(" ")[1]);
      if (ppid === postmaster) total += cpuSeconds(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  return total;
}

async function main() {
  const applicants = int("APPLICANTS", 2000);
  const places = int("PLACES", 12);
  const processes = int("PROCESSES", 2);
  await withScratchDatabase(async (dataSource) => {
    await dataSource.runMigrations({ transaction: "each" });
    const databaseUrl = (dataSource.options as { url: string }).url;
    if (!["ascent", "floor", "floor-batch", "floor-http"].includes(TARGET)) throw new Error(`STAMPEDE_TARGET=${TARGET}: ascent, floor, floor-batch or floor-http`);
    const apis = TARGET === "ascent" ? await startApiProcesses(databaseUrl, processes) : await startFloorProcesses(databaseUrl, processes, TARGET);
    try {
      const cohortId = await createStampedeCohort(dataSource, places);
      const inputs = Array.from({ length: applicants }, (_, i) => stampedeInput(cohortId, i + 1));
      const transactions = async () =>
        Number((await dataSource.query("SELECT xact_commit + xact_rollback AS n FROM pg_stat_database WHERE datname = current_database()"))[0].n);
      // SQL statements per application, when the server has pg_stat_statements loaded (the bench package's does; any
      // server started with shared_preload_libraries=pg_stat_statements, given as DATABASE_URL, does).
      const statementsCounted = await dataSource
        .query("CREATE EXTENSION IF NOT EXISTS pg_stat_statements")
        .then(() => dataSource.query("SELECT pg_stat_statements_reset()"))
        .then(() => true)
        .catch(() => false);
      // CPU per application, Node and PostgreSQL: a figure that drifts much less with the machine's load than latency does.
      const [{ pid: backend }] = await dataSource.query("SELECT pg_backend_pid() AS pid");
      const postmaster = Number(readFileSync(`/proc/${backend}/stat`, "utf8").split(") ")[1].split(" ")[1]);
      const cpu = () => ({ node: apis.pids.reduce((sum, pid) => sum + cpuSeconds(pid), 0), postgres: postgresCpuSeconds(postmaster) });
      const loadBefore = readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ");
      const cpuBefore = cpu();
      const transactionsBefore = await transactions();
      // The harness's own CPU while it fires (2,000 fetch calls on the same 2 cores as the servers): the client's share.
      const clientBefore = process.cpuUsage();
      const { submissions, wallMs } = await (process.env.STAMPEDE_CLIENT === "raw" ? fireRaw : fire)(apis.urls, inputs);
      const client = process.cpuUsage(clientBefore);
      // Statements outside a transaction count one each: a count that does not drift with the machine's load.
      const transactionsPerApplication = ((await transactions()) - transactionsBefore) / applicants;
      const figures = summary(submissions, wallMs);
      const cpuAnswered = cpu();
      // Background work done meanwhile: confirmations composed (outbox rows) and delivered, at the last answer.
      const [mail] = await dataSource.query("SELECT count(*)::int AS composed, count(*) FILTER (WHERE status = 'SENT')::int AS sent FROM outbox_message");
      // Give the confirmation jobs (mail for every applicant) time to finish: they are part of each application's cost.
      const statements = statementsCounted ? await statementsPerApplication(dataSource) : null;
      const [counts] = await dataSource.query(
        `SELECT count(*)::int AS stored, count(*) FILTER (WHERE status = 'OFFERED')::int AS offered, count(*) FILTER (WHERE status = 'WAITLISTED')::int AS waitlisted,
                count(*) FILTER (WHERE status = 'OFFERED' AND receipt_number <= $1)::int AS "offeredFirst", count(DISTINCT receipt_number)::int AS receipts FROM application`,
        [places],
      );
      const load = readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ");
      const server = { ascent: "api", floor: "raw floor (per request)", "floor-batch": "raw floor (batched)", "floor-http": "HTTP-only (no PostgreSQL)" }[TARGET];
      console.log(`stampede: ${applicants} applications at once, ${places} places, ${processes} ${server} processes, ${process.env.STAMPEDE_CLIENT === "raw" ? "raw socket" : "fetch"} client (load average ${loadBefore} before, ${load} after)`);
      console.log(`  latency p50 ${figures.p50Ms} ms, p99 ${figures.p99Ms} ms, max ${figures.maxMs} ms`);
      console.log(`  throughput ${figures.perSecond} applications/s (all answered in ${figures.wallMs} ms); errors ${figures.errors}`);
      console.log(`  at the last answer: ${mail.composed} confirmations in the outbox, ${mail.sent} sent`);
      console.log(`  database transactions per application ${transactionsPerApplication.toFixed(2)} (a statement outside a transaction counts as one)`);
      const cpuAll = cpu();
      const perApplication = (a: number, b: number) => (((a - b) * 1000) / applicants).toFixed(1);
      console.log(`  CPU per application until the last answer: api ${perApplication(cpuAnswered.node, cpuBefore.node)} ms, PostgreSQL ${perApplication(cpuAnswered.postgres, cpuBefore.postgres)} ms, harness client ${((client.user + client.system) / 1000 / applicants).toFixed(1)} ms`);
      if (statements) console.log(`  CPU per application with every confirmation written: api ${perApplication(cpuAll.node, cpuBefore.node)} ms, PostgreSQL ${perApplication(cpuAll.postgres, cpuBefore.postgres)} ms`);
      const problems = new Map<string, number>();
      for (const s of submissions) if (s.problem) problems.set(s.problem.slice(0, 120), (problems.get(s.problem.slice(0, 120)) ?? 0) + 1);
      for (const [problem, n] of problems) console.log(`  error ×${n}: ${problem}`);
      if (statements) {
        console.log(`  batches of arrivals ${statements.batches} (${(statements.applicants / Math.max(1, statements.batches)).toFixed(1)} applications a batch)`);
        console.log(`  SQL statements per application ${statements.total.toFixed(2)} over the ${statements.applicants} stored (confirmation jobs included; pg_stat_statements, job-queue polling left out); the most frequent:`);
        for (const row of statements.top) console.log(`    ${(row.calls / statements.applicants).toFixed(3)}  ${row.query}`);
      }
      console.log(`  stored ${counts.stored}: ${counts.offered} offered, ${counts.waitlisted} waitlisted (offered among receipts 1-${places}: ${counts.offeredFirst}; distinct receipt numbers ${counts.receipts})`);
    } finally {
      await apis.stop();
    }
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
