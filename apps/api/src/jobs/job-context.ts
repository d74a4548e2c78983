import type { DataSource, EntityManager } from "typeorm";
import type { AppConfig } from "../config";
import type { Loaders } from "../graphql/loaders";
import type { Logger } from "../logger";
import type { JobContext, JobInfo } from "./types";

/** Jobs have no HTTP request: there is no cookie to read or set. */
const noSessionCookie = {
  read: () => undefined,
  set: () => {
    throw new Error("a job cannot set a session cookie");
  },
  clear: () => undefined,
};

/** Builds each run's context: anonymous viewer, fresh loaders and memo, a logger tagged with the job. */
export function jobContextFactory(options: { dataSource: DataSource; log: Logger; config: AppConfig; loadersFor: (db: EntityManager) => Loaders }) {
  const { dataSource, log, config, loadersFor } = options;
  return (job: JobInfo): JobContext => ({
    requestId: `job:${job.id}`,
    clientIp: "job",
    viewer: { kind: "anonymous" },
    dataSource,
    db: dataSource.manager,
    loaders: loadersFor(dataSource.manager),
    memo: new Map(),
    loadersFor,
    log: log.child({ job: job.name, jobId: job.id }),
    sessionCookie: noSessionCookie,
    job,
    config,
  });
}
