import type http from "node:http";

/** More requests than this in flight at once is a burst (a window opening), not ordinary traffic. */
export const BURST_REQUESTS = 16;
/** A burst is over once in-flight requests have stayed at or below BURST_REQUESTS this long. */
export const QUIET_MS = 500;
/**
 * Background work waits at most this long from the start of a burst, however long the burst lasts: on a loaded
 * 2-core machine 2,000 applications at once take a minute or more to answer, and a confirmation two minutes late
 * is still well within its job's expiry (5 minutes for delivery, 15 for composing).
 */
export const MAX_YIELD_MS = 120_000;
const CHECK_MS = 100;

/**
 * How busy this process is answering HTTP requests, so background jobs
 * (delivering mail, composing confirmations) can step aside during a burst:
 * at a window's opening minute the api's CPU is what thousands of applicants
 * wait for, and a confirmation sent 20 s later is as good. Nothing is lost or
 * repeated by waiting: the job has been fetched and simply runs later (well
 * within its expiry), with its own locking and dedupe keys unchanged.
 *
 * In-flight requests alone are a poor signal: a CPU-bound process answers a
 * batch of arrivals at once and the rest of the rush waits unparsed on its
 * sockets, so the count dips between batches. A burst therefore lasts until
 * the count has stayed low for QUIET_MS.
 */
export class RequestPressure {
  private inFlight = 0;
  /** When the current burst began; null when there is none. */
  private burstSince: number | null = null;
  /** The last time more than burstRequests were in flight. */
  private lastBusyAt = 0;
  private waiters: Array<() => void> = [];
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly burstRequests = BURST_REQUESTS,
    private readonly quietMs = QUIET_MS,
    private readonly maxYieldMs = MAX_YIELD_MS,
  ) {}

  /** Counts the server's requests from arrival until their response closes. */
  watch(server: http.Server): void {
    server.prependListener("request", (_req: http.IncomingMessage, res: http.ServerResponse) => {
      this.inFlight += 1;
      if (this.inFlight > this.burstRequests) {
        const now = Date.now();
        // A new burst, unless the last one is still on (busy within quietMs).
        if (this.burstSince === null || now - this.lastBusyAt >= this.quietMs) this.burstSince = now;
        this.lastBusyAt = now;
      }
      res.once("close", () => {
        if (this.inFlight > this.burstRequests) this.lastBusyAt = Date.now();
        this.inFlight -= 1;
      });
    });
  }

  /** Requests being answered now. */
  get requestsInFlight(): number {
    return this.inFlight;
  }

  /** Whether background work should wait now: a burst is on and began less than maxYieldMs ago. */
  get yielding(): boolean {
    if (this.burstSince === null) return false;
    const now = Date.now();
    if (this.inFlight <= this.burstRequests && now - this.lastBusyAt >= this.quietMs) {
      this.burstSince = null; // over
      return false;
    }
    return now - this.burstSince < this.maxYieldMs;
  }

  /** Resolves at once unless a burst is on; else when it is over, or maxYieldMs after it began. */
  whenQuiet = (): Promise<void> => {
    if (!this.yielding) return Promise.resolve();
    return new Promise<void>((resolve) => {
      this.waiters.push(resolve);
      if (!this.timer) {
        this.timer = setInterval(() => {
          if (this.yielding) return;
          if (this.timer) clearInterval(this.timer);
          this.timer = null;
          for (const release of this.waiters.splice(0)) release();
        }, CHECK_MS);
        this.timer.unref();
      }
    });
  };
}
