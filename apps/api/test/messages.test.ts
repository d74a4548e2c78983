import "reflect-metadata";
import { DataSource } from "typeorm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../src/config";
import { createDataSource } from "../src/db/data-source";
import type { Loaders } from "../src/graphql/loaders";
import { jobContextFactory, JobDefinition, JobRuntime, queueDepth, scheduleJob, startJobRuntime } from "../src/jobs";
import { createLogger } from "../src/logger";
import { countUnsentMessages, enqueueMessage, OutboxMessage, SEND_MESSAGE_JOB } from "../src/modules/notification";
import type { MailSettings } from "../src/modules/notification/mail-settings";
import { sendMessageJob } from "../src/modules/notification/send-message.job";
import { requeueOrphanedMessages, SWEEP_OUTBOX_JOB, sweepOutboxJob } from "../src/modules/notification/sweep-outbox.job";
import { startTestMailbox, TestMailbox } from "./support/mailbox";
import { createTestDatabase } from "./support/test-database";

const log = createLogger(process.env.TEST_LOG_LEVEL ?? "silent");
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until<T>(probe: () => Promise<T | undefined | false>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error("timed out");
    await sleep(100);
  }
}

describe("messages and timed work", () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let dataSource: DataSource;
  const runtimes: JobRuntime[] = [];
  const mailboxes: TestMailbox[] = [];

  /** A worker process's job runtime: what each api process starts at boot. */
  const startWorkers = async (definitions: Record<string, JobDefinition>) => {
    const config = loadConfig({ NODE_ENV: "test" });
    const contextFor = jobContextFactory({ dataSource, log, config, loadersFor: () => ({}) as Loaders });
    const runtime = await startJobRuntime({ databaseUrl: database.url, definitions, contextFor, log, pollingIntervalSeconds: 0.5 });
    runtimes.push(runtime);
    return runtime;
  };
  const mailSettings = (mailbox: TestMailbox): MailSettings => ({ smtpUrl: mailbox.url, from: "Ascent <no-reply@ascent.test>", retryLimit: 8, retryDelaySeconds: 1 });
  const mailbox = async (options?: Parameters<typeof startTestMailbox>[0]) => {
    const started = await startTestMailbox(options);
    mailboxes.push(started);
    return started;
  };
  const message = (to: string, extra: Partial<Parameters<typeof enqueueMessage>[1]> = {}) => ({
    kind: "test.hello",
    to,
    subject: `Hello ${to}`,
    text: `Follow http://localhost:5173/status?token=abc for ${to}`,
    html: `<p>Follow <a href="http://localhost:5173/status?token=abc">your status page</a></p>`,
    ...extra,
  });
  /** Outside any transaction: the functions then open one of their own. */
  const direct = () => ({ db: dataSource.manager });
  const outbox = (id: string) => dataSource.getRepository(OutboxMessage).findOneByOrFail({ id });

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = createDataSource(database.url, { entities: [OutboxMessage], poolSize: 6 });
    await dataSource.initialize();
  });
  afterEach(async () => {
    await Promise.all(runtimes.splice(0).map((runtime) => runtime.stop(5_000)));
    await Promise.all(mailboxes.splice(0).map((box) => box.stop()));
  });
  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  it("writes a message in the transaction of the change: rolled back, there is no message and no job", async () => {
    await expect(
      dataSource.transaction(async (db) => {
        await enqueueMessage({ db }, message("rolled-back@nhs.test"));
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    const { id } = await dataSource.transaction((db) => enqueueMessage({ db }, message("committed@nhs.test")));

    const rows = await dataSource.getRepository(OutboxMessage).find();
    expect(rows.map((row) => row.toAddress)).toEqual(["committed@nhs.test"]);
    const jobs: Array<{ data: { messageId: string } }> = await dataSource.query("SELECT data FROM pgboss.job WHERE name = $1", [SEND_MESSAGE_JOB]);
    expect(jobs.map((job) => job.data.messageId)).toEqual([id]);
    expect(await countUnsentMessages(dataSource.manager)).toEqual({ pending: 1, failed: 0 });
    expect((await queueDepth(dataSource.manager))[SEND_MESSAGE_JOB]).toEqual({ waiting: 1, active: 0, failed: 0 });
  });

  it("a dedupe key makes a second enqueue a no-op", async () => {
    const first = await enqueueMessage(direct(), message("dedupe@nhs.test", { dedupeKey: "reminder:1" }));
    const second = await enqueueMessage(direct(), message("dedupe@nhs.test", { dedupeKey: "reminder:1" }));
    expect(first.created).toBe(true);
    expect(second).toEqual({ id: first.id, created: false });
    expect(await dataSource.getRepository(OutboxMessage).countBy({ toAddress: "dedupe@nhs.test" })).toBe(1);
  });

  it("refuses what is not one address, or a subject that could inject headers", async () => {
    await expect(enqueueMessage(direct(), message("a@b.test, c@d.test"))).rejects.toThrow(/one email address/);
    await expect(enqueueMessage(direct(), message("x@nhs.test", { subject: "Hi\r\nBcc: all@nhs.test" }))).rejects.toThrow(/one line/);
  });

  it("a message survives the SMTP server being down and is delivered exactly once when it comes back", async () => {
    const smtp = await mailbox();
    await smtp.stop();
    // Workers first: a job takes its queue's retry settings when it is written.
    await startWorkers({ [SEND_MESSAGE_JOB]: sendMessageJob(mailSettings(smtp)) });
    const { id } = await enqueueMessage(direct(), message("patient@nhs.test"));

    // Two attempts fail while the server is down; the message waits.
    const failing = await until(async () => {
      const row = await outbox(id);
      return row.attempts >= 2 && row;
    });
    expect(failing.status).toBe("PENDING");
    expect(failing.lastError).toMatch(/ECONNECTION|ESOCKET|ECONNREFUSED/);

    await smtp.start();
    const sent = await until(async () => {
      const row = await outbox(id);
      return row.status === "SENT" && row;
    });
    await sleep(3_000); // long enough for any duplicate retry to have arrived
    const delivered = smtp.messages.filter((mail) => mail.to.includes("patient@nhs.test"));
    expect(delivered).toHaveLength(1);
    expect(delivered[0].messageId).toBe(`<${id}@ascent.test>`);
    expect(delivered[0].kind).toBe("test.hello");
    expect(delivered[0].text).toContain("http://localhost:5173/status?token=abc");
    expect(delivered[0].html).toContain('href="http://localhost:5173/status?token=abc"');
    expect(sent.attempts).toBeGreaterThanOrEqual(3);
    expect(sent.sentAt).toBeInstanceOf(Date);
  }, 60_000);

  it("two workers (as two api processes) never send a message twice, even with duplicate jobs", async () => {
    const smtp = await mailbox();
    const settings = mailSettings(smtp);
    const ids: string[] = [];
    await dataSource.transaction(async (db) => {
      for (let i = 0; i < 20; i++) ids.push((await enqueueMessage({ db }, message(`crowd${i}@nhs.test`))).id);
      // A redelivered job for the same message (as after a worker's crash): the row lock and status absorb it.
      for (const messageId of ids.slice(0, 10)) await scheduleJob({ db }, SEND_MESSAGE_JOB, { messageId });
    });
    await Promise.all([startWorkers({ [SEND_MESSAGE_JOB]: sendMessageJob(settings) }), startWorkers({ [SEND_MESSAGE_JOB]: sendMessageJob(settings) })]);

    await until(async () => (await countUnsentMessages(dataSource.manager)).pending === 0);
    await until(async () => ((await queueDepth(dataSource.manager))[SEND_MESSAGE_JOB]?.waiting ?? 0) + ((await queueDepth(dataSource.manager))[SEND_MESSAGE_JOB]?.active ?? 0) === 0);
    await sleep(1_000);
    const crowd = smtp.messages.filter((mail) => mail.to.some((to) => to.startsWith("crowd")));
    expect(crowd).toHaveLength(20);
    expect(new Set(crowd.map((mail) => mail.messageId)).size).toBe(20);
    const rows = await dataSource.getRepository(OutboxMessage).findBy(ids.map((id) => ({ id })));
    expect(rows.every((row) => row.status === "SENT" && row.attempts === 1)).toBe(true);
  }, 60_000);

  it("a recipient the server refuses for good is marked FAILED at once, not retried", async () => {
    const smtp = await mailbox({ refuseRecipient: (address) => address.startsWith("nobody@") });
    const { id } = await enqueueMessage(direct(), message("nobody@nhs.test"));
    await startWorkers({ [SEND_MESSAGE_JOB]: sendMessageJob(mailSettings(smtp)) });
    const failed = await until(async () => {
      const row = await outbox(id);
      return row.status === "FAILED" && row;
    });
    expect(failed.attempts).toBe(1);
    expect(failed.lastError).toBe("EENVELOPE 550");
    expect(smtp.messages.filter((mail) => mail.to.includes("nobody@nhs.test"))).toHaveLength(0);
    expect((await countUnsentMessages(dataSource.manager)).failed).toBeGreaterThanOrEqual(1);
  }, 30_000);

  it("a scheduled job runs once, after its time; one scheduled in a rolled-back transaction never runs", async () => {
    const runs: Array<{ label: string; at: number }> = [];
    const startAfter = new Date(Date.now() + 2_500);
    await dataSource.transaction((db) => scheduleJob({ db }, "test.tick", { label: "kept" }, { startAfter }));
    await expect(
      dataSource.transaction(async (db) => {
        await scheduleJob({ db }, "test.tick", { label: "rolled back" });
        throw new Error("no");
      }),
    ).rejects.toThrow("no");
    await startWorkers({
      "test.tick": async (data: { label: string }) => {
        runs.push({ label: data.label, at: Date.now() });
      },
    });
    await sleep(1_000);
    expect(runs).toEqual([]);
    await until(async () => runs.length > 0);
    await sleep(1_500);
    expect(runs.map((run) => run.label)).toEqual(["kept"]);
    expect(runs[0].at).toBeGreaterThanOrEqual(startAfter.getTime());
  }, 30_000);

  it("a singleton key keeps one waiting job per key; a failing handler is retried", async () => {
    const first = await scheduleJob(direct(), "test.once", { n: 1 }, { singletonKey: "hold:1", startAfter: new Date(Date.now() + 60_000) });
    const second = await scheduleJob(direct(), "test.once", { n: 2 }, { singletonKey: "hold:1" });
    expect(first).not.toBeNull();
    expect(second).toBeNull();

    let calls = 0;
    await scheduleJob(direct(), "test.flaky", {}, { retryDelaySeconds: 1 });
    await startWorkers({
      "test.flaky": async () => {
        calls += 1;
        if (calls === 1) throw new Error("transient");
      },
    });
    await until(async () => calls >= 2);
    await sleep(1_500);
    expect(calls).toBe(2);
  }, 30_000);

  it("a pending message whose send job was lost gets a new one from the sweep, and is then delivered", async () => {
    const smtp = await mailbox();
    const { id } = await enqueueMessage(direct(), message("orphan@nhs.test"));
    await dataSource.query("DELETE FROM pgboss.job WHERE data->>'messageId' = $1", [id]);
    // Young messages are left to their own job; older ones without a live job get a new one, once.
    expect(await requeueOrphanedMessages(direct(), 10)).toBe(0);
    expect(await requeueOrphanedMessages(direct(), 0)).toBe(1);
    expect(await requeueOrphanedMessages(direct(), 0)).toBe(0);

    await startWorkers({ [SEND_MESSAGE_JOB]: sendMessageJob(mailSettings(smtp)), [SWEEP_OUTBOX_JOB]: sweepOutboxJob });
    await smtp.waitFor((mail) => mail.to.includes("orphan@nhs.test"));
    // Accepted by the server first, then marked SENT as the send job's transaction commits.
    await until(async () => (await outbox(id)).status === "SENT");
    expect(smtp.messages.filter((mail) => mail.to.includes("orphan@nhs.test"))).toHaveLength(1);
    // The sweep runs on pg-boss's schedule (in PostgreSQL, whichever process gets there first).
    const schedules: Array<{ name: string; cron: string }> = await dataSource.query("SELECT name, cron FROM pgboss.schedule");
    expect(schedules).toContainEqual({ name: SWEEP_OUTBOX_JOB, cron: "*/10 * * * *" });
  }, 30_000);
});
