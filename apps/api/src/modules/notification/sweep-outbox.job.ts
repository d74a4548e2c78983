import type { JobDefinition } from "../../jobs";
import { JOB_SCHEMA, scheduleJob } from "../../jobs";
import { SEND_MESSAGE_JOB } from "./outbox";

export const SWEEP_OUTBOX_JOB = "message.sweep";

/**
 * The safety net behind "never lost": a PENDING message whose send job is
 * gone (pg-boss dropped it after its retention, or its process died after the
 * job gave up but before the message was marked) gets a new one. Messages
 * younger than `graceMinutes` are left to their own job.
 */
export async function requeueOrphanedMessages(ctx: Parameters<typeof scheduleJob>[0], graceMinutes = 10): Promise<number> {
  const orphans: Array<{ id: string }> = await ctx.db.query(
    `SELECT m.id FROM outbox_message m
      WHERE m.status = 'PENDING' AND m.created_at < now() - make_interval(mins => $1)
        AND NOT EXISTS (SELECT 1 FROM ${JOB_SCHEMA}.job j WHERE j.name = $2 AND j.data->>'messageId' = m.id::text AND j.state < 'completed')
      ORDER BY m.created_at LIMIT 500`,
    [graceMinutes, SEND_MESSAGE_JOB],
  );
  for (const { id } of orphans) await scheduleJob(ctx, SEND_MESSAGE_JOB, { messageId: id }, { singletonKey: id });
  return orphans.length;
}

export const sweepOutboxJob: JobDefinition = {
  handler: async (_data, ctx) => {
    const requeued = await requeueOrphanedMessages(ctx);
    if (requeued > 0) ctx.log.warn({ requeued }, "outbox: gave orphaned messages a new send job");
  },
  cron: "*/10 * * * *",
};
