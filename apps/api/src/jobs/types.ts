import type { AppConfig } from "../config";
import type { RequestContext } from "../graphql/context";

/** What a handler is told about the job it runs. */
export interface JobInfo {
  id: string;
  name: string;
  /** 0 on the first run, then 1, 2, … on retries. */
  retryCount: number;
  retryLimit: number;
}

/**
 * A handler's context: a request context acting for nobody in particular
 * (anonymous viewer, its own loaders), plus the job and the settings. Handlers
 * open their own transaction (inTransaction) and must be idempotent: a job can
 * run again if its process stops after the handler's commit but before the
 * queue records completion.
 */
export interface JobContext extends RequestContext {
  job: JobInfo;
  config: AppConfig;
}

export type JobHandler<T = any> = (data: T, ctx: JobContext) => Promise<void>;

/** Per-queue retry and expiry; anything left out takes DEFAULT_QUEUE_SETTINGS. */
export interface QueueSettings {
  retryLimit?: number;
  /** First retry after this many seconds, then doubling (with jitter). */
  retryDelaySeconds?: number;
  /** A run still active after this long is treated as failed and retried. */
  expireInSeconds?: number;
}

export type JobDefinition<T = any> =
  | JobHandler<T>
  | {
      handler: JobHandler<T>;
      queue?: QueueSettings;
      /** Also run on this schedule (cron, UTC, at most once a minute), once across all api processes. */
      cron?: string;
      /** Handlers of this queue run at once in each process (default 2); each holds a database connection while it runs. */
      workers?: number;
      /**
       * Work nobody is waiting on (mail delivery, confirmations): while the process answers a burst of
       * requests, a fetched job waits before it runs (JobRuntimeOptions.yieldTo; bounded, so never lost).
       */
      background?: boolean;
    };

export const DEFAULT_QUEUE_SETTINGS: Required<QueueSettings> = { retryLimit: 5, retryDelaySeconds: 10, expireInSeconds: 15 * 60 };

export const handlerOf = (definition: JobDefinition): JobHandler => (typeof definition === "function" ? definition : definition.handler);
export const workersOf = (definition: JobDefinition): number | undefined => (typeof definition === "function" ? undefined : definition.workers);
export const isBackground = (definition: JobDefinition): boolean => typeof definition !== "function" && definition.background === true;
export const cronOf = (definition: JobDefinition): string | undefined => (typeof definition === "function" ? undefined : definition.cron);
export const settingsOf = (definition: JobDefinition): Required<QueueSettings> => ({
  ...DEFAULT_QUEUE_SETTINGS,
  ...(typeof definition === "function" ? {} : definition.queue),
});
