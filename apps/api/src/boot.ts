import "reflect-metadata";
import { DataSource } from "typeorm";
import { AscentApp, createApp } from "./app";
import type { AppConfig } from "./config";
import { acquireDataDirLock } from "./db/data-dir-lock";
import { appJobs, appLoadersFor, createAppDataSource } from "./composition";
import { runMigrationsLocked } from "./db/migrate-locked";
import { reachableReplicas, redactedUrl } from "./db/read-replica";
import { jobContextFactory, startJobRuntime } from "./jobs";
import { RequestPressure } from "./http/request-pressure";
import { startDevMailbox } from "./modules/notification/dev-mailbox/dev-mailbox";
import { EmbeddedPostgres, isPortFree, startEmbeddedPostgres } from "./db/embedded-postgres";
import type { Logger } from "./logger";
import { ensureFirstAdmin } from "./modules/user/first-admin";
import { seedDemoData } from "./seed/seed-demo-data";

export interface RunningAscent {
  url: string;
  port: number;
  databaseUrl: string;
  dataSource: DataSource;
  /** The development mailbox's SMTP address, when this process runs it (no SMTP_URL outside production). */
  devSmtpUrl?: string;
  /**
   * Finishes in-flight requests and running jobs, closes the pool, stops the
   * embedded database. `idleMs`: how long idle keep-alive connections may still
   * bring a request (AscentApp.stop; default their keep-alive timeout, for a
   * supervisor's SIGTERM; 0 for an interactive Ctrl-C).
   */
  shutdown(options?: { idleMs?: number }): Promise<void>;
}

/**
 * The listen backlog: how many connections the kernel completes and queues
 * for the api before it accepts them. Node's default is 511; at a window's
 * opening minute thousands of applicants connect at once, and while the event
 * loop is busy (a loaded machine, a long batch) the queue overflows: the
 * kernel drops the extra SYNs, the clients retry after 1, 3, 7 s and give up
 * with a connect timeout (the stampede bench's errors: 120 of 2,000 with 511).
 * 4096 queues a whole opening-minute rush per process; Linux caps it at
 * net.core.somaxconn (4096 by default since 5.4).
 */
export const LISTEN_BACKLOG = 4096;

export class PortInUseError extends Error {
  constructor(readonly port: number) {
    super(`Port ${port} is already in use, so the api can't listen there. Stop whatever uses it, or run with PORT=<another port>.`);
  }
}

/** Brings the whole api up: database, migrations, first admin, demo data, HTTP. */
export async function boot(settings: AppConfig, log: Logger): Promise<RunningAscent> {
  let config = settings;
  const cleanups: Array<{ step: string; run: () => Promise<void> | void }> = [];
  let stopOptions: { idleMs?: number } = {};
  const cleanUp = async () => {
    for (const { step, run } of cleanups.reverse()) {
      await run();
      log.info(`stopped: ${step}`);
    }
  };
  try {
    if (config.port !== 0 && !(await isPortFree(config.port, config.host === "0.0.0.0" ? undefined : config.host))) {
      throw new PortInUseError(config.port);
    }
    let databaseUrl = config.databaseUrl;
    let embedded: EmbeddedPostgres | undefined;
    if (!databaseUrl) {
      cleanups.push({ step: "data folder lock released", run: acquireDataDirLock(config.dataDir) });
      embedded = await startEmbeddedPostgres({ dataDir: config.dataDir, preferredPort: config.embeddedPostgresPort, log: (m) => log.info(m) });
      cleanups.push({ step: "embedded PostgreSQL", run: () => embedded?.stop() });
      databaseUrl = embedded.url;
    }

    // Migrations and demo data may take longer than any request should: they run on a pool of their own, without the statement timeout.
    const maintenance = createAppDataSource(databaseUrl, { poolSize: 2, applicationName: "ascent-maintenance", statementTimeoutMs: 0 });
    await maintenance.initialize();
    try {
      // Several api processes may start together on one database: they take turns.
      const applied = await runMigrationsLocked(maintenance);
      if (applied.length > 0) log.info({ migrations: applied.map((m) => m.name) }, "applied migrations");
      const admin = await ensureFirstAdmin(maintenance, config.firstAdmin);
      if (admin === "created") log.info("created the first administrator from ASCENT_ADMIN_EMAIL");
      if (admin === "not-configured") log.warn("no users exist and ASCENT_ADMIN_EMAIL/ASCENT_ADMIN_PASSWORD are not set: nobody can sign in");
      if (config.loadDemoData && (await seedDemoData(maintenance)) === "seeded") log.info("loaded the demo data");
    } finally {
      await maintenance.destroy();
    }

    const { reachable: replicaUrls, unreachable } = await reachableReplicas(config.databaseReplicaUrls);
    for (const url of unreachable) log.warn({ replica: redactedUrl(url) }, "a read replica named in DATABASE_REPLICA_URLS doesn't answer: this process runs without it until it restarts");
    if (replicaUrls.length > 0) log.info({ replicas: replicaUrls.map(redactedUrl) }, "lag-tolerant reads go to read replicas");
    const dataSource = createAppDataSource(databaseUrl, { statementTimeoutMs: config.statementTimeoutMs, replicaUrls, preparedStatements: config.preparedStatements });
    await dataSource.initialize();
    cleanups.push({ step: "database pool", run: () => dataSource.destroy() });

    if (!config.smtpUrl && config.environment !== "production") {
      const mailbox = await startDevMailbox(config.dataDir, config.devSmtpPort);
      cleanups.push({ step: "development mailbox", run: () => mailbox.stop() });
      config = { ...config, smtpUrl: mailbox.smtpUrl, devMailboxDir: mailbox.folder.dir };
      log.info({ smtpUrl: mailbox.smtpUrl }, "no SMTP_URL: mail goes to the development mailbox (the console's Mail viewer)");
    } else if (!config.smtpUrl) {
      log.warn("SMTP_URL is not set: messages wait in the outbox until it is");
    }

    // Mail delivery and confirmations step aside while this process answers a burst of requests (a window opening).
    const pressure = new RequestPressure();
    const jobs = await startJobRuntime({
      databaseUrl,
      definitions: appJobs(config),
      contextFor: jobContextFactory({ dataSource, log, config, loadersFor: appLoadersFor }),
      log,
      pollingIntervalSeconds: config.jobPollingIntervalSeconds,
      yieldTo: pressure.whenQuiet,
    });
    const stopJobs = { step: "job workers (running jobs finished)", run: () => jobs.stop(config.shutdownGraceMs) };
    cleanups.push(stopJobs);

    const app: AscentApp = await createApp(config, dataSource, log);
    pressure.watch(app.httpServer);
    await new Promise<void>((resolve, reject) => {
      app.httpServer.once("error", reject);
      app.httpServer.listen({ port: config.port, host: config.host, backlog: LISTEN_BACKLOG }, resolve);
    });
    // Requests and jobs stop together and share the grace period, so a stop takes one grace period at most, not two.
    cleanups.splice(cleanups.indexOf(stopJobs), 1);
    cleanups.push({ step: "http server and job workers (in-flight requests and running jobs finished)", run: async () => void (await Promise.all([app.stop(stopOptions), stopJobs.run()])) });
    const port = (app.httpServer.address() as { port: number }).port;
    const shutdown = (options: { idleMs?: number } = {}) => {
      stopOptions = options;
      return cleanUp();
    };
    return { url: `http://localhost:${port}/graphql`, port, databaseUrl, dataSource, devSmtpUrl: config.devMailboxDir ? config.smtpUrl : undefined, shutdown };
  } catch (error) {
    await cleanUp();
    throw error;
  }
}
