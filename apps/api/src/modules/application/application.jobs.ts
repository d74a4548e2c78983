import { ApplicationStatus, EndorsementStatus } from "@ascent/domain";
import { In } from "typeorm";
import type { EntityManager } from "typeorm";
import { inTransaction } from "../../graphql/context";
import type { JobDefinition } from "../../jobs";
import { Allocation, JOBS } from "./allocation";
import type { CohortTimings } from "./allocation";
import { ApplicationActions } from "./application-actions";
import { Application } from "./application.entity";
import { ApplicationNotifier } from "./application.messages";
import type { MessageContext } from "./application.messages";
import { scheduleEndorsementReminder, scheduleWindowClosed } from "./application.schedule";

async function closingTime(tx: { db: EntityManager }, cohortId: string): Promise<Date | null> {
  const [row]: Array<{ applications_close_at: Date | null }> = await tx.db.query("SELECT applications_close_at FROM cohort WHERE id = $1", [cohortId]);
  return row?.applications_close_at ?? null;
}

/**
 * Timed work on the shared job queue. Every handler opens its own
 * transaction and checks the row under its lock first, so a job that runs
 * twice (or after the person already answered) changes nothing.
 */
export function applicationJobs(services: () => { actions: ApplicationActions; allocation: Allocation; notifier: ApplicationNotifier }): Record<string, JobDefinition> {
  const settings = () => services().notifier.settings;
  return {
    /**
     * After a batch of arrivals commits: each applicant's confirmation, the line manager's request and its first
     * reminder, the window-closing job. One transaction for the whole batch (it was one per application: a dozen
     * statements each, competing with the requests of a stampede): the applications locked in one statement, each
     * cohort's timings, programme title and closing time read once, the window-closing job scheduled once per cohort.
     * Each message carries a dedupe key, so a rerun after a failure sends nothing twice. Background work: while the
     * process answers a burst of requests (the stampede itself) it waits, at most 2 minutes from the burst's start.
     */
    [JOBS.received]: {
      background: true,
      handler: async (data: { applicationId?: string; applicationIds?: string[] }, ctx) => {
        const { notifier } = services();
        const ids = [...new Set(data.applicationIds ?? (data.applicationId ? [data.applicationId] : []))].sort();
        if (ids.length === 0) return;
        await inTransaction(ctx, async (tx) => {
          // In id order, so two jobs never wait on each other's rows in opposite orders.
          const applications = await tx.db.getRepository(Application).find({ where: { id: In(ids) }, order: { id: "ASC" }, lock: { mode: "for_no_key_update" } });
          const cohorts = new Map<string, Promise<{ timings: CohortTimings; about: MessageContext; closesAt: Date | null }>>();
          const cohortOf = (cohortId: string) => {
            if (!cohorts.has(cohortId)) {
              cohorts.set(
                cohortId,
                (async () => ({ timings: await services().allocation.timingsOf(tx, cohortId), about: await notifier.context(tx, { cohortId }), closesAt: await closingTime(tx, cohortId) }))(),
              );
            }
            return cohorts.get(cohortId)!;
          };
          for (const application of applications) {
            const { timings, about } = await cohortOf(application.cohortId);
            await notifier.received(tx, application, timings.holdDays, about);
            if (application.status !== ApplicationStatus.INELIGIBLE && application.endorsementStatus === EndorsementStatus.PENDING && application.endorsementRequestedAt) {
              await scheduleEndorsementReminder(tx, application.id, application.endorsementRequestedAt, 1, settings().endorsementReminderAfterDays);
            }
          }
          for (const [cohortId, cohort] of cohorts) {
            const { closesAt } = await cohort;
            if (closesAt) await scheduleWindowClosed(tx, cohortId, closesAt);
          }
        });
      },
    },
    [JOBS.holdLapse]: async (data: { applicationId: string }, ctx) => {
      await inTransaction(ctx, (tx) => services().actions.lapseHold(tx, data.applicationId));
    },
    [JOBS.offerLapse]: async (data: { applicationId: string }, ctx) => {
      await inTransaction(ctx, (tx) => services().actions.lapseOffer(tx, data.applicationId));
    },
    [JOBS.offerReminder]: async (data: { applicationId: string }, ctx) => {
      await inTransaction(ctx, (tx) => services().actions.remindOffer(tx, data.applicationId));
    },
    [JOBS.endorsementReminder]: async (data: { applicationId: string; reminder: number }, ctx) => {
      await inTransaction(ctx, async (tx) => {
        const sent = await services().actions.remindEndorsement(tx, data.applicationId, data.reminder);
        if (sent && sent.endorsementRequestedAt && data.reminder < settings().maxEndorsementReminders) {
          await scheduleEndorsementReminder(tx, sent.id, sent.endorsementRequestedAt, data.reminder + 1, settings().endorsementReminderAfterDays);
        }
      });
    },
    /** When applications close: each waitlisted applicant hears their position. */
    [JOBS.windowClosed]: async (data: { cohortId: string }, ctx) => {
      const { notifier } = services();
      await inTransaction(ctx, async (tx) => {
        const closesAt = await closingTime(tx, data.cohortId);
        if (!closesAt) return;
        if (closesAt.getTime() > Date.now()) {
          await scheduleWindowClosed(tx, data.cohortId, closesAt); // the window was moved later: come back then
          return;
        }
        const waiting = await tx.db.getRepository(Application).find({ where: { cohortId: data.cohortId, status: ApplicationStatus.WAITLISTED } });
        for (const application of waiting) {
          const position = await tx.loaders.waitlistPositionByApplicationId.load(application.id);
          if (position !== null) await notifier.windowClosed(tx, application, position);
        }
      });
    },
  };
}
