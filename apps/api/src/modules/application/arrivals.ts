import { ApplicationActor, ApplicationStatus, EndorsementStatus, isOpenForApplications, PLACE_TAKING_STATUSES, placesFree, statusOnArrival, takesPlace, UserErrorCode } from "@ascent/domain";
import type { TransitionReason } from "@ascent/domain";
import { inTransaction, type RequestContext } from "../../graphql/context";
import { UserError, userError } from "../../graphql/user-error";
import { scheduleJob } from "../../jobs";
import { Allocation, JOBS } from "./allocation";
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
      // Before the lock: one job composes every confirmation once this commits; the periods change rarely.
      await scheduleJob(tx, JOBS.received, { applicationIds: drafts.map((draft) => draft.id) }, { singletonKey: `received:${drafts[0].id}` });
      const timings = await this.allocation.timingsOf(tx, cohortId);
      const cohort = await this.allocation.lockCohort(tx, cohortId);
      if (!cohort || !isOpenForApplications(cohort, new Date())) {
        return drafts.map(() => ({ kind: "refused", problems: [userError(["cohortId"], UserErrorCode.INVALID, "This cohort has stopped taking applications.")] }));
      }
      // A fresh snapshot after the lock: everything committed before it is counted.
      const [state]: Array<{ taken: number; waiting: number; last: number; existing: Record<string, string>; now: Date }> = await tx.db.query(
        `SELECT (SELECT count(*)::int FROM application WHERE cohort_id = $1 AND status = ANY($2::application_status[])) AS taken,
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
        const row = tx.db.getRepository(Application).create({
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
      for (const row of rows) if (takesPlace(row.status)) await this.allocation.scheduleDeadlines(tx, row);
      return results.map((result) => (result.kind === "pending" ? { ...result, kind: "inserted" as const, arrival: arrivals.get(result.application.id)! } : result));
    });
  }

  /** The applications and their first transitions in one statement: one round trip while the cohort is locked. */
  private async insertWithArrivals(tx: RequestContext, rows: Application[], reasons: TransitionReason[]): Promise<Map<string, ApplicationTransition>> {
    const [insert, parameters] = tx.db.createQueryBuilder().insert().into(Application).values(rows).returning(["id", "status"]).getQueryAndParameters();
    const at = parameters.length;
    const inserted: Array<{ id: string; application_id: string; to_status: ApplicationStatus; reason: TransitionReason; actor: ApplicationActor; occurred_at: Date }> = await tx.db.query(
      `WITH inserted AS (${insert})
       INSERT INTO application_transition (application_id, from_status, to_status, reason, actor)
       SELECT inserted.id, NULL, inserted.status, arrival.reason, $${at + 3}
         FROM inserted JOIN unnest($${at + 1}::uuid[], $${at + 2}::varchar[]) AS arrival(id, reason) ON arrival.id = inserted.id
       RETURNING id, application_id, to_status, reason, actor, occurred_at`,
      [...parameters, rows.map((row) => row.id), reasons, ApplicationActor.APPLICANT],
    );
    const repository = tx.db.getRepository(ApplicationTransition);
    return new Map(
      inserted.map((row) => [
        row.application_id,
        repository.create({ id: row.id, applicationId: row.application_id, fromStatus: null, toStatus: row.to_status, reason: row.reason, actor: row.actor, actorUserId: null, note: null, occurredAt: row.occurred_at }),
      ]),
    );
  }
}
