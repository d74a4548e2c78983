import { fileURLToPath } from "node:url";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach } from "vitest";
import { launchBrowser, newContext } from "./browser";
import { ARTIFACTS_DIR } from "./e2eSettings";

/**
 * One browser per test file and a fresh context (so a fresh session) per test.
 * A failing test leaves a screenshot in e2e/artifacts/.
 */
export function usePage(): () => Page {
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let page: Page | undefined;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    context = await newContext(browser!);
    page = await context.newPage();
  });
  afterEach(async ({ task }) => {
    if (task.result?.state === "fail" && page) {
      const name = task.name.replace(/[^a-z0-9]+/gi, "-").toLowerCase();
      await page.screenshot({ path: fileURLToPath(new URL(`${name}.png`, ARTIFACTS_DIR)), fullPage: true }).catch(() => {});
    }
    await context?.close();
  });

  return () => {
    if (!page) throw new Error("The page exists only inside a test");
    return page;
  };
}
