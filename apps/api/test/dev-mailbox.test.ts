import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { devMailboxQuery, devMailQuery } from "@ascent/client";
import { Role } from "@ascent/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DevMailbox, startDevMailbox } from "../src/modules/notification/dev-mailbox/dev-mailbox";
import { enqueueMessage } from "../src/modules/notification";
import { createTestServer, TestServer } from "./support/test-server";

describe("the development mailbox", () => {
  let dataDir: string;
  let mailbox: DevMailbox;
  let server: TestServer;

  beforeAll(async () => {
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), "ascent-mailbox-"));
    mailbox = await startDevMailbox(dataDir, 0);
    server = await createTestServer({ smtpUrl: mailbox.smtpUrl, devMailboxDir: mailbox.folder.dir, mailRetryDelaySeconds: 1 }, { jobs: true });
  });
  afterAll(async () => {
    await server.close();
    await mailbox.stop();
    await fs.rm(dataDir, { recursive: true, force: true });
  });

  it("receives what the outbox sends, and shows administrators each message with its links", async () => {
    const { id } = await enqueueMessage(
      { db: server.dataSource.manager },
      { kind: "application.confirmation", to: "applicant@nhs.test", subject: "Your application", text: "See http://localhost:5173/applications/status/abc", html: '<p><a href="http://localhost:5173/applications/status/abc">Your status page</a></p>' },
    );
    const admin = await server.signedInAs(Role.ADMIN);
    let listed: { id: string; subject: string; to: string[]; kind: string | null } | undefined;
    const deadline = Date.now() + 15_000;
    while (!listed && Date.now() < deadline) {
      const data = await admin.data(devMailboxQuery);
      expect(data.devMailbox.running).toBe(true);
      expect(data.devMailbox.smtpUrl).toBe(mailbox.smtpUrl);
      listed = data.devMailbox.messages.find((mail) => mail.to.includes("applicant@nhs.test"));
      if (!listed) await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(listed).toMatchObject({ subject: "Your application", kind: "application.confirmation" });

    const devMail = (await admin.data(devMailQuery, { id: listed!.id })).devMail!;
    expect(devMail.from).toContain("no-reply@ascent.local");
    expect(devMail.text).toContain("http://localhost:5173/applications/status/abc");
    expect(devMail.html).toContain('href="http://localhost:5173/applications/status/abc"');
    expect(devMail.messageId).toBe(`<${id}@ascent.local>`);
    // Kept on disk in the data folder, so it survives a restart.
    expect((await fs.readdir(mailbox.folder.dir)).filter((file) => file.endsWith(".eml"))).toHaveLength(1);
  });

  it("answers null for an unknown or malformed id, never reading outside its folder", async () => {
    const admin = await server.signedInAs(Role.ADMIN);
    for (const id of ["1234567890123-deadbeef", "../../etc/passwd", ""]) {
      expect((await admin.data(devMailQuery, { id })).devMail).toBeNull();
    }
  });

  it("is for administrators only", async () => {
    const manager = await server.signedInAs(Role.FACILITATOR);
    const result = await manager.request(devMailboxQuery);
    expect(result.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await server.anonymous().request(devMailboxQuery)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});

describe("without the development mailbox", () => {
  it("says it is not running and lists nothing", async () => {
    const server = await createTestServer();
    try {
      const admin = await server.signedInAs(Role.ADMIN);
      const { devMailbox } = await admin.data(devMailboxQuery);
      expect(devMailbox).toEqual({ running: false, smtpUrl: null, messages: [] });
    } finally {
      await server.close();
    }
  });
});
