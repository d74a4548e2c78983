import { defineModule } from "../../graphql/feature-module";
import type { AppConfig } from "../../config";
import { DevMailResolver } from "./dev-mailbox/dev-mail.resolver";
import { MailFolder } from "./dev-mailbox/mail-folder";
import type { MailSettings } from "./mail-settings";
import { OutboxMessage } from "./outbox-message.entity";
import { SEND_MESSAGE_JOB } from "./outbox";
import { sendMessageJob } from "./send-message.job";

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
  jobs: (config) => ({ [SEND_MESSAGE_JOB]: sendMessageJob(mailSettingsOf(config)) }),
  setup: (config) => ({
    resolvers: [new DevMailResolver(config.devMailboxDir && config.smtpUrl ? { folder: new MailFolder(config.devMailboxDir), smtpUrl: config.smtpUrl } : undefined)],
  }),
});
