import { randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { AddressObject, simpleParser } from "mailparser";

export interface ReceivedMail {
  id: string;
  receivedAt: Date;
  from: string;
  to: string[];
  subject: string;
  /** X-Ascent-Kind, when Ascent sent it. */
  kind: string | null;
  messageId: string | null;
  text: string;
  html: string | null;
}

const ID = /^\d{13}-[0-9a-f]{8}$/;

/** The development mailbox's storage: one .eml file per message in a folder of the data directory. */
export class MailFolder {
  constructor(readonly dir: string) {}

  async save(raw: Buffer): Promise<string> {
    await fs.mkdir(this.dir, { recursive: true });
    const id = `${Date.now()}-${randomBytes(4).toString("hex")}`;
    await fs.writeFile(path.join(this.dir, `${id}.eml`), raw);
    return id;
  }

  /** Newest first. */
  async list(limit: number): Promise<ReceivedMail[]> {
    const files = await fs.readdir(this.dir).catch(() => [] as string[]);
    const ids = files.filter((file) => file.endsWith(".eml")).map((file) => file.slice(0, -4)).filter((id) => ID.test(id));
    ids.sort().reverse();
    const mails = await Promise.all(ids.slice(0, limit).map((id) => this.read(id)));
    return mails.filter((mail): mail is ReceivedMail => mail !== null);
  }

  async read(id: string): Promise<ReceivedMail | null> {
    if (!ID.test(id)) return null;
    const raw = await fs.readFile(path.join(this.dir, `${id}.eml`)).catch(() => null);
    return raw ? parseMail(id, raw) : null;
  }
}

const addresses = (value: AddressObject | AddressObject[] | undefined): string[] =>
  (Array.isArray(value) ? value : value ? [value] : []).flatMap((group) => group.value.map((entry) => entry.address ?? "")).filter(Boolean);

export async function parseMail(id: string, raw: Buffer): Promise<ReceivedMail> {
  const parsed = await simpleParser(raw);
  const kind = parsed.headers.get("x-ascent-kind");
  return {
    id,
    receivedAt: new Date(Number(id.slice(0, 13))),
    from: parsed.from?.text ?? "",
    to: addresses(parsed.to),
    subject: parsed.subject ?? "",
    kind: typeof kind === "string" ? kind : null,
    messageId: parsed.messageId ?? null,
    text: parsed.text ?? "",
    html: typeof parsed.html === "string" ? parsed.html : null,
  };
}
