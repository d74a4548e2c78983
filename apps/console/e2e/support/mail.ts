import type { Page } from "playwright-core";
import { expect } from "vitest";

/**
 * The console path of the newest mail whose text matches `subject` (and names `recipient`, when given), read
 * through the development mail viewer: opens the message and returns its link that contains `part`. The
 * viewer shows what had arrived when it loaded, so it reloads until the mail is there (the job queue sends it).
 */
export async function linkFromMail(page: Page, subject: RegExp, part: string, recipient?: string): Promise<string> {
  await page.goto("/mail");
  await page.getByRole("heading", { name: "Mail", level: 1 }).waitFor();
  const matching = page.getByRole("list", { name: "Mail received, newest first" }).getByRole("listitem").filter({ hasText: subject });
  const row = (recipient ? matching.filter({ hasText: recipient }) : matching).first();
  await expect
    .poll(
      async () => {
        if ((await row.count()) > 0) return true;
        await page.reload();
        await page.getByRole("heading", { name: "Mail", level: 1 }).waitFor();
        return false;
      },
      { timeout: 60_000, interval: 2_000 },
    )
    .toBe(true);
  await row.getByRole("link").first().click();
  await page.getByRole("heading", { name: "Links in this message" }).waitFor();
  const link = page.getByRole("link", { name: new RegExp(part) }).first();
  const href = (await link.getAttribute("href")) ?? (await link.textContent()) ?? "";
  const url = new URL(href, "http://console.invalid");
  return `${url.pathname}${url.search}`;
}
