import fs from "node:fs/promises";
import { fileURLToPath } from "node:url";
import type { Locator, Page } from "playwright-core";
import { beforeEach, describe, expect, inject, it } from "vitest";
import { DESKTOP, expectNoSeriousAxeViolations, expectReadableText, PHONE, signIn } from "./support/browser";
import { ARTIFACTS_DIR, E2E_ADMIN } from "./support/e2eSettings";
import { fieldByLabel } from "./support/fieldByLabel";
import { chooseOption } from "./support/organisationsPage";
import { usePage } from "./support/usePage";
import { type CellEdit, filledWresCsv } from "./support/wresCsv";

const DEMO_TRUST = "Guy's and St Thomas' NHS Foundation Trust";
/** The upload tests change this trust's 2024 return (a new version); the others only read. */
const UPLOAD_TRUST = "North Bristol NHS Trust";
const YEAR = "2024";

/**
 * Picks the organisation and year on a WRES page. Pages open on the
 * organisation's own latest year with a return, which in the demo data is YEAR.
 */
async function chooseTrustAndYear(page: Page, trust: string, search: string) {
  await chooseOption(page, "Organisation", trust, search);
  await page.waitForURL((url) => url.searchParams.has("organisation"));
  // The organisation's own latest year may arrive while we choose: what counts is the year the page shows.
  if ((await fieldByLabel(page, "Data year").inputValue()) !== YEAR) await chooseOption(page, "Data year", YEAR);
  await expect.poll(() => fieldByLabel(page, "Data year").inputValue(), { timeout: 45_000 }).toBe(YEAR);
}

/** The version history table's rows as text, e.g. ["Version 1 … Current"]. */
async function versionRows(page: Page): Promise<string[]> {
  const table = page.getByTestId("wres-version-history");
  await table.waitFor();
  return table.locator("tbody tr").allInnerTexts();
}

async function openDashboard(page: Page, trust: string, search: string) {
  await page.getByRole("link", { name: "WRES" }).click();
  await page.waitForURL((url) => url.pathname === "/wres");
  await page.getByRole("heading", { name: "WRES", exact: true }).waitFor();
  await chooseTrustAndYear(page, trust, search);
  await page.getByRole("heading", { name: `${trust}, ${YEAR}` }).waitFor();
}

/** The template, downloaded through the page's button as a user would. */
async function downloadTemplate(page: Page): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download template" }).click()]);
  expect(download.suggestedFilename()).toBe("wres-return-template.csv");
  return fs.readFile(await download.path(), "utf8");
}

/**
 * These pages load charts and many modules from the dev server; on a shared 2-core machine under load the
 * first load can pass the default 15 s. The tests check what the pages say, not how fast they say it.
 */
function patientPage(page: () => Page): () => Page {
  beforeEach(() => {
    page().setDefaultNavigationTimeout(90_000);
    page().setDefaultTimeout(45_000);
  });
  return page;
}

async function chooseCsv(page: Page, name: string, text: string) {
  await page.locator('input[type="file"]').setInputFiles({ name, mimeType: "text/csv", buffer: Buffer.from(text, "utf8") });
}

/** The caption's text, not its box (the <caption> itself stays as wide as the table), lies within the phone's window. */
async function expectCaptionOnScreen(table: Locator) {
  const textBox = await table.locator("caption").evaluate((caption) => {
    const range = document.createRange();
    range.selectNodeContents(caption);
    const { left, right, top, bottom } = range.getBoundingClientRect();
    return { left, right, top, bottom };
  });
  expect(textBox.left).toBeGreaterThanOrEqual(0);
  expect(textBox.right).toBeLessThanOrEqual(PHONE.width);
  expect(textBox.top).toBeGreaterThanOrEqual(0);
  expect(textBox.bottom).toBeLessThanOrEqual(PHONE.height);
}

describe("WRES dashboards", { timeout: 300_000 }, () => {
  const page = patientPage(usePage());

  it("shows a demo trust's indicator cards with intervals, the band chart and their tables", async () => {
    await signIn(page());
    await openDashboard(page(), DEMO_TRUST, "Guy's");
    expect(await page().title()).toBe("WRES – Ascent");

    const shortlisting = page().getByRole("article", { name: "Appointment from shortlisting" });
    await shortlisting.waitFor();
    expect(await shortlisting.innerText()).toMatch(/95% interval \d\.\d\d to \d\.\d\d/);
    expect(await shortlisting.innerText()).toMatch(/London: \d\.\d\d · England: \d\.\d\d/);
    // The whisker, with the same words as the card for screen readers.
    const whisker = shortlisting.getByRole("img").first();
    expect(await whisker.getAttribute("aria-label")).toMatch(/Appointment from shortlisting: \d\.\d\d\. 95% interval/);
    expect(await page().getByRole("article").count()).toBe(9);

    // The pipeline: a bar chart with a summary, and the same figures as a table.
    const bandChart = page().getByRole("img", { name: /^Bar chart of the BME share of each band/ });
    await bandChart.waitFor();
    expect(await bandChart.locator("[data-chart-bar]").count()).toBeGreaterThan(10);
    await page().getByRole("button", { name: "Show bands as table" }).click();
    const bandTable = page().getByRole("table", { name: /BME share of staff by band/ });
    await bandTable.waitFor();
    expect(await bandTable.getByRole("row", { name: /^Band 5/ }).innerText()).toMatch(/\d+\.\d%/);

    await page().getByRole("button", { name: "Show indicators as table" }).click();
    const indicatorTable = page().getByRole("table", { name: /^WRES indicators for Guy's/ });
    await indicatorTable.waitFor();
    expect(await indicatorTable.locator("tbody tr").count()).toBe(9);

    await page().getByRole("table", { name: /Progress against Model Employer targets/ }).waitFor();
    expect(await versionRows(page())).toHaveLength(1);
    await expectNoSeriousAxeViolations(page());
  });

  it("keeps the figures when a section's code cannot be downloaded: that section says so, and tries again", async () => {
    // The connection drops (or a release replaced the files) just as the trend's code is fetched, after the page's own.
    const trendChunk = /\/assets\/TrendSection-[\w-]+\.js(\?.*)?$/;
    await page().route(trendChunk, (route) => route.abort("internetdisconnected"));
    await signIn(page());
    await openDashboard(page(), DEMO_TRUST, "Guy's");

    const failed = page().getByRole("alert").filter({ hasText: "The trend could not be downloaded" });
    await failed.waitFor();
    // What the user was reading stays, and the sections after the failed one still arrive.
    await page().getByRole("img", { name: /^Bar chart of the BME share of each band/ }).waitFor();
    expect(await page().getByRole("article").count()).toBe(9);
    await page().getByRole("table", { name: /Progress against Model Employer targets/ }).waitFor();
    expect(await page().getByRole("heading", { name: "The page could not be downloaded" }).count()).toBe(0);
    await expectNoSeriousAxeViolations(page());
    for (const [name, viewport] of [["desktop", DESKTOP], ["phone", PHONE]] as const) {
      await page().setViewportSize(viewport);
      await failed.evaluate((element) => element.scrollIntoView({ block: "center" }));
      await page().screenshot({ path: fileURLToPath(new URL(`wres-section-download-failed-${name}.png`, ARTIFACTS_DIR)) });
    }

    // Still offline: trying again asks for the code again, and says so again.
    await Promise.all([page().waitForRequest(trendChunk), failed.getByRole("button", { name: "Try again" }).click()]);
    await failed.getByRole("button", { name: "Try again" }).waitFor();
    await page().unroute(trendChunk);
    await failed.getByRole("button", { name: "Try again" }).click();
    await page().getByRole("img", { name: /^Line chart of .* by year for Guy's/ }).waitFor();
    expect(await failed.count()).toBe(0);
  });

  it("keeps a wide table's caption within a phone's width, still naming the table", async () => {
    await signIn(page());
    await openDashboard(page(), DEMO_TRUST, "Guy's");
    await page().setViewportSize(PHONE);
    await page().getByRole("button", { name: "Show indicators as table" }).click();
    const comparison = page().getByRole("table", { name: /^WRES indicators for Guy's/ });
    await comparison.waitFor();
    const targets = page().getByRole("table", { name: /^Progress against Model Employer targets/ });
    await targets.waitFor();
    // Screenshots first, so a failing run shows what was wrong.
    for (const [name, viewport] of [["desktop", DESKTOP], ["phone", PHONE]] as const) {
      await page().setViewportSize(viewport);
      for (const [table, label] of [[comparison, "comparison"], [targets, "targets"]] as const) {
        await table.locator("caption").evaluate((caption) => caption.scrollIntoView({ block: "center", inline: "start" }));
        await page().screenshot({ path: fileURLToPath(new URL(`wres-${label}-table-${name}.png`, ARTIFACTS_DIR)) });
      }
    }
    await expectReadableText(page());
    for (const table of [comparison, targets]) {
      await table.locator("caption").evaluate((caption) => caption.scrollIntoView({ block: "center", inline: "start" }));
      await expectCaptionOnScreen(table);
    }
    // Scrolled sideways to its last column, the table keeps its caption in view.
    await comparison.locator("caption").evaluate((caption) => {
      caption.scrollIntoView({ block: "center", inline: "start" });
      let scroller = caption.parentElement;
      while (scroller && !["auto", "scroll"].includes(getComputedStyle(scroller).overflowX)) scroller = scroller.parentElement;
      scroller?.scrollBy({ left: scroller.scrollWidth });
    });
    await expectCaptionOnScreen(comparison);
    await page().screenshot({ path: fileURLToPath(new URL("wres-comparison-table-phone-scrolled.png", ARTIFACTS_DIR)) });
  });

  it("ranks the trusts by an indicator with intervals, as a caterpillar plot and a table", async () => {
    await signIn(page(), { open: `/wres/national?year=${YEAR}` });
    await page().getByRole("heading", { name: `WRES2 Appointment from shortlisting, ${YEAR}` }).waitFor({ timeout: 30_000 });
    const plot = page().getByRole("img", { name: /^Caterpillar plot\. \d+ trusts with a figure/ });
    await plot.waitFor();
    expect(await plot.locator("circle, rect").count()).toBeGreaterThan(20);
    await expectNoSeriousAxeViolations(page());

    await page().getByRole("button", { name: "Show ranking as table" }).click();
    const table = page().getByRole("table", { name: /Trusts ranked by WRES2/ });
    await table.waitFor();
    expect(await table.locator("tbody tr").count()).toBeGreaterThan(20);
    expect(await table.locator("tbody tr").first().innerText()).toMatch(/^1\t/);
  });

  it("keeps the ranking chart's text readable on a phone: names above their intervals, at full size", async () => {
    await signIn(page());
    await page().setViewportSize(PHONE);
    await page().goto(`/wres/national?year=${YEAR}`);
    const plot = page().getByRole("img", { name: /^Caterpillar plot\. \d+ trusts with a figure/ });
    await plot.waitFor({ timeout: 30_000 });
    await expect.poll(() => plot.getAttribute("data-layout")).toBe("stacked");
    // Scaled to the window, the wide layout's 11px names came out under 5px tall.
    const textHeights = await plot.locator("text").evaluateAll((texts) => texts.map((text) => text.getBoundingClientRect().height));
    expect(Math.min(...textHeights)).toBeGreaterThanOrEqual(10);
    expect(await page().evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
    await screenshots(page(), "national-ranking");
    await page().setViewportSize(DESKTOP);
    await expect.poll(() => plot.getAttribute("data-layout")).toBe("wide");
  });
});

describe("uploading a WRES return", { timeout: 300_000 }, () => {
  const page = patientPage(usePage());

  it("lists every problem in a file with its row and column, and saves nothing", async () => {
    await signIn(page());
    await openDashboard(page(), UPLOAD_TRUST, "North Bristol");
    const before = await versionRows(page());

    await page().getByRole("link", { name: "Upload a return" }).click();
    await page().getByRole("heading", { name: "Upload a WRES return" }).waitFor();
    const template = await downloadTemplate(page());
    // The template speaks the WRES technical guidance's words, not codes.
    expect(template).toContain("Section,Category,Item,White,BME,Unknown");
    expect(template).toContain("Indicator 2: appointment from shortlisting,,Appointed from shortlisting,,,");
    expect(template).toContain("Indicator 1: staff in post at 31 March,Non-clinical,Band 8a,,,");
    expect(template).not.toMatch(/BAND_8A|harassmentFromPublic|NON_CLINICAL/);

    const edits: CellEdit[] = [
      { indicator: 2, item: "Appointed from shortlisting", column: "White", value: "lots" },
      { indicator: 1, category: "Non-clinical", item: "Band 3", column: "BME", value: "-4" },
      { indicator: 4, item: "Accessed non-mandatory training or CPD", column: "BME", value: "9999" },
    ];
    const { text, editLines } = filledWresCsv(template, edits);
    await chooseCsv(page(), "with-errors.csv", text);

    await page().getByRole("alert").filter({ hasText: "with-errors.csv has 3 problems" }).waitFor();
    const rows = await page().getByTestId("wres-csv-issues").locator("tbody tr").allInnerTexts();
    const cells = rows.map((row) => row.split("\t").map((cell) => cell.trim()));
    const expected = edits.map((edit, index) => [String(editLines[index]), edit.column]).sort((a, b) => Number(a[0]) - Number(b[0]));
    expect(cells.map(([row, column]) => [row, column])).toEqual(expected);
    expect(cells.find(([row]) => row === String(editLines[0]))?.[2]).toContain('got "lots"');
    expect(cells.find(([row]) => row === String(editLines[2]))?.[2]).toBe("BME: 9999 is more than the 1500 BME staff in post");
    expect(await page().getByRole("button", { name: "Submit return" }).count()).toBe(0);
    await expectNoSeriousAxeViolations(page());

    await page().getByRole("link", { name: "Organisation dashboard" }).click();
    await page().getByRole("heading", { name: `${UPLOAD_TRUST}, ${YEAR}` }).waitFor();
    expect(await versionRows(page())).toEqual(before);
  });

  it("imports a correct file after a preview, and the dashboard shows its figures", async () => {
    await signIn(page());
    await page().getByRole("link", { name: "WRES" }).click();
    await page().getByRole("link", { name: "Upload a return" }).click();
    await page().getByRole("heading", { name: "Upload a WRES return" }).waitFor();
    await chooseTrustAndYear(page(), UPLOAD_TRUST, "North Bristol");
    const template = await downloadTemplate(page());
    await chooseCsv(page(), "north-bristol-2024.csv", filledWresCsv(template).text);

    await page().getByText("north-bristol-2024.csv is ready to submit").waitFor();
    // The preview, computed in the browser: 300/1000 white vs 77/500 BME appointed is 1.95.
    const preview = page().getByTestId("wres-csv-preview");
    expect(await preview.getByRole("row", { name: /^WRES2/ }).innerText()).toContain("1.95");
    // Whether a version exists is asked of the api after the file is read: wait for it rather than count at once.
    await page().getByText(/This will replace version 1 for 2024/).waitFor();
    await expectNoSeriousAxeViolations(page());

    await page().getByRole("button", { name: "Submit return" }).click();
    await page().getByText(`Version 2 of the ${YEAR} return saved`).waitFor();
    await page().getByRole("link", { name: "See the dashboard with the new figures" }).click();

    await page().getByRole("heading", { name: `${UPLOAD_TRUST}, ${YEAR}` }).waitFor();
    await expect.poll(() => page().getByTestId("value-WRES2").innerText()).toBe("1.95");
    await page().getByRole("button", { name: "Show bands as table" }).click();
    // Clinical band 8d: 1,234 white + 321 BME + 5 unknown.
    expect(await page().getByRole("table", { name: /BME share of staff by band/ }).getByRole("row", { name: /^Band 8d/ }).innerText()).toContain("1,560");
    const versions = await versionRows(page());
    expect(versions).toHaveLength(2);
    expect(versions[0]).toMatch(/Version 2.*CSV upload.*Current/is);
    expect(versions[1]).toMatch(/Version 1.*Superseded/is);
  });
});

/** The api as a script would call it: one signed-in session (cookie), JSON in and out. */
async function apiSession(user: { email: string; password: string } = E2E_ADMIN) {
  const url = `${inject("apiUrl")}/graphql`;
  let cookie = "";
  const call = async (query: string, variables: Record<string, unknown> = {}) => {
    const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json", cookie }, body: JSON.stringify({ query, variables }) });
    const setCookie = response.headers.get("set-cookie");
    if (setCookie) cookie = setCookie.split(";")[0];
    const body = (await response.json()) as { data?: Record<string, any>; errors?: unknown[] };
    if (body.errors?.length || !body.data) throw new Error(`api: ${JSON.stringify(body.errors)}`);
    return body.data;
  };
  await call(`mutation ($input: LoginInput!) { login(input: $input) { userErrors { message } } }`, { input: { email: user.email, password: user.password } });
  return call;
}

const organisationId = async (call: Awaited<ReturnType<typeof apiSession>>, name: string): Promise<string> => {
  const { organisations } = await call(`query ($s: String) { organisations(first: 5, filter: { search: $s }) { edges { node { id name } } } }`, { s: name });
  return organisations.edges.find((edge: { node: { name: string } }) => edge.node.name === name).node.id;
};

/** A user of `role` in `organisation` (an academy or provider), with the password to sign in with. */
async function newUser(call: Awaited<ReturnType<typeof apiSession>>, role: string, organisation: string) {
  const email = `e2e.${role.toLowerCase()}.${Date.now().toString(36)}@ascent.test`;
  const password = "a-long-e2e-password-for-wres";
  const { createUser } = await call(`mutation ($input: CreateUserInput!) { createUser(input: $input) { userErrors { message } } }`, {
    input: { email, name: `E2E ${role}`, role, organisationId: await organisationId(call, organisation), password },
  });
  expect(createUser.userErrors).toEqual([]);
  return { email, password };
}

const LATE_YEAR = 2025;
/** The first trust to return for LATE_YEAR: before it, every demo trust's latest return is YEAR. */
const EARLY_TRUST = "King's College Hospital NHS Foundation Trust";

/** A small but complete return, as the api takes it. */
const lateReturn = () => ({
  workforce: [
    { category: "CLINICAL", grade: "BAND_5", white: 620, bme: 410, unknown: 12 },
    { category: "NON_CLINICAL", grade: "BAND_8A", white: 40, bme: 9, unknown: 1 },
  ],
  shortlisting: { shortlisted: { white: 900, bme: 700, unknown: 20 }, appointed: { white: 180, bme: 90, unknown: 3 } },
  disciplinary: { entering: { white: 12, bme: 6, unknown: 0 }, headcount: { white: 660, bme: 419, unknown: 13 } },
  training: { accessed: { white: 300, bme: 150, unknown: 4 }, headcount: { white: 660, bme: 419, unknown: 13 } },
  survey: Object.fromEntries(
    ["harassmentFromPublic", "harassmentFromStaff", "equalOpportunities", "discrimination"].map((key) => [key, { white: { respondents: 300, yes: 60 }, bme: { respondents: 200, yes: 50 } }]),
  ),
  board: { white: 10, bme: 3, unknown: 0 },
});

/** Sets window.__sawNoReturn when the page ever says an organisation has no return, however briefly. */
async function watchForNoReturnMessage(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __sawNoReturn?: string };
    new MutationObserver(() => {
      const text = document.body?.innerText ?? "";
      if (/has not submitted a WRES return|No return for/.test(text)) w.__sawNoReturn = text.slice(0, 300);
    }).observe(document, { childList: true, subtree: true, characterData: true });
  });
}

async function screenshots(page: Page, name: string) {
  const dir = process.env.ASCENT_SHOTS_DIR;
  if (!dir) return;
  await fs.mkdir(dir, { recursive: true });
  for (const [label, viewport] of [["desktop", { width: 1280, height: 800 }], ["phone", { width: 390, height: 844 }]] as const) {
    await page.setViewportSize(viewport);
    await page.waitForTimeout(400);
    // What the reader sees on opening the page, where these changes are.
    await page.screenshot({ path: `${dir}/${name}-${label}.png` });
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

// Several pages and two screenshot sizes each: more than the default minute on a busy 2-core machine.
describe("WRES early in a reporting year", { timeout: 300_000 }, () => {
  const page = patientPage(usePage());

  it("opens each organisation on its own latest year with a return, never flashing a false 'has not submitted'", async () => {
    const admin = await apiSession();
    const { submitWresReturn } = await admin(`mutation ($input: SubmitWresReturnInput!) { submitWresReturn(input: $input) { userErrors { message } } }`, {
      input: { organisationId: await organisationId(admin, EARLY_TRUST), year: LATE_YEAR, ...lateReturn() },
    });
    expect(submitWresReturn.userErrors).toEqual([]);
    expect((await admin(`{ wresLatestYear }`)).wresLatestYear).toBe(LATE_YEAR);

    await watchForNoReturnMessage(page());
    await signIn(page());
    await page().getByRole("link", { name: "WRES" }).click();
    await page().waitForURL((url) => url.pathname === "/wres");
    // Another trust's new return does not move this one onto a year it has not returned for.
    await chooseOption(page(), "Organisation", DEMO_TRUST, "Guy's");
    await page().getByRole("heading", { name: `${DEMO_TRUST}, ${YEAR}` }).waitFor();
    expect(await fieldByLabel(page(), "Data year").inputValue()).toBe(YEAR);
    await page().getByRole("article", { name: "Appointment from shortlisting" }).waitFor();
    await screenshots(page(), "dashboard-own-latest-year");
    // The trust that has returned opens on its own latest year.
    await chooseOption(page(), "Organisation", EARLY_TRUST, "King's College");
    await page().getByRole("heading", { name: `${EARLY_TRUST}, ${LATE_YEAR}` }).waitFor();
    // A link without a year, as a bookmark would be.
    await page().goto(`/wres?organisation=${encodeURIComponent(await organisationId(admin, DEMO_TRUST))}`);
    await page().getByRole("heading", { name: `${DEMO_TRUST}, ${YEAR}` }).waitFor();
    expect(await page().evaluate(() => (window as unknown as { __sawNoReturn?: string }).__sawNoReturn ?? null)).toBeNull();
  });

  it("tells a programme manager that England is withheld while one trust has returned, and ranks one trust in words that fit", async () => {
    const admin = await apiSession();
    const manager = await newUser(admin, "PROGRAMME_MANAGER", "South East Leadership Academy");
    await signIn(page(), { as: manager, open: `/wres/national?year=${LATE_YEAR}` });
    await page().getByRole("heading", { name: `WRES2 Appointment from shortlisting, ${LATE_YEAR}` }).waitFor({ timeout: 30_000 });
    const summary = page().getByText(/^Only one trust has a figure for 2025/);
    await summary.waitFor();
    const text = await summary.innerText();
    expect(text).toContain(`Only one trust has a figure for ${LATE_YEAR}: ${EARLY_TRUST} (`);
    expect(text).toContain("England: withheld (1 return so far; shown once 3 besides your own are in).");
    expect(text).not.toMatch(/1 trusts|Highest|lowest/);
    // The trust's own dashboard, seen by someone who does not own it: no England or regional figure either.
    await page().goto(`/wres?organisation=${encodeURIComponent(await organisationId(admin, EARLY_TRUST))}&year=${LATE_YEAR}`);
    await page().getByRole("heading", { name: `${EARLY_TRUST}, ${LATE_YEAR}` }).waitFor();
    await page().getByText(/England: no figures \(1 organisation so far; shown once 3 besides your own are in it/).waitFor();
    await expectNoSeriousAxeViolations(page());
    await page().goto(`/wres/national?year=${LATE_YEAR}`);
    await summary.waitFor();
    await screenshots(page(), "national-one-return-manager");
  });

  it("shows facilitators no WRES at all: no menu entry, and the pages say they have no access", async () => {
    const admin = await apiSession();
    const facilitator = await newUser(admin, "FACILITATOR", "Thresholds Ltd");
    await signIn(page(), { as: facilitator });
    const menu = page().getByRole("navigation", { name: "Main navigation" });
    await menu.waitFor();
    expect(await menu.getByRole("link", { name: "WRES" }).count()).toBe(0);
    for (const path of ["/wres", "/wres/national"]) {
      await page().goto(path);
      await page().getByText(/don't have access|not allowed|permission/i).first().waitFor();
    }
    await screenshots(page(), "facilitator-no-wres");
  });
});
