/** Timed and background work on a PostgreSQL job queue (pg-boss). Infrastructure: imports no feature. */
export { scheduleJob } from "./schedule";
export type { ScheduleOptions } from "./schedule";
export { startJobRuntime } from "./runtime";
export type { JobRuntime, JobRuntimeOptions } from "./runtime";
export { queueDepth } from "./metrics";
export type { QueueDepth } from "./metrics";
export { jobSchemaSql, JOB_SCHEMA } from "./pg-boss-schema";
export type { JobContext, JobDefinition, JobHandler, JobInfo, QueueSettings } from "./types";
export { jobContextFactory } from "./job-context";
