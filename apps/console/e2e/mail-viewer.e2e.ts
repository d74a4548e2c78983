import net from "node:net";
import { describe, expect, inject, it } from "vitest";
import { DESKTOP, expectNoSeriousAxeViolations, PHONE, signIn } from "./support/browser";
import { ARTIFACTS_DIR } from "./support/e2eSettings";
import { usePage } from "./support/usePage";

const runId = Date.now().toString(36).slice(-5);

/** Speaks SMTP to the api's development mailbox, as any mail sender would. */
async function sendMail(smtpUrl: string, message: { to: string; subject: string; html: string; text: string }): Promise<void> {
  const { hostname, port } = new URL(smtpUrl);
  const socket = net.connect(Number(port), hostname);
  socket.setEncoding("utf8");
  let buffer = "";
  const reply = () =>
    new Promise<string>((resolve, reject) => {
      const check = () => {
        // A complete reply ends with a line "NNN text" (no dash after the code).
        const lines = buffer.split("\r\n");
        const done = lines.findIndex((line) => /^\d{3} /.test(line));
        if (done === -1) return;
        const answer = lines.slice(0, done + 1).join("\n");
        buffer = lines.slice(done + 1).join("\r\n");
        socket.off("data", onData);
        if (/^[45]/.test(answer)) reject(new Error(answer));
        else resolve(answer);
      };
      const onData = (chunk: string) => {
        buffer += chunk;
        check();
      };
      socket.on("data", onData);
      socket.once("error", reject);
      check();
    });
  const say = async (line: string) => {
    socket.write(`${line}\r\n`);
    return reply();
  };
  await reply();
  await say("EHLO e2e.test");
  await say("MAIL FROM:<e2e@ascent.test>");
  await say(`RCPT TO:<${message.to}>`);
  await say("DATA");
  const boundary = `b${runId}`;
  await say(
    [
      `From: Ascent e2e <e2e@ascent.test>`,
      `To: ${message.to}`,
      `Subject: ${message.subject}`,
      `Message-ID: <${runId}@ascent.test>`,
      `X-Ascent-Kind: application.confirmation`,
      "MIME-Version: 1.0",
      `Content-Type: multipart/alternative; boundary="${boundary}"`,
      "",
      `--${boundary}`,
      "Content-Type: text/plain; charset=utf-8",
      "",
      message.text,
      `--${boundary}`,
      "Content-Type: text/html; charset=utf-8",
      "",
      message.html,
      `--${boundary}--`,
      ".",
    ].join("\r\n"),
  );
  await say("QUIT");
  socket.end();
}

describe("mail viewer", () => {
  const page = usePage();

  it("lists what the development mailbox received and follows a message's link into the console", async () => {
    await page().setViewportSize(DESKTOP);
    await signIn(page());
    const smtpUrl = await page().evaluate(async () => {
      const response = await fetch("/graphql", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "{ devMailbox { running smtpUrl } }" }) });
      const { data } = (await response.json()) as { data: { devMailbox: { running: boolean; smtpUrl: string } } };
      return data.devMailbox.smtpUrl;
    });
    expect(smtpUrl).toMatch(/^smtp:\/\/127\.0\.0\.1:\d+$/);
    const consoleUrl = inject("consoleUrl");
    const subject = `Your application to the Mary Seacole Programme (${runId})`;
    await sendMail(smtpUrl, {
      to: `applicant.${runId}@nhs.net`,
      subject,
      text: `Thank you for applying. Follow your application at ${consoleUrl}/catalogue`,
      html: `<p>Thank you for applying.</p><p><a href="${consoleUrl}/catalogue">Follow your application</a></p>`,
    });

    await page().getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Mail" }).click();
    await page().getByRole("heading", { name: "Mail", level: 1 }).waitFor();
    const row = page().getByRole("listitem").filter({ hasText: subject });
    await row.waitFor({ timeout: 15_000 });
    await expect(row.getByText(`applicant.${runId}@nhs.net`).count()).resolves.toBe(1);
    await expectNoSeriousAxeViolations(page());
    await page().screenshot({ path: new URL("mail-viewer-list-desktop.png", ARTIFACTS_DIR).pathname, fullPage: true });

    await row.getByRole("link", { name: subject }).click();
    await page().getByRole("heading", { name: subject, level: 1 }).waitFor();
    await page().getByRole("heading", { name: "Links in this message" }).waitFor();
    // The HTML is shown as sent, sandboxed.
    const frame = page().frameLocator("iframe[title^='The message']");
    await frame.getByRole("link", { name: "Follow your application" }).waitFor();
    await expectNoSeriousAxeViolations(page());
    await page().screenshot({ path: new URL("mail-viewer-message-desktop.png", ARTIFACTS_DIR).pathname, fullPage: true });

    await page().locator("label", { hasText: "Plain text" }).click();
    await page().getByText("Thank you for applying. Follow your application at").waitFor();

    await page().setViewportSize(PHONE);
    await page().screenshot({ path: new URL("mail-viewer-message-phone.png", ARTIFACTS_DIR).pathname, fullPage: true });

    // A link to the console opens in place: the flow continues in the same tab.
    await page().getByRole("link", { name: `${consoleUrl}/catalogue` }).click();
    await page().waitForURL((url) => url.pathname === "/catalogue");
    await page().getByRole("heading", { name: "Leadership and career development programmes", level: 1 }).waitFor();
  });
});
