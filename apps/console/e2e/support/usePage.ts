import { fileURLToPath } from "node:url";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterEach, beforeAll, beforeEach, expect } from "vitest";
import { browserForRun, newContext } from "./browser";
import { ARTIFACTS_DIR } from "./e2eSettings";

/**
 * The run's one browser (see browserForRun) and a fresh context (so a fresh session) per test.
 * A failing test leaves a screenshot in e2e/artifacts/; an uncaught error in
 * the page fails the test. E2E_BROWSER_CONSOLE=1 prints the browser console.
 */
export function usePage(options: Parameters<typeof newContext>[1] = {}): () => Page {
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  let uncaughtErrors: string[] = [];

  beforeAll(async () => {
    browser = await browserForRun();
  });
  beforeEach(async () => {
    context = await newContext(browser!, options);
    page = await context.newPage();
    uncaughtErrors = [];
    // A script error the UI swallowed would otherwise pass unnoticed.
    page.on("pageerror", (error) => uncaughtErrors.push(error.message));
    page.on("console", (message) => {
      if (process.env.E2E_BROWSER_CONSOLE) console.log(`[browser ${message.type()}] ${message.text()}`);
    });
  });
  afterEach(async ({ task }) => {
    if (task.result?.state === "fail" && page) {
      const name = task.name.replace(/[^a-z0-9]+/gi, "-").toLowerCase();
      await page.screenshot({ path: fileURLToPath(new URL(`${name}.png`, ARTIFACTS_DIR)), fullPage: true }).catch(() => {});
    }
    await context?.close();
    expect(uncaughtErrors, "uncaught errors in the page").toEqual([]);
  });

  return () => {
    if (!page) throw new Error("The page exists only inside a test");
    return page;
  };
}
