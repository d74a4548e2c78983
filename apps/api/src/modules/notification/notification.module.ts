import { defineModule } from "../../graphql/feature-module";
import type { AppConfig } from "../../config";
import { DevMailResolver } from "./dev-mailbox/dev-mail.resolver";
import { MailFolder } from "./dev-mailbox/mail-folder";
import type { MailSettings } from "./mail-settings";
import { OutboxMessage } from "./outbox-message.entity";
import { countUnsentMessages, SEND_MESSAGE_JOB } from "./outbox";
import { sendMessageJob } from "./send-message.job";
import { SWEEP_OUTBOX_JOB, sweepOutboxJob } from "./sweep-outbox.job";

const mailSettingsOf = (config: AppConfig): MailSettings => ({
  smtpUrl: config.smtpUrl,
  from: config.mailFrom,
  retryLimit: config.mailRetryLimit,
  retryDelaySeconds: config.mailRetryDelaySeconds,
});

/** Email through an outbox: features call enqueueMessage in their transaction; the message.send job delivers. */
export const notificationModule = defineModule({
  name: "notification",
  entities: [OutboxMessage],
  // Without an SMTP server (production with no SMTP_URL) nothing takes send jobs: they and their messages wait.
  jobs: (config) => ({
    ...(config.smtpUrl ? { [SEND_MESSAGE_JOB]: sendMessageJob(mailSettingsOf(config)) } : {}),
    [SWEEP_OUTBOX_JOB]: sweepOutboxJob,
  }),
  gauges: [
    {
      name: "ascent_outbox_unsent_messages",
      help: "Messages in the outbox not delivered: pending (waiting or retrying) and failed (gave up).",
      labelNames: ["status"],
      read: async (db) => {
        const { pending, failed } = await countUnsentMessages(db);
        return [
          { labels: { status: "pending" }, value: pending },
          { labels: { status: "failed" }, value: failed },
        ];
      },
    },
  ],
  setup: (config) => ({
    resolvers: [new DevMailResolver(config.devMailboxDir && config.smtpUrl ? { folder: new MailFolder(config.devMailboxDir), smtpUrl: config.smtpUrl } : undefined)],
  }),
});
