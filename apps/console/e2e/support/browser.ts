import axe from "axe-core";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { expect, inject } from "vitest";
import { E2E_ADMIN } from "./e2eSettings";
import { fieldByLabel } from "./fieldByLabel";

const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

let runBrowser: Promise<Browser> | undefined;

/**
 * One Chromium for the whole run, launched on first use. The e2e files share one worker (isolate: false in
 * e2e/vitest.config.ts), so this outlives each file; every test still gets a fresh context (no cookies, no
 * cache). Launching it per file and per describe cost about a second each time. Playwright closes it when the
 * worker exits.
 */
export async function browserForRun(): Promise<Browser> {
  const browser = await (runBrowser ??= launchBrowser());
  if (browser.isConnected()) return browser;
  // It crashed (that test has failed): the next file gets a new one.
  runBrowser = launchBrowser();
  return runBrowser;
}

/**
 * Debian's Chromium, headless, as root. The networking flags stop it calling
 * home (updates, sync, QUIC probes), which on a closed network only floods the
 * log with refused connections. playwright gives each launch a fresh profile
 * directory of its own (it rejects --user-data-dir with launch()).
 */
function launchBrowser(): Promise<Browser> {
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

/**
 * The browser's time zone. The console shows London time whatever this is;
 * E2E_TIMEZONE=America/New_York runs the whole suite from another zone.
 */
export const BROWSER_TIME_ZONE = process.env.E2E_TIMEZONE ?? "Europe/London";

/** Phone and desktop window sizes for layout checks and screenshots. */
export const PHONE = { width: 390, height: 844 } as const;
export const DESKTOP = { width: 1280, height: 800 } as const;

/** A fresh context (no cookies) per test, pointed at the console. */
export async function newContext(browser: Browser, options: { timezoneId?: string; viewport?: { width: number; height: number } } = {}): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL: inject("consoleUrl"),
    locale: "en-GB",
    timezoneId: options.timezoneId ?? BROWSER_TIME_ZONE,
    ...(options.viewport ? { viewport: options.viewport, isMobile: options.viewport.width < 500, hasTouch: options.viewport.width < 500 } : {}),
  });
  context.setDefaultTimeout(15_000);
  // On a busy machine a first page load can outlast 15 s.
  context.setDefaultNavigationTimeout(45_000);
  return context;
}

/**
 * Signs in as the e2e admin through the login page and waits for the organisations list. For tests about
 * signing in; the others use signIn, which skips the form.
 */
export async function login(page: Page, user: { email: string; password: string } = E2E_ADMIN): Promise<void> {
  await page.goto("/login");
  await fieldByLabel(page, "Email").fill(user.email);
  await fieldByLabel(page, "Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL("**/organisations");
}

/**
 * Signs in as `as` (the e2e admin by default) with the login mutation the sign-in page sends, through the
 * page's own cookie jar, then opens `open` (the organisations list by default, where `login` lands) and waits
 * for the signed-in frame. The sign-in form is tested in organisations.e2e.ts and users.e2e.ts; every other
 * test used to fill it in first, which cost a page load and three steps each (and a second page load when the
 * test went on to another address at once).
 */
export async function signIn(page: Page, { as: user = E2E_ADMIN, open = "/organisations" }: { as?: { email: string; password: string }; open?: string } = {}): Promise<void> {
  const response = await page.request.post("/graphql", {
    data: {
      query: "mutation ($input: LoginInput!) { login(input: $input) { viewer { user { id } } userErrors { message } } }",
      variables: { input: { email: user.email, password: user.password } },
    },
  });
  const body = (await response.json()) as { data?: { login: { viewer: { user: { id: string } | null }; userErrors: unknown[] } }; errors?: unknown[] };
  expect(body.errors, `signing in as ${user.email}`).toBeUndefined();
  expect(body.data?.login.userErrors, `signing in as ${user.email}`).toEqual([]);
  await page.goto(open);
  await page.getByRole("button", { name: "Sign out" }).waitFor();
}

interface AxeViolationSummary {
  id: string;
  impact: string | null | undefined;
  help: string;
  targets: string[];
}

/**
 * Waits until the page has settled: nothing loading (no aria-busy="true", no
 * skeletons) and no animation running, so checks see what people see.
 */
export async function waitUntilSettled(page: Page): Promise<void> {
  await expect
    .poll(
      () =>
        page.evaluate(
          () =>
            document.querySelector('[aria-busy="true"], .mantine-Skeleton-root') === null &&
            document.getAnimations().filter((animation) => animation.playState === "running").length === 0,
        ),
      { timeout: 15_000 },
    )
    .toBe(true);
}

/**
 * Runs axe-core (colour contrast included) on the page once its data has
 * loaded, and the readable-text check below; fails on any serious or critical
 * violation. `{ settle: false }` checks the page as it is, e.g. a loading state.
 */
export async function expectNoSeriousAxeViolations(page: Page, { settle = true }: { settle?: boolean } = {}): Promise<void> {
  if (settle) await waitUntilSettled(page);
  await expectReadableText(page);
  // Once per document: a second check on the same page (the console navigates without reloading) reuses it.
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ content: axe.source });
  const violations = await page.evaluate(async () => {
    const results = await window.axe.run(document, { resultTypes: ["violations"], rules: { "color-contrast": { enabled: true } } });
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

export interface UnreadableText {
  text: string;
  problem: "invisible" | "cut";
  detail: string;
}

/**
 * Every piece of text a sighted person should read, found by walking the
 * page's text: fails when it is (nearly) the colour of what is behind it, or
 * cut short (an ellipsis, clipped by its box, or a table's caption running
 * past what its sideways scroller shows). Text hidden on purpose
 * (display none, visually hidden for screen readers, zero opacity) is skipped.
 */
export async function findUnreadableText(page: Page): Promise<UnreadableText[]> {
  return page.evaluate(() => {
    const found: { text: string; problem: "invisible" | "cut"; detail: string }[] = [];
    const parse = (colour: string) => {
      const match = /rgba?\(([\d.]+)[, ]+([\d.]+)[, ]+([\d.]+)(?:[, /]+([\d.]+))?\)/.exec(colour);
      return match ? { r: Number(match[1]), g: Number(match[2]), b: Number(match[3]), a: match[4] === undefined ? 1 : Number(match[4]) } : null;
    };
    const luminance = ({ r, g, b }: { r: number; g: number; b: number }) => {
      const channel = (value: number) => {
        const c = value / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    };
    /** The solid colour behind an element: its own or its ancestors' backgrounds, blended, over white. */
    const backgroundOf = (element: Element) => {
      const layers: { r: number; g: number; b: number; a: number }[] = [];
      for (let node: Element | null = element; node; node = node.parentElement) {
        const colour = parse(getComputedStyle(node).backgroundColor);
        if (colour && colour.a > 0) {
          layers.push(colour);
          if (colour.a >= 1) break;
        }
      }
      let result = { r: 255, g: 255, b: 255 };
      for (const layer of layers.reverse()) {
        result = { r: layer.r * layer.a + result.r * (1 - layer.a), g: layer.g * layer.a + result.g * (1 - layer.a), b: layer.b * layer.a + result.b * (1 - layer.a) };
      }
      return result;
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const seen = new Set<Element>();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? "";
      const element = node.parentElement;
      if (!text || !element || seen.has(element) || element.closest("script, style, noscript, option, svg")) continue;
      // WCAG asks nothing of disabled controls' text (a greyed-out "Next" on the last page).
      if (element.closest(":disabled, [aria-disabled='true'], [data-disabled]")) continue;
      seen.add(element);
      if (!element.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
      const box = element.getBoundingClientRect();
      // Visually hidden text for screen readers lives in a 1-pixel box.
      if (box.width <= 1 || box.height <= 1) continue;
      const style = getComputedStyle(element);
      const colour = parse(style.color);
      if (colour) {
        const back = backgroundOf(element);
        const [light, dark] = [luminance(colour), luminance(back)].sort((a, b) => b - a);
        const ratio = colour.a < 0.1 ? 1 : (light + 0.05) / (dark + 0.05);
        if (ratio < 2) found.push({ text, problem: "invisible", detail: `contrast ${ratio.toFixed(2)}:1 (${style.color} on rgb(${back.r.toFixed(0)}, ${back.g.toFixed(0)}, ${back.b.toFixed(0)}))` });
      }
      const range = document.createRange();
      range.selectNodeContents(element);
      const textBox = range.getBoundingClientRect();
      const clipsSideways = style.overflowX !== "visible" && element.scrollWidth > element.clientWidth + 1;
      if (style.textOverflow === "ellipsis" && clipsSideways) {
        found.push({ text, problem: "cut", detail: `ends in an ellipsis: ${element.scrollWidth}px of text in ${element.clientWidth}px` });
      } else if (clipsSideways && textBox.right > box.right + 1 && !["auto", "scroll"].includes(style.overflowX)) {
        found.push({ text, problem: "cut", detail: `clipped: ${element.scrollWidth}px of text in ${element.clientWidth}px` });
      } else if (element.closest("caption")) {
        // A table's caption names the whole table: it is read before scrolling the table sideways, so it must fit what shows.
        let visibleLeft = 0;
        let visibleRight = window.innerWidth;
        for (let scroller = element.parentElement; scroller; scroller = scroller.parentElement) {
          if (!["auto", "scroll"].includes(getComputedStyle(scroller).overflowX)) continue;
          const scrollerBox = scroller.getBoundingClientRect();
          visibleLeft = Math.max(visibleLeft, scrollerBox.left);
          visibleRight = Math.min(visibleRight, scrollerBox.right);
        }
        if (textBox.left < visibleLeft - 1 || textBox.right > visibleRight + 1) {
          found.push({ text, problem: "cut", detail: `caption spans ${textBox.left.toFixed(0)}–${textBox.right.toFixed(0)}px, beyond the visible ${visibleLeft.toFixed(0)}–${visibleRight.toFixed(0)}px` });
        }
      }
    }
    return found;
  });
}

/** Fails when any text on the page is invisible or cut (see findUnreadableText). */
export async function expectReadableText(page: Page): Promise<void> {
  expect(await findUnreadableText(page), `unreadable text on ${page.url()}`).toEqual([]);
}
