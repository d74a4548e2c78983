import { SMTPServer } from "smtp-server";

export interface SmtpReceiver {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/**
 * A real SMTP server that accepts every message and hands over its raw bytes:
 * the development mailbox, and the receiver api tests send to. Plain SMTP on
 * loopback, no authentication: never for production.
 */
export async function startSmtpReceiver(options: {
  port?: number;
  host?: string;
  onMessage: (raw: Buffer) => Promise<void>;
  /** Answer 550 for these recipients (tests of permanent refusals). */
  refuseRecipient?: (address: string) => boolean;
}): Promise<SmtpReceiver> {
  const host = options.host ?? "127.0.0.1";
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    banner: "Ascent development mailbox",
    size: 10 * 1024 * 1024,
    logger: false,
    onRcptTo(address, _session, callback) {
      if (options.refuseRecipient?.(address.address)) {
        const refusal = new Error("No such mailbox") as Error & { responseCode: number };
        refusal.responseCode = 550;
        return callback(refusal);
      }
      callback();
    },
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        options.onMessage(Buffer.concat(chunks)).then(
          () => callback(),
          (error: Error) => callback(error),
        );
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const port = (server.server.address() as { port: number }).port;
  return {
    url: `smtp://${host}:${port}`,
    port,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
