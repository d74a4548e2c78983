import {
  AllocationPolicy,
  ApplicationActor,
  ApplicationStatus,
  CohortStatus,
  DEFAULT_HOLD_DAYS,
  DEFAULT_OFFER_RESPONSE_DAYS,
  EndorsementStatus,
  isOpenForApplications,
  PLACE_TAKING_STATUSES,
  placesFree,
  statusOnArrival,
  takesPlace,
  UserErrorCode,
} from "@ascent/domain";
import type { TransitionReason } from "@ascent/domain";
import { perDataSource } from "../../db/per-data-source";
import { PREPARED_SQL } from "../../db/prepared-statements";
import { inTransaction, type RequestContext } from "../../graphql/context";
import { UserError, userError } from "../../graphql/user-error";
import { scheduleJob } from "../../jobs";
import { Allocation, JOBS } from "./allocation";
import { ArrivalInsert, type InsertedArrival } from "./arrival-insert";
import { ApplicationTransition } from "./application-transition.entity";
import { Application } from "./application.entity";

const DAY_MS = 86_400_000;

/** A checked application waiting for its receipt: everything but what the lock decides. */
export interface Draft {
  id: string;
  idempotencyKey: string;
  eligible: boolean;
  endorsement: EndorsementStatus;
  declarationConsented: boolean;
  fields: Partial<Application>;
}

/**
 * A new application comes back with what its batch already knows (its first
 * transition, and its waitlist position as of the commit), so the answer to
 * its applicant needs no more queries: thousands arrive together.
 */
export type Arrived = { kind: "inserted"; application: Application; arrival: ApplicationTransition; waitlistPosition: number | null } | { kind: "replay"; applicationId: string } | { kind: "refused"; problems: UserError[] };

interface Waiting {
  ctx: RequestContext;
  draft: Draft;
  settle: (result: Arrived) => void;
  fail: (error: unknown) => void;
}

/**
 * Receives complete applications into their cohort, in order. Within one api
 * process, applications to a cohort that arrive while its previous batch is
 * being decided wait for the next batch, and each batch is decided in ONE
 * transaction under the cohort's row lock: receipt numbers in arrival order,
 * places while free, the rest waitlisted. Across processes the lock orders
 * the batches, so PostgreSQL still decides every place (nothing about capacity
 * is counted in memory), while one commit serves many applications.
 */
export class Arrivals {
  private readonly queues = new Map<string, Waiting[]>();
  private readonly draining = new Set<string>();
  /** Its SQL is built from the entity's metadata once per data source. */
  private readonly insertFor = perDataSource((dataSource) => new ArrivalInsert(dataSource));

  constructor(
    private readonly allocation: Allocation,
    private readonly maxBatch = 200,
  ) {}

  submit(ctx: RequestContext, cohortId: string, draft: Draft): Promise<Arrived> {
    return new Promise<Arrived>((settle, fail) => {
      const queue = this.queues.get(cohortId) ?? [];
      queue.push({ ctx, draft, settle, fail });
      this.queues.set(cohortId, queue);
      if (!this.draining.has(cohortId)) void this.drain(cohortId);
    });
  }

  private async drain(cohortId: string) {
    this.draining.add(cohortId);
    try {
      for (;;) {
        const queue = this.queues.get(cohortId) ?? [];
        if (queue.length === 0) break;
        const batch = queue.splice(0, this.maxBatch);
        try {
          const results = await this.decide(batch[0].ctx, cohortId, batch.map((waiting) => waiting.draft));
          batch.forEach((waiting, index) => waiting.settle(results[index]));
        } catch (error) {
          for (const waiting of batch) waiting.fail(error);
        }
      }
    } finally {
      this.draining.delete(cohortId);
      this.queues.delete(cohortId);
    }
  }

  private decide(ctx: RequestContext, cohortId: string, drafts: Draft[]): Promise<Arrived[]> {
    return inTransaction(ctx, async (tx) => {
      // The lock and the cohort's timings in one round trip (the cohort row and its settings, read under the lock).
      const [cohort]: LockedCohort[] = await tx.db.query(LOCK_COHORT_SQL, [cohortId]);
      if (!cohort || !isOpenForApplications(cohort, new Date())) {
        return drafts.map(() => ({ kind: "refused", problems: [userError(["cohortId"], UserErrorCode.INVALID, "This cohort has stopped taking applications.")] }));
      }
      const timings = { holdDays: cohort.holdDays ?? DEFAULT_HOLD_DAYS, offerResponseDays: cohort.offerResponseDays ?? DEFAULT_OFFER_RESPONSE_DAYS };
      // A fresh snapshot after the lock: everything committed before it is counted.
      const [state]: Array<{ taken: number; waiting: number; last: number; existing: Record<string, string>; now: Date }> = await tx.db.query(
        `${PREPARED_SQL} SELECT (SELECT count(*)::int FROM application WHERE cohort_id = $1 AND status = ANY($2::application_status[])) AS taken,
                (SELECT count(*)::int FROM application WHERE cohort_id = $1 AND status = 'WAITLISTED') AS waiting,
                (SELECT coalesce(max(receipt_number), 0)::int FROM application WHERE cohort_id = $1) AS last,
                (SELECT coalesce(json_object_agg(idempotency_key, id), '{}'::json) FROM application WHERE cohort_id = $1 AND idempotency_key = ANY($3::varchar[])) AS existing,
                clock_timestamp() AS now`,
        [cohort.id, PLACE_TAKING_STATUSES, drafts.map((draft) => draft.idempotencyKey)],
      );
      const known = new Map(Object.entries(state.existing));
      let taken = state.taken;
      let receipt = state.last;
      // A new arrival has no panel score and the latest receipt: it joins the end of the waitlist (see waitlistPositionByApplicationId).
      let waiting = state.waiting;
      const results: Array<Arrived | { kind: "pending"; application: Application; waitlistPosition: number | null }> = [];
      const rows: Application[] = [];
      const reasons: TransitionReason[] = [];
      for (const draft of drafts) {
        const earlier = known.get(draft.idempotencyKey);
        if (earlier) {
          results.push({ kind: "replay", applicationId: earlier });
          continue;
        }
        const arrival = statusOnArrival({ policy: cohort.allocationPolicy, eligible: draft.eligible, placesFree: placesFree(cohort.capacity, taken), endorsement: draft.endorsement });
        if (takesPlace(arrival.status)) taken += 1;
        receipt += 1;
        const now = state.now.getTime();
        // A plain entity (no repository.create: thousands of these in a stampede); the batch's INSERT writes every column but
        // those left to their defaults (arrival-insert.ts), so each must be set here or in the draft's fields.
        const row = Object.assign(new Application(), {
          ...draft.fields,
          id: draft.id,
          cohortId: cohort.id,
          idempotencyKey: draft.idempotencyKey,
          receiptNumber: receipt,
          receivedAt: state.now,
          status: arrival.status,
          eligible: draft.eligible,
          endorsementStatus: draft.endorsement,
          endorsementRequestedAt: draft.endorsement === EndorsementStatus.PENDING && draft.eligible ? state.now : null,
          positiveActionConsentAt: draft.declarationConsented ? state.now : null,
          holdExpiresAt: arrival.status === ApplicationStatus.AWAITING_ENDORSEMENT ? new Date(now + timings.holdDays * DAY_MS) : null,
          offerExpiresAt: arrival.status === ApplicationStatus.OFFERED ? new Date(now + timings.offerResponseDays * DAY_MS) : null,
        });
        known.set(draft.idempotencyKey, draft.id);
        rows.push(row);
        reasons.push(arrival.reason);
        results.push({ kind: "pending", application: row, waitlistPosition: arrival.status === ApplicationStatus.WAITLISTED ? ++waiting : null });
      }
      const arrivals = rows.length > 0 ? await this.insertWithArrivals(tx, rows, reasons) : new Map<string, ApplicationTransition>();
      // One job composes the confirmations of the applications this batch created (a replay's confirmation went with its
      // first submission), in the same transaction: if it commits, the job is there; nothing sent is lost to a crash.
      if (rows.length > 0) await scheduleJob(tx, JOBS.received, { applicationIds: rows.map((row) => row.id) }, { singletonKey: `received:${rows[0].id}` });
      for (const row of rows) if (takesPlace(row.status)) await this.allocation.scheduleDeadlines(tx, row);
      return results.map((result) => (result.kind === "pending" ? { ...result, kind: "inserted" as const, arrival: arrivals.get(result.application.id)! } : result));
    });
  }

  /**
   * The applications and their first transitions in one statement: one round trip while the cohort is locked. Fixed SQL
   * text over arrays (a prepared statement, planned once per connection), not a query builder: building a multi-row
   * INSERT and hydrating its entities cost more of the api's CPU than anything else in a stampede.
   */
  private async insertWithArrivals(tx: RequestContext, rows: Application[], reasons: TransitionReason[]): Promise<Map<string, ApplicationTransition>> {
    const insert = this.insertFor(tx.dataSource);
    const inserted: InsertedArrival[] = await tx.db.query(insert.sql, insert.parameters(rows, reasons, ApplicationActor.APPLICANT));
    const byId = new Map(rows.map((row) => [row.id, row]));
    return new Map(
      inserted.map((row) => {
        const application = byId.get(row.application_id)!;
        insert.applyDefaults(application, row);
        const transition = Object.assign(new ApplicationTransition(), {
          id: row.id,
          applicationId: row.application_id,
          fromStatus: null,
          toStatus: row.to_status,
          reason: row.reason,
          actor: row.actor,
          actorUserId: null,
          note: null,
          occurredAt: row.occurred_at,
        });
        return [row.application_id, transition];
      }),
    );
  }
}

interface LockedCohort {
  id: string;
  capacity: number;
  allocationPolicy: AllocationPolicy;
  status: CohortStatus;
  applicationsOpenAt: Date | null;
  applicationsCloseAt: Date | null;
  holdDays: number | null;
  offerResponseDays: number | null;
}

/** FOR NO KEY UPDATE OF the cohort only (see Allocation.lockCohort); its settings row, if any, is read with it. */
const LOCK_COHORT_SQL = `${PREPARED_SQL} SELECT c.id, c.capacity, c.allocation_policy AS "allocationPolicy", c.status, c.applications_open_at AS "applicationsOpenAt",
    c.applications_close_at AS "applicationsCloseAt", s.hold_days AS "holdDays", s.offer_response_days AS "offerResponseDays"
  FROM cohort c LEFT JOIN cohort_application_settings s ON s.cohort_id = c.id
  WHERE c.id = $1 FOR NO KEY UPDATE OF c`;
