import axe from "axe-core";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { expect, inject } from "vitest";
import { E2E_ADMIN } from "./e2eSettings";
import { fieldByLabel } from "./fieldByLabel";

const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/**
 * Debian's Chromium, headless, as root. The networking flags stop it calling
 * home (updates, sync, QUIC probes), which on a closed network only floods the
 * log with refused connections. playwright gives each launch a fresh profile
 * directory of its own (it rejects --user-data-dir with launch()).
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    chromiumSandbox: false,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** A fresh context (no cookies) per test, pointed at the console. */
export async function newContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL: inject("consoleUrl"), locale: "en-GB", timezoneId: "Europe/London" });
  context.setDefaultTimeout(15_000);
  return context;
}

/** Signs in as the e2e admin through the login page and waits for the organisations list. */
export async function login(page: Page, user: { email: string; password: string } = E2E_ADMIN): Promise<void> {
  await page.goto("/login");
  await fieldByLabel(page, "Email").fill(user.email);
  await fieldByLabel(page, "Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL("**/organisations");
}

interface AxeViolationSummary {
  id: string;
  impact: string | null | undefined;
  help: string;
  targets: string[];
}

/** Runs axe-core on the page as it is now and fails on any serious or critical violation. */
export async function expectNoSeriousAxeViolations(page: Page): Promise<void> {
  await page.addScriptTag({ content: axe.source });
  const violations = await page.evaluate(async () => {
    const results = await window.axe.run(document, { resultTypes: ["violations"] });
    return results.violations.map(
      (violation): AxeViolationSummary => ({
        id: violation.id,
        impact: violation.impact,
        help: violation.help,
        targets: violation.nodes.map((node) => node.target.join(" ")),
      }),
    );
  });
  const serious = violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
  expect(serious, `accessibility violations on ${page.url()}`).toEqual([]);
}

declare global {
  interface Window {
    axe: typeof axe;
  }
}
