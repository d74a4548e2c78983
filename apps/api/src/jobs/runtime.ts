import PgBoss from "pg-boss";
import type { Logger } from "../logger";
import { safeError } from "../log-safe-error";
import { JOB_SCHEMA, queueOptions } from "./pg-boss-schema";
import type { JobContext, JobDefinition, JobInfo } from "./types";
import { cronOf, handlerOf, isBackground, settingsOf, workersOf } from "./types";

export interface JobRuntimeOptions {
  databaseUrl: string;
  /** Every feature's handlers by queue name (modules' `jobs`). */
  definitions: Record<string, JobDefinition>;
  /** Builds a handler's context for one run. */
  contextFor: (job: JobInfo) => JobContext;
  log: Logger;
  /** How often an idle worker asks PostgreSQL for due jobs (pg-boss's own fetch loop; 0.5 s at least). */
  pollingIntervalSeconds?: number;
  /** Handlers run at once per queue in this process, unless the queue's definition says (`workers`). */
  concurrency?: number;
  /**
   * Background queues' jobs wait for this before they run: the api passes its
   * RequestPressure, which resolves at once unless the process is answering a
   * burst of requests, and at most 2 minutes after the burst began.
   */
  yieldTo?: () => Promise<void>;
}

export interface JobRuntime {
  /** Stops fetching, lets running handlers finish (up to the timeout), closes the pool. */
  stop(timeoutMs?: number): Promise<void>;
}

/**
 * pg-boss workers for every registered queue. Each api process runs one; jobs
 * are fetched with FOR UPDATE SKIP LOCKED, so any number of processes share
 * the queues without running a job twice at once.
 */
export async function startJobRuntime(options: JobRuntimeOptions): Promise<JobRuntime> {
  const { definitions, contextFor, log } = options;
  const boss = new PgBoss({
    connectionString: options.databaseUrl,
    schema: JOB_SCHEMA,
    application_name: "ascent-jobs",
    max: 3,
    // Our migration created the schema; pg-boss still upgrades it itself after a version bump.
    migrate: true,
    supervise: true,
    // Cron schedules live in PostgreSQL; whichever process's timekeeper gets there first sends each due one.
    schedule: Object.values(definitions).some((definition) => cronOf(definition) !== undefined),
  });
  boss.on("error", (error) => log.error({ error: safeError(error) }, "job queue error"));
  await boss.start();

  for (const [name, definition] of Object.entries(definitions)) {
    const queue = { ...queueOptions(settingsOf(definition)), name };
    await boss.createQueue(name, queue);
    // createQueue keeps an existing queue as it was: apply today's settings.
    await boss.updateQueue(name, queue);
    const cron = cronOf(definition);
    if (cron) await boss.schedule(name, cron);
  }

  for (const [name, definition] of Object.entries(definitions)) {
    const handler = handlerOf(definition);
    const yieldTo = isBackground(definition) ? options.yieldTo : undefined;
    const run = async ([job]: PgBoss.JobWithMetadata[]) => {
      const info: JobInfo = { id: job.id, name, retryCount: job.retryCount, retryLimit: job.retryLimit };
      // Fetched and active: it waits here (well within its expiry) while requests come first, then runs as usual.
      if (yieldTo) await yieldTo();
      const started = Date.now();
      try {
        await handler(job.data, contextFor(info));
        log.info({ job: name, jobId: job.id, ms: Date.now() - started }, "job done");
      } catch (error) {
        // The data may hold personal details: only the job's name and id go to the log.
        log.warn({ job: name, jobId: job.id, retryCount: job.retryCount, error: safeError(error) }, "job failed; pg-boss retries it with backoff");
        throw error;
      }
    };
    for (let i = 0; i < (workersOf(definition) ?? options.concurrency ?? 2); i++) {
      // pg-boss waits its polling interval after every fetch, even one that found work; telling the
      // worker it has been notified makes it fetch again at once while jobs keep coming, and poll when idle.
      const worker = { id: "" };
      worker.id = await boss.work(name, { batchSize: 1, includeMetadata: true, pollingIntervalSeconds: options.pollingIntervalSeconds ?? 1 }, async (jobs: PgBoss.JobWithMetadata[]) => {
        try {
          await run(jobs);
        } finally {
          if (worker.id) boss.notifyWorker(worker.id);
        }
      });
    }
  }

  return {
    stop: (timeoutMs = 10_000) => boss.stop({ graceful: true, wait: true, timeout: timeoutMs }),
  };
}
