import fs from "node:fs/promises";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectNoSeriousAxeViolations, login } from "./support/browser";
import { fieldByLabel } from "./support/fieldByLabel";
import { chooseOption } from "./support/organisationsPage";
import { usePage } from "./support/usePage";
import { type CellEdit, filledWresCsv } from "./support/wresCsv";

const DEMO_TRUST = "Guy's and St Thomas' NHS Foundation Trust";
/** The upload tests change this trust's 2024 return (a new version); the others only read. */
const UPLOAD_TRUST = "North Bristol NHS Trust";
const YEAR = "2024";

/**
 * Picks the organisation and year on a WRES page. Pages open on the latest
 * year with returns, which in the demo data is already YEAR.
 */
async function chooseTrustAndYear(page: Page, trust: string, search: string) {
  await chooseOption(page, "Organisation", trust, search);
  await page.waitForURL((url) => url.searchParams.has("organisation"));
  if ((await fieldByLabel(page, "Data year").inputValue()) !== YEAR) {
    await chooseOption(page, "Data year", YEAR);
    await page.waitForURL((url) => url.searchParams.get("year") === YEAR);
  }
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

async function chooseCsv(page: Page, name: string, text: string) {
  await page.locator('input[type="file"]').setInputFiles({ name, mimeType: "text/csv", buffer: Buffer.from(text, "utf8") });
}

describe("WRES dashboards", () => {
  const page = usePage();

  it("shows a demo trust's indicator cards with intervals, the band chart and their tables", async () => {
    await login(page());
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
    expect(await bandChart.locator(".recharts-bar-rectangle").count()).toBeGreaterThan(10);
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

  it("ranks the trusts by an indicator with intervals, as a caterpillar plot and a table", async () => {
    await login(page());
    await page().goto(`/wres/national?year=${YEAR}`);
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
});

describe("uploading a WRES return", () => {
  const page = usePage();

  it("lists every problem in a file with its row and column, and saves nothing", async () => {
    await login(page());
    await openDashboard(page(), UPLOAD_TRUST, "North Bristol");
    const before = await versionRows(page());

    await page().getByRole("link", { name: "Upload a return" }).click();
    await page().getByRole("heading", { name: "Upload a WRES return" }).waitFor();
    const template = await downloadTemplate(page());
    expect(template).toContain("section,category,item,white,bme,unknown");

    const edits: CellEdit[] = [
      { line: "shortlisting,,appointed", column: "white", value: "lots" },
      { line: "workforce,NON_CLINICAL,BAND_3", column: "bme", value: "-4" },
      { line: "training,,accessed", column: "bme", value: "9999" },
    ];
    const { text, editLines } = filledWresCsv(template, edits);
    await chooseCsv(page(), "with-errors.csv", text);

    await page().getByRole("alert").filter({ hasText: "with-errors.csv has 3 problems" }).waitFor();
    const rows = await page().getByTestId("wres-csv-issues").locator("tbody tr").allInnerTexts();
    const cells = rows.map((row) => row.split("\t").map((cell) => cell.trim()));
    const expected = edits.map((edit, index) => [String(editLines[index]), edit.column]).sort((a, b) => Number(a[0]) - Number(b[0]));
    expect(cells.map(([row, column]) => [row, column])).toEqual(expected);
    expect(cells.find(([row]) => row === String(editLines[0]))?.[2]).toContain('got "lots"');
    expect(cells.find(([row]) => row === String(editLines[2]))?.[2]).toContain("more than training.headcount.bme");
    expect(await page().getByRole("button", { name: "Submit return" }).count()).toBe(0);
    await expectNoSeriousAxeViolations(page());

    await page().getByRole("link", { name: "Organisation dashboard" }).click();
    await page().getByRole("heading", { name: `${UPLOAD_TRUST}, ${YEAR}` }).waitFor();
    expect(await versionRows(page())).toEqual(before);
  });

  it("imports a correct file after a preview, and the dashboard shows its figures", async () => {
    await login(page());
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
    expect(await page().getByText(/This will replace version 1 for 2024/).count()).toBe(1);
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
