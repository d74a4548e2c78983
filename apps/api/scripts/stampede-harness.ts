import { ChildProcess, fork } from "node:child_process";
import { randomUUID } from "node:crypto";
import net from "node:net";
import path from "node:path";
import { AllocationPolicy, CohortStatus, OrganisationKind, ProgrammeStatus, addDaysToLocalDate, toLondon } from "@ascent/domain";
import { DataSource } from "typeorm";
import { toGlobalId } from "../src/graphql/relay/global-id";
import { startSmtpReceiver, SmtpReceiver } from "../src/modules/notification/dev-mailbox/smtp-receiver";

/**
 * The opening-minute stampede, used by the acceptance test and by
 * `npm run bench:stampede`: real api processes (src/main.ts, as deployed)
 * on one database, thousands of submitApplication calls over HTTP at once.
 */

const API_ROOT = path.resolve(__dirname, "..");

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function profileArgs(): string[] {
  const dir = process.env.STAMPEDE_PROFILE_DIR;
  return dir ? ["--cpu-prof", `--cpu-prof-dir=${dir}`] : [];
}

export interface ApiProcesses {
  urls: string[];
  /** The api processes' ids, in the order of urls. */
  pids: number[];
  stop(): Promise<void>;
}

/** Starts `count` api processes on the database (migrations already applied), with mail to a local SMTP receiver. */
export async function startApiProcesses(databaseUrl: string, count: number, extraEnv: Record<string, string> = {}): Promise<ApiProcesses> {
  const smtp: SmtpReceiver = await startSmtpReceiver({ onMessage: async () => undefined });
  const children: ChildProcess[] = [];
  const urls: string[] = [];
  try {
    for (let i = 0; i < count; i += 1) {
      const port = await freePort();
      // STAMPEDE_API=compiled (the bench package): dist/src/main.js under NODE_ENV=production, as deployed.
      const compiled = process.env.STAMPEDE_API === "compiled";
      const child = fork(path.join(API_ROOT, compiled ? "dist/src/main.js" : "src/main.ts"), [], {
        cwd: API_ROOT,
        // STAMPEDE_PROFILE_DIR=/tmp/prof writes a CPU profile of each api process when it stops.
        execArgv: [...(compiled ? [] : ["--conditions=source", "-r", "@swc-node/register"]), ...profileArgs()],
        env: { ...process.env, NODE_ENV: compiled ? "production" : "test", DATABASE_URL: databaseUrl, PORT: String(port), HOST: "127.0.0.1", LOG_LEVEL: "warn", SMTP_URL: smtp.url, ASCENT_DEMO_DATA: "0", ...extraEnv },
        stdio: ["ignore", "inherit", "inherit", "ipc"],
      });
      children.push(child);
      urls.push(
        await new Promise<string>((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error("api process did not become ready in 60 s")), 60_000);
          child.on("message", (message: { type?: string }) => {
            if (message?.type === "ready") {
              clearTimeout(timer);
              resolve(`http://127.0.0.1:${port}/graphql`);
            }
          });
          child.once("exit", (code) => reject(new Error(`api process exited with ${code} before it was ready`)));
        }),
      );
    }
  } catch (error) {
    for (const child of children) child.kill("SIGKILL");
    await smtp.stop();
    throw error;
  }
  return {
    urls,
    pids: children.map((child) => child.pid as number),
    async stop() {
      await Promise.all(
        children.map(
          (child) =>
            new Promise<void>((resolve) => {
              if (child.exitCode !== null) return resolve();
              child.once("exit", () => resolve());
              child.kill("SIGTERM");
            }),
        ),
      );
      await smtp.stop();
    },
  };
}

/** An academy, a published programme with no rules, and an open first-come-first-served cohort of `capacity` places. */
export async function createStampedeCohort(dataSource: DataSource, capacity: number): Promise<string> {
  const today = toLondon(new Date()).date;
  const [academy] = await dataSource.query(`INSERT INTO organisation (name, kind) VALUES ($1, $2) RETURNING id`, [`Stampede Academy ${randomUUID().slice(0, 6)}`, OrganisationKind.ACADEMY]);
  const [programme] = await dataSource.query(
    `INSERT INTO programme (academy_id, title, summary, description, aims, learning_outcomes, benefits, delivery_modes, duration, commitments, target_roles, status, eligibility, published_at)
     VALUES ($1, $2, 'A programme with 12 places and a rush.', '', '[]', '[]', '[]', '["ONLINE"]', '3 months', '[]', '[]', $3, '{}', now()) RETURNING id`,
    [academy.id, `Stampede ${randomUUID().slice(0, 6)}`, ProgrammeStatus.PUBLISHED],
  );
  const [cohort] = await dataSource.query(
    `INSERT INTO cohort (programme_id, name, capacity, allocation_policy, applications_open_at, applications_close_at, starts_on, ends_on, status)
     VALUES ($1, 'Opening day', $2, $3, now() - interval '1 hour', now() + interval '1 day', $4, $5, $6) RETURNING id`,
    [programme.id, capacity, AllocationPolicy.FIRST_COME_FIRST_SERVED, addDaysToLocalDate(today, 30), addDaysToLocalDate(today, 90), CohortStatus.OPEN],
  );
  return toGlobalId("Cohort", cohort.id);
}

export const SUBMIT_QUERY = `mutation ($input: SubmitApplicationInput!) {
  submitApplication(input: $input) { replayed application { reference status waitlistPosition } userErrors { field code message } }
}`;

export interface Submission {
  idempotencyKey: string;
  url: string;
  ms: number;
  httpStatus: number;
  reference: string | null;
  status: string | null;
  waitlistPosition: number | null;
  replayed: boolean;
  /** GraphQL errors, userErrors or a failed request, as text. */
  problem: string | null;
}

export function stampedeInput(cohortId: string, index: number, idempotencyKey: string = randomUUID()) {
  return {
    cohortId,
    idempotencyKey,
    applicant: { name: `Applicant ${index}`, email: `applicant${index}@stampede.test`, organisationName: "Stampede Trust", jobTitle: "Charge nurse", staffGroup: "NURSING_AND_MIDWIFERY", band: "BAND_6" },
  };
}

/** fetch's "fetch failed" says nothing by itself: its cause names the socket error (ECONNRESET, a timeout, ...). */
function describeFailure(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } })?.cause;
  return cause ? `${String(error)} (${cause.code ?? ""} ${cause.message ?? ""})`.replace(/\(\s+/, "(").trim() : String(error);
}

/** One submitApplication over HTTP, timed; never throws. */
export async function submitOnce(url: string, input: ReturnType<typeof stampedeInput>): Promise<Submission> {
  const started = performance.now();
  try {
    const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: SUBMIT_QUERY, variables: { input } }) });
    const body = (await response.json()) as { data?: { submitApplication: { replayed: boolean; application: { reference: string; status: string; waitlistPosition: number | null } | null; userErrors: unknown[] } }; errors?: unknown[] };
    const payload = body.data?.submitApplication;
    const problem = body.errors?.length ? JSON.stringify(body.errors) : payload?.userErrors.length ? JSON.stringify(payload.userErrors) : response.ok ? null : `HTTP ${response.status}`;
    return {
      idempotencyKey: input.idempotencyKey,
      url,
      ms: performance.now() - started,
      httpStatus: response.status,
      reference: payload?.application?.reference ?? null,
      status: payload?.application?.status ?? null,
      waitlistPosition: payload?.application?.waitlistPosition ?? null,
      replayed: payload?.replayed ?? false,
      problem,
    };
  } catch (error) {
    return { idempotencyKey: input.idempotencyKey, url, ms: performance.now() - started, httpStatus: 0, reference: null, status: null, waitlistPosition: null, replayed: false, problem: describeFailure(error) };
  }
}

/** Fires every input at once, spread over the api processes in turn. */
export async function fire(urls: string[], inputs: Array<ReturnType<typeof stampedeInput>>): Promise<{ submissions: Submission[]; wallMs: number }> {
  const started = performance.now();
  const submissions = await Promise.all(inputs.map((input, index) => submitOnce(urls[index % urls.length], input)));
  return { submissions, wallMs: performance.now() - started };
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export function summary(submissions: Submission[], wallMs: number) {
  const latencies = submissions.map((s) => s.ms);
  return {
    requests: submissions.length,
    errors: submissions.filter((s) => s.problem !== null).length,
    p50Ms: Math.round(percentile(latencies, 50)),
    p99Ms: Math.round(percentile(latencies, 99)),
    maxMs: Math.round(Math.max(...latencies)),
    wallMs: Math.round(wallMs),
    perSecond: Math.round((submissions.length / wallMs) * 1000),
  };
}
