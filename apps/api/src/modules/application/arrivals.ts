import { ApplicationActor, ApplicationStatus, EndorsementStatus, isOpenForApplications, PLACE_TAKING_STATUSES, placesFree, statusOnArrival, takesPlace, UserErrorCode } from "@ascent/domain";
import type { TransitionReason } from "@ascent/domain";
import { inTransaction, type RequestContext } from "../../graphql/context";
import { UserError, userError } from "../../graphql/user-error";
import { scheduleJob } from "../../jobs";
import { Allocation, JOBS } from "./allocation";
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

export type Arrived = { kind: "inserted"; application: Application } | { kind: "replay"; applicationId: string } | { kind: "refused"; problems: UserError[] };

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
      const [state]: Array<{ taken: number; last: number; existing: Record<string, string>; now: Date }> = await tx.db.query(
        `SELECT (SELECT count(*)::int FROM application WHERE cohort_id = $1 AND status = ANY($2::application_status[])) AS taken,
                (SELECT coalesce(max(receipt_number), 0)::int FROM application WHERE cohort_id = $1) AS last,
                (SELECT coalesce(json_object_agg(idempotency_key, id), '{}'::json) FROM application WHERE cohort_id = $1 AND idempotency_key = ANY($3::varchar[])) AS existing,
                clock_timestamp() AS now`,
        [cohort.id, PLACE_TAKING_STATUSES, drafts.map((draft) => draft.idempotencyKey)],
      );
      const known = new Map(Object.entries(state.existing));
      let taken = state.taken;
      let receipt = state.last;
      const results: Arrived[] = [];
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
        results.push({ kind: "inserted", application: row });
      }
      if (rows.length > 0) await this.insertWithArrivals(tx, rows, reasons);
      for (const row of rows) if (takesPlace(row.status)) await this.allocation.scheduleDeadlines(tx, row);
      return results;
    });
  }

  /** The applications and their first transitions in one statement: one round trip while the cohort is locked. */
  private async insertWithArrivals(tx: RequestContext, rows: Application[], reasons: TransitionReason[]) {
    const [insert, parameters] = tx.db.createQueryBuilder().insert().into(Application).values(rows).returning(["id", "status"]).getQueryAndParameters();
    const at = parameters.length;
    await tx.db.query(
      `WITH inserted AS (${insert})
       INSERT INTO application_transition (application_id, from_status, to_status, reason, actor)
       SELECT inserted.id, NULL, inserted.status, arrival.reason, $${at + 3}
         FROM inserted JOIN unnest($${at + 1}::uuid[], $${at + 2}::varchar[]) AS arrival(id, reason) ON arrival.id = inserted.id`,
      [...parameters, rows.map((row) => row.id), reasons, ApplicationActor.APPLICANT],
    );
  }
}
