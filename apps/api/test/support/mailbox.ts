import { parseMail, ReceivedMail } from "../../src/modules/notification/dev-mailbox/mail-folder";
import { startSmtpReceiver, SmtpReceiver } from "../../src/modules/notification/dev-mailbox/smtp-receiver";

export interface TestMailbox {
  url: string;
  port: number;
  /** Everything received so far, in order, duplicates included. */
  messages: ReceivedMail[];
  /** Resolves with the first message (received already or later) that matches. */
  waitFor(match: (mail: ReceivedMail) => boolean, timeoutMs?: number): Promise<ReceivedMail>;
  /** Stops listening (the SMTP server is "down"); `start` brings it back on the same port. */
  stop(): Promise<void>;
  start(): Promise<void>;
}

/** A real SMTP server on a free loopback port, keeping what it receives in memory. */
export async function startTestMailbox(options: { refuseRecipient?: (address: string) => boolean } = {}): Promise<TestMailbox> {
  const messages: ReceivedMail[] = [];
  let count = 0;
  const onMessage = async (raw: Buffer) => {
    count += 1;
    messages.push(await parseMail(`${Date.now()}-${count.toString(16).padStart(8, "0")}`, raw));
  };
  let receiver: SmtpReceiver | undefined = await startSmtpReceiver({ onMessage, refuseRecipient: options.refuseRecipient });
  const port = receiver.port;
  return {
    url: receiver.url,
    port,
    messages,
    async waitFor(match, timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = messages.find(match);
        if (found) return found;
        if (Date.now() > deadline) throw new Error(`no matching mail within ${timeoutMs} ms (received ${messages.length})`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    async stop() {
      await receiver?.stop();
      receiver = undefined;
    },
    async start() {
      receiver ??= await startSmtpReceiver({ port, onMessage, refuseRecipient: options.refuseRecipient });
    },
  };
}
