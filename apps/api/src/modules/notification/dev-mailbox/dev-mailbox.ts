import path from "node:path";
import { MailFolder } from "./mail-folder";
import { startSmtpReceiver, SmtpReceiver } from "./smtp-receiver";

export interface DevMailbox {
  smtpUrl: string;
  folder: MailFolder;
  stop(): Promise<void>;
}

/**
 * The development mailbox `npm start` runs when SMTP_URL is unset: an SMTP
 * receiver on loopback that keeps what it gets in <data dir>/mail, for the
 * console's mail viewer. Prefers `port`, takes any free one if it is taken.
 */
export async function startDevMailbox(dataDir: string, port: number): Promise<DevMailbox> {
  const folder = new MailFolder(path.join(dataDir, "mail"));
  const onMessage = async (raw: Buffer) => {
    await folder.save(raw);
  };
  let receiver: SmtpReceiver;
  try {
    receiver = await startSmtpReceiver({ port, onMessage });
  } catch {
    receiver = await startSmtpReceiver({ port: 0, onMessage });
  }
  return { smtpUrl: receiver.url, folder, stop: receiver.stop };
}
