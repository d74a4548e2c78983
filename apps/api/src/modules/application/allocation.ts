import {
  AllocationPolicy,
  ApplicationActor,
  ApplicationStatus,
  applicationStatusLabels,
  canTransitionApplication,
  DEFAULT_HOLD_DAYS,
  DEFAULT_OFFER_RESPONSE_DAYS,
  PLACE_TAKING_STATUSES,
  placesFree,
  placeStatusFor,
  takesPlace,
  TransitionReason,
  UserErrorCode,
} from "@ascent/domain";
import { scheduleJob } from "../../jobs";
import type { RequestContext } from "../../graphql/context";
import { userError, UserInputProblems } from "../../graphql/user-error";
import { Cohort } from "../cohort";
import { ApplicationTransition } from "./application-transition.entity";
import { Application } from "./application.entity";
import { CohortApplicationSettings } from "./cohort-application-settings.entity";
import type { ApplicationNotifier } from "./application.messages";

export const JOBS = {
  received: "application.received",
  holdLapse: "application.hold-lapse",
  offerLapse: "application.offer-lapse",
  offerReminder: "application.offer-reminder",
  endorsementReminder: "application.endorsement-reminder",
  windowClosed: "application.window-closed",
} as const;

const DAY_MS = 24 * 60 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;

export interface CohortTimings {
  holdDays: number;
  offerResponseDays: number;
}

/** The SQL order of a cohort's waiting list: the panel's ranking (best first), else receipt. */
export const WAITLIST_ORDER_SQL = (policy: AllocationPolicy, alias = "a") =>
  policy === AllocationPolicy.PANEL_SELECTION ? `${alias}.panel_score DESC NULLS LAST, ${alias}.receipt_number ASC` : `${alias}.receipt_number ASC`;

/**
 * Every decision about a cohort's places runs here, inside a transaction that
 * first locks the cohort row. The lock makes the decisions of every api
 * process one sequence, so held + offered + accepted never exceeds capacity
 * and the waiting list moves in order. Always lock the cohort before any of
 * its applications (the one lock order, so no deadlocks).
 */
export class Allocation {
  constructor(
    private readonly notifier: ApplicationNotifier,
    private readonly offerReminderHoursBefore: number,
  ) {}

  /** FOR NO KEY UPDATE: excludes other allocations and cohort edits, not inserts that merely reference the cohort. */
  async lockCohort(tx: RequestContext, cohortId: string): Promise<Cohort | null> {
    return tx.db.getRepository(Cohort).findOne({ where: { id: cohortId }, lock: { mode: "for_no_key_update" } });
  }

  async lockApplication(tx: RequestContext, applicationId: string): Promise<Application | null> {
    return tx.db.getRepository(Application).findOne({ where: { id: applicationId }, lock: { mode: "for_no_key_update" } });
  }

  /** Locks the application's cohort, then the application: for every change after arrival. */
  async lockForChange(tx: RequestContext, applicationId: string): Promise<{ cohort: Cohort; application: Application } | null> {
    const found = await tx.db.getRepository(Application).findOne({ where: { id: applicationId }, select: { id: true, cohortId: true } });
    if (!found) return null;
    const cohort = await this.lockCohort(tx, found.cohortId);
    const application = await this.lockApplication(tx, applicationId);
    return cohort && application ? { cohort, application } : null;
  }

  async timingsOf(tx: { db: RequestContext["db"] }, cohortId: string): Promise<CohortTimings> {
    const settings = await tx.db.getRepository(CohortApplicationSettings).findOneBy({ cohortId });
    return { holdDays: settings?.holdDays ?? DEFAULT_HOLD_DAYS, offerResponseDays: settings?.offerResponseDays ?? DEFAULT_OFFER_RESPONSE_DAYS };
  }

  async placesTaken(tx: RequestContext, cohortId: string): Promise<number> {
    const [row] = await tx.db.query("SELECT count(*)::int AS n FROM application WHERE cohort_id = $1 AND status = ANY($2::application_status[])", [cohortId, PLACE_TAKING_STATUSES]);
    return row.n;
  }

  /**
   * Moves an application (cohort and application locked by the caller),
   * setting or clearing its deadlines, keeping the transition, scheduling the
   * deadline's job and telling the applicant. Returns whether it gave up a place.
   */
  async move(
    tx: RequestContext,
    application: Application,
    to: ApplicationStatus,
    reason: TransitionReason,
    actor: ApplicationActor,
    timings: CohortTimings,
    note: string | null = null,
  ): Promise<{ freedPlace: boolean }> {
    const from = application.status;
    if (!canTransitionApplication(from, to)) {
      throw new UserInputProblems([
        userError(["id"], UserErrorCode.INVALID_TRANSITION, `An application that is ${applicationStatusLabels[from].toLowerCase()} can't become ${applicationStatusLabels[to].toLowerCase()}.`),
      ]);
    }
    const now = new Date();
    application.status = to;
    application.holdExpiresAt = to === ApplicationStatus.AWAITING_ENDORSEMENT ? new Date(now.getTime() + timings.holdDays * DAY_MS) : null;
    application.offerExpiresAt = to === ApplicationStatus.OFFERED ? new Date(now.getTime() + timings.offerResponseDays * DAY_MS) : null;
    await tx.db.getRepository(Application).save(application);
    await this.record(tx, application, from, reason, actor, note);
    await this.scheduleDeadlines(tx, application);
    await this.notifier.statusChanged(tx, application, from, reason, note);
    return { freedPlace: takesPlace(from) && !takesPlace(to) };
  }

  async record(tx: RequestContext, application: Application, from: ApplicationStatus | null, reason: TransitionReason, actor: ApplicationActor, note: string | null = null) {
    await tx.db.getRepository(ApplicationTransition).insert({
      applicationId: application.id,
      fromStatus: from,
      toStatus: application.status,
      reason,
      actor,
      actorUserId: actor === ApplicationActor.STAFF && tx.viewer.kind === "user" ? tx.viewer.user.id : null,
      note,
    });
  }

  /** The jobs that end a hold or an offer; each checks the row again when it runs, so an early answer makes it a no-op. */
  async scheduleDeadlines(tx: RequestContext, application: Application) {
    if (application.status === ApplicationStatus.AWAITING_ENDORSEMENT && application.holdExpiresAt) {
      await scheduleJob(tx, JOBS.holdLapse, { applicationId: application.id }, { startAfter: application.holdExpiresAt, singletonKey: `hold:${application.id}:${application.holdExpiresAt.getTime()}` });
    }
    if (application.status === ApplicationStatus.OFFERED && application.offerExpiresAt) {
      const expires = application.offerExpiresAt;
      await scheduleJob(tx, JOBS.offerLapse, { applicationId: application.id }, { startAfter: expires, singletonKey: `offer:${application.id}:${expires.getTime()}` });
      const remindAt = new Date(expires.getTime() - this.offerReminderHoursBefore * HOUR_MS);
      if (remindAt.getTime() > Date.now()) {
        await scheduleJob(tx, JOBS.offerReminder, { applicationId: application.id }, { startAfter: remindAt, singletonKey: `offer-reminder:${application.id}:${expires.getTime()}` });
      }
    }
  }

  /**
   * While places are free, the head of the waiting list takes one (offered,
   * or held while its endorsement is pending): receipt order, or the panel's
   * ranking. Applications still under panel review are not on the list.
   */
  async fillPlaces(tx: RequestContext, cohort: Cohort, timings?: CohortTimings): Promise<Application[]> {
    const times = timings ?? (await this.timingsOf(tx, cohort.id));
    const promoted: Application[] = [];
    let free = placesFree(cohort.capacity, await this.placesTaken(tx, cohort.id));
    while (free > 0) {
      const [next]: Array<{ id: string }> = await tx.db.query(
        `SELECT a.id FROM application a WHERE a.cohort_id = $1 AND a.status = 'WAITLISTED' ORDER BY ${WAITLIST_ORDER_SQL(cohort.allocationPolicy)} LIMIT 1 FOR NO KEY UPDATE`,
        [cohort.id],
      );
      const head = next ? await tx.db.getRepository(Application).findOneBy({ id: next.id }) : null;
      if (!head) break;
      await this.move(tx, head, placeStatusFor(head.endorsementStatus), TransitionReason.PROMOTED_FROM_WAITLIST, ApplicationActor.SYSTEM, times);
      promoted.push(head);
      free -= 1;
    }
    return promoted;
  }
}
