import nodemailer from "nodemailer";
import type { JobContext, JobDefinition } from "../../jobs";
import type { MailSettings } from "./mail-settings";
import { messageIdDomain } from "./mail-settings";
import { OutboxMessage } from "./outbox-message.entity";

interface SmtpError {
  code?: string;
  responseCode?: number;
}

/** The server refused this message for good (bad recipient, rejected content): retrying can't help. */
function isPermanent(error: SmtpError): boolean {
  return (error.code === "EENVELOPE" || error.code === "EMESSAGE") && (error.responseCode ?? 0) >= 500;
}

const errorCode = (error: SmtpError) => [error.code ?? "ERROR", error.responseCode].filter(Boolean).join(" ").slice(0, 80);

type Outcome = { retry: false } | { retry: true; error: unknown };

/**
 * Delivers one outbox message. The row stays locked (FOR UPDATE) while the
 * SMTP conversation runs, so a second job for the same message waits and then
 * finds it SENT; the status is set in the same transaction. The one window
 * left is a crash or lost commit after the SMTP server accepted the message:
 * the job then runs again and the message goes twice with the same
 * Message-ID, which receivers can use to drop the copy. We prefer that
 * (at least once) to losing a message (at most once).
 */
async function deliver(settings: MailSettings, messageId: string, ctx: JobContext): Promise<void> {
  if (!settings.smtpUrl) throw new Error("SMTP_URL is not set: the message waits in the outbox");
  const transport = nodemailer.createTransport({ url: settings.smtpUrl, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 });
  const outcome = await ctx.dataSource.transaction(async (db): Promise<Outcome> => {
    const message = await db.getRepository(OutboxMessage).findOne({ where: { id: messageId }, lock: { mode: "pessimistic_write" } });
    // Gone (erased), already sent, or given up: nothing to do.
    if (!message || message.status !== "PENDING") return { retry: false };
    try {
      await transport.sendMail({
        from: settings.from,
        to: message.toAddress,
        subject: message.subject,
        text: message.textBody,
        html: message.htmlBody ?? undefined,
        messageId: `<${message.id}@${messageIdDomain(settings.from)}>`,
        headers: { "X-Ascent-Kind": message.kind },
      });
      await db.update(OutboxMessage, message.id, { status: "SENT", sentAt: new Date(), attempts: message.attempts + 1, lastError: null });
      return { retry: false };
    } catch (error) {
      const permanent = isPermanent(error as SmtpError);
      const lastTry = ctx.job.retryCount >= ctx.job.retryLimit;
      await db.update(OutboxMessage, message.id, { attempts: message.attempts + 1, lastError: errorCode(error as SmtpError), status: permanent || lastTry ? "FAILED" : "PENDING" });
      // Only the code travels on: SMTP replies can quote the recipient's address.
      return permanent || lastTry ? { retry: false } : { retry: true, error: new Error(`SMTP delivery failed: ${errorCode(error as SmtpError)}`) };
    }
  });
  transport.close();
  // Thrown after the commit, so the attempt is recorded and pg-boss retries with backoff.
  if (outcome.retry) throw outcome.error;
}

export const sendMessageJob = (settings: MailSettings): JobDefinition<{ messageId: string }> => ({
  handler: (data, ctx) => deliver(settings, data.messageId, ctx),
  queue: { retryLimit: settings.retryLimit, retryDelaySeconds: settings.retryDelaySeconds, expireInSeconds: 5 * 60 },
  // Mostly waiting on the SMTP server: a few at once drain a burst (a window opening) faster.
  workers: 4,
  // Nobody waits on the answer to a request for it: during a burst of requests it waits (at most 2 minutes from the burst's start).
  background: true,
});
