/** How mail leaves: the SMTP server, the sender, and how hard to retry. */
export interface MailSettings {
  /** smtp://user:pass@host:port or smtps://…; unset in production means messages wait in the outbox. */
  smtpUrl: string | undefined;
  /** The From header, e.g. "Ascent <no-reply@ascent.local>". */
  from: string;
  /** Attempts after the first before a message is marked FAILED. */
  retryLimit: number;
  /** First retry after this many seconds, doubling each time (with jitter). */
  retryDelaySeconds: number;
}

/** The domain Message-IDs are minted under: the sender's. */
export function messageIdDomain(from: string): string {
  const address = /<([^>]+)>/.exec(from)?.[1] ?? from;
  return address.split("@")[1]?.trim() || "ascent.local";
}
