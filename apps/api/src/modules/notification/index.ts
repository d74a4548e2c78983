/** The notification feature's public surface: what other features may import. */
export { enqueueMessage, eraseMessagesTo, countUnsentMessages, SEND_MESSAGE_JOB } from "./outbox";
export type { OutgoingMessage } from "./outbox";
export { OutboxMessage } from "./outbox-message.entity";
export type { OutboxStatus } from "./outbox-message.entity";
