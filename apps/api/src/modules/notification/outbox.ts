import type { EntityManager } from "typeorm";
import { scheduleJob } from "../../jobs";

export const SEND_MESSAGE_JOB = "message.send";

export interface OutgoingMessage {
  /** What it is about, e.g. application.confirmation (shown in the mail viewer). */
  kind: string;
  to: string;
  subject: string;
  /** Plain text, links written out in full. */
  text: string;
  html?: string;
  /** A second enqueue with the same key is a no-op: for reminders and retried jobs. */
  dedupeKey?: string;
}

const EMAIL = /^[^\s@<>()",;]+@[^\s@<>()",;]+\.[^\s@<>()",;]+$/;

/**
 * Writes the message and its send job in the caller's transaction (or in one
 * of their own when the caller has none): if the change that causes a message
 * rolls back, there is no message; if it commits, the message will be sent.
 * Callers validate user input first: a bad address here is a programming error.
 */
export async function enqueueMessage(ctx: { db: EntityManager }, message: OutgoingMessage): Promise<{ id: string; created: boolean }> {
  if (!ctx.db.queryRunner?.isTransactionActive) return ctx.db.transaction((db) => enqueueMessage({ db }, message));
  if (!EMAIL.test(message.to) || message.to.length > 320) throw new Error("enqueueMessage: `to` must be one email address");
  if (!message.subject.trim() || message.subject.length > 300) throw new Error("enqueueMessage: the subject must be 1-300 characters");
  if (/[\r\n]/.test(message.subject)) throw new Error("enqueueMessage: the subject must be one line");
  const inserted: Array<{ id: string }> = await ctx.db.query(
    `INSERT INTO outbox_message (kind, to_address, subject, text_body, html_body, dedupe_key)
     VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (dedupe_key) WHERE dedupe_key IS NOT NULL DO NOTHING
     RETURNING id`,
    [message.kind, message.to, message.subject, message.text, message.html ?? null, message.dedupeKey ?? null],
  );
  if (inserted.length === 0) {
    const [existing]: Array<{ id: string }> = await ctx.db.query("SELECT id FROM outbox_message WHERE dedupe_key = $1", [message.dedupeKey]);
    return { id: existing.id, created: false };
  }
  const { id } = inserted[0];
  await scheduleJob(ctx, SEND_MESSAGE_JOB, { messageId: id }, { singletonKey: id });
  return { id, created: true };
}

/** UK GDPR erasure: every message to this address goes, sent or not. Returns how many. */
export async function eraseMessagesTo(ctx: { db: EntityManager }, address: string): Promise<number> {
  const [, count]: [unknown, number] = await ctx.db.query("DELETE FROM outbox_message WHERE lower(to_address) = lower($1)", [address]);
  return count;
}

/** Messages not (yet) delivered: waiting or retrying, and those that gave up. For metrics. */
export async function countUnsentMessages(db: EntityManager): Promise<{ pending: number; failed: number }> {
  const [row]: Array<{ pending: number; failed: number }> = await db.query(
    `SELECT count(*) FILTER (WHERE status = 'PENDING')::int AS pending, count(*) FILTER (WHERE status = 'FAILED')::int AS failed
       FROM outbox_message WHERE status <> 'SENT'`,
  );
  return row;
}
