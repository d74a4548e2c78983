import fs from "node:fs/promises";
import path from "node:path";
import type { Cookie, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { DESKTOP, expectNoSeriousAxeViolations, PHONE, signIn, waitUntilSettled } from "./support/browser";
import { usePage } from "./support/usePage";

/**
 * The list screens and the programme and cohort pages, signed in as an
 * administrator, on a desktop and on a phone (the other screens' own tests
 * run the same checks through expectNoSeriousAxeViolations):
 * once its data has loaded, axe (colour contrast on) and the readable-text
 * check pass, and on a phone nothing makes the page scroll sideways.
 * E2E_SHOTS_DIR=<folder> also saves a full-page screenshot of each.
 */
const SHOTS_DIR = process.env.E2E_SHOTS_DIR;

interface Screen {
  name: string;
  /** Goes to the screen; detail pages are reached from their list's first row. */
  open: (page: Page) => Promise<void>;
}

async function firstLinkIn(page: Page, listPath: string, tableCaption: RegExp): Promise<string> {
  await page.goto(listPath);
  const table = page.getByRole("table", { name: tableCaption });
  await table.waitFor();
  const href = await table.getByRole("link").first().getAttribute("href");
  if (!href) throw new Error(`No link in the list at ${listPath}`);
  return href;
}

const go = (address: string) => async (page: Page) => {
  await page.goto(address);
};

const screens: Screen[] = [
  { name: "organisations", open: go("/organisations") },
  { name: "academy", open: async (page) => page.goto(await firstLinkIn(page, "/organisations?q=HPMA", /^Organisations/)).then(() => undefined) },
  { name: "programmes", open: go("/programmes") },
  { name: "programme", open: async (page) => page.goto(await firstLinkIn(page, "/programmes", /^Programmes/)).then(() => undefined) },
  { name: "cohorts", open: go("/cohorts") },
  { name: "cohort", open: async (page) => page.goto(await firstLinkIn(page, "/cohorts", /^Cohorts/)).then(() => undefined) },
  { name: "users", open: go("/users") },
  { name: "api-tokens", open: go("/api-tokens") },
  { name: "audit", open: go("/audit") },
];

/** The widest thing on the page beyond the window, if anything makes it scroll sideways. */
function sidewaysOverflow(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    if (document.documentElement.scrollWidth <= window.innerWidth + 1) return null;
    let widest: Element | null = null;
    for (const element of Array.from(document.querySelectorAll("body *"))) {
      const box = element.getBoundingClientRect();
      if (box.right > window.innerWidth + 1 && (!widest || box.width > widest.getBoundingClientRect().width)) widest = element;
    }
    return `${document.documentElement.scrollWidth}px wide in a ${window.innerWidth}px window; widest: ${widest?.tagName.toLowerCase()}.${widest?.className}`;
  });
}

for (const [viewportName, viewport] of [
  ["desktop", DESKTOP],
  ["phone", PHONE],
] as const) {
  describe(`every screen on a ${viewportName}`, () => {
    const page = usePage({ viewport });
    // One sign-in per viewport: the api throttles sign-ins per address.
    let session: Cookie[] = [];

    it.each(screens)("$name: readable, accessible and within the window once loaded", async (screen) => {
      if (session.length > 0) await page().context().addCookies(session);
      else {
        await signIn(page());
        session = await page().context().cookies();
      }
      await screen.open(page());
      await page().getByRole("heading", { level: 1 }).first().waitFor();
      await waitUntilSettled(page());
      if (SHOTS_DIR) {
        await fs.mkdir(SHOTS_DIR, { recursive: true });
        await page().screenshot({ path: path.join(SHOTS_DIR, `${screen.name}-${viewportName}.png`), fullPage: true });
      }
      await expectNoSeriousAxeViolations(page());
      if (viewportName === "phone") expect(await sidewaysOverflow(page())).toBeNull();
    });
  });
}
