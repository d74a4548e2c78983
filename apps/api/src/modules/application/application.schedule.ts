import { scheduleJob } from "../../jobs";
import type { RequestContext } from "../../graphql/context";
import { JOBS } from "./allocation";

const DAY_MS = 24 * 60 * 60 * 1000;

/** Reminder n to the line manager, n × the spacing after the request (once per application and n). */
export function scheduleEndorsementReminder(tx: Pick<RequestContext, "db">, applicationId: string, requestedAt: Date, reminder: number, afterDays: number) {
  const startAfter = new Date(requestedAt.getTime() + reminder * afterDays * DAY_MS);
  return scheduleJob(tx, JOBS.endorsementReminder, { applicationId, reminder }, { startAfter, singletonKey: `endorsement-reminder:${applicationId}:${reminder}` });
}

/** One job per cohort and closing time, however many applications arrive. */
export function scheduleWindowClosed(tx: Pick<RequestContext, "db">, cohortId: string, closesAt: Date) {
  return scheduleJob(tx, JOBS.windowClosed, { cohortId }, { startAfter: closesAt, singletonKey: `window-closed:${cohortId}:${closesAt.getTime()}` });
}
