import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";

export type OutboxStatus = "PENDING" | "SENT" | "FAILED";

/**
 * One email to send, written in the same transaction as the change that
 * causes it; the `message.send` job delivers it and records the outcome.
 * PENDING -> SENT, or FAILED (refused permanently by the SMTP server, or
 * retries exhausted). Holds personal data: erased with the person.
 */
@Entity("outbox_message")
@Index("outbox_message_dedupe_key_idx", ["dedupeKey"], { unique: true, where: "dedupe_key IS NOT NULL" })
@Index("outbox_message_unsent_idx", ["createdAt"], { where: "status <> 'SENT'" })
@Check("outbox_message_status_check", "status IN ('PENDING', 'SENT', 'FAILED')")
export class OutboxMessage {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  /** What the message is about, e.g. application.confirmation. */
  @Column({ type: "varchar", length: 80 })
  kind: string;

  @Column({ name: "to_address", type: "varchar", length: 320 })
  toAddress: string;

  @Column({ type: "varchar", length: 300 })
  subject: string;

  @Column({ name: "text_body", type: "text" })
  textBody: string;

  @Column({ name: "html_body", type: "text", nullable: true })
  htmlBody: string | null;

  /** A second enqueue with the same key is a no-op (reminders, retried jobs). */
  @Column({ name: "dedupe_key", type: "varchar", length: 200, nullable: true })
  dedupeKey: string | null;

  @Column({ type: "varchar", length: 10, default: "PENDING" })
  status: OutboxStatus;

  @Column({ type: "integer", default: 0 })
  attempts: number;

  /** The SMTP or network error code of the last failed attempt (never its text: it can quote the address). */
  @Column({ name: "last_error", type: "varchar", length: 80, nullable: true })
  lastError: string | null;

  @Column({ name: "created_at", type: "timestamptz", precision: 3, default: () => "now()" })
  createdAt: Date;

  @Column({ name: "sent_at", type: "timestamptz", precision: 3, nullable: true })
  sentAt: Date | null;
}
