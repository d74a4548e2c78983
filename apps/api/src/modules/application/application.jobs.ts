import { ApplicationStatus, EndorsementStatus } from "@ascent/domain";
import type { EntityManager } from "typeorm";
import { inTransaction } from "../../graphql/context";
import type { JobDefinition } from "../../jobs";
import { Allocation, JOBS } from "./allocation";
import { ApplicationActions } from "./application-actions";
import { Application } from "./application.entity";
import { ApplicationNotifier } from "./application.messages";
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
    /** After arrival commits: the confirmation, the line manager's request and its first reminder, the window-closing job. */
    [JOBS.received]: async (data: { applicationId?: string; applicationIds?: string[] }, ctx) => {
      const { allocation, notifier } = services();
      // One job per batch of arrivals; each application's messages carry dedupe keys, so a rerun sends nothing twice.
      for (const applicationId of data.applicationIds ?? (data.applicationId ? [data.applicationId] : [])) await inTransaction(ctx, async (tx) => {
        const application = await allocation.lockApplication(tx, applicationId);
        if (!application) return;
        const timings = await allocation.timingsOf(tx, application.cohortId);
        await notifier.received(tx, application, timings.holdDays);
        if (application.status !== ApplicationStatus.INELIGIBLE && application.endorsementStatus === EndorsementStatus.PENDING && application.endorsementRequestedAt) {
          await scheduleEndorsementReminder(tx, application.id, application.endorsementRequestedAt, 1, settings().endorsementReminderAfterDays);
        }
        const closesAt = await closingTime(tx, application.cohortId);
        if (closesAt) await scheduleWindowClosed(tx, application.cohortId, closesAt);
      });
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
