import fs from "node:fs/promises";
import type { Locator, Page } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import { DESKTOP, expectNoSeriousAxeViolations, PHONE, signIn } from "./support/browser";
import { fieldByLabel } from "./support/fieldByLabel";
import { chooseOption } from "./support/organisationsPage";
import { usePage } from "./support/usePage";
import { filledWresCsv } from "./support/wresCsv";

/**
 * Figures by ethnic group (docs/wres-by-group.md): a return whose BME counts
 * are split into Asian, Black, Mixed and Other is uploaded through the CSV
 * template, and the dashboard shows representation in senior roles and the
 * indicators by group, each chart with its table.
 */

/** Not a trust the other WRES browser tests upload for (they share one api). */
const TRUST = "Gloucestershire Hospitals NHS Foundation Trust";
const YEAR = "2024";

/** Each BME count of the filled template (support/wresCsv.ts) split into Asian, Black, Mixed, Other. */
const SPLITS: Record<string, [number, number, number, number]> = {
  "50": [20, 15, 5, 10],
  "321": [150, 100, 31, 40],
  "500": [220, 180, 40, 60],
  "77": [40, 20, 7, 10],
  "1500": [660, 540, 120, 180],
  "25": [8, 12, 2, 3],
  "540": [250, 190, 40, 60],
  "3": [1, 1, 0, 1],
  "200": [90, 70, 15, 25],
  "60": [25, 24, 4, 7],
};

/** The filled template with the split in its Asian, Black, Mixed and Other columns. */
function withGroups(csv: string): string {
  let header = false;
  return csv
    .split("\r\n")
    .map((line) => {
      if (line.startsWith("Section,")) {
        header = true;
        expect(line).toBe("Section,Category,Item,White,BME,Unknown,Asian,Black,Mixed,Other");
        return line;
      }
      if (!header || line.startsWith("#") || line.trim() === "") return line;
      // Cells: Section (maybe quoted, with commas), Category, Item, White, BME, Unknown.
      const bme = /,([^,]*),([^,]*),([^,]*)$/.exec(line)?.[2] ?? "";
      const split = SPLITS[bme];
      if (bme !== "" && !split) throw new Error(`no split for ${bme} in ${line}`);
      return split ? `${line},${split.join(",")}` : line;
    })
    .join("\r\n");
}

async function chooseTrustAndYear(page: Page) {
  await chooseOption(page, "Organisation", TRUST, "Gloucestershire");
  await page.waitForURL((url) => url.searchParams.has("organisation"));
  if ((await fieldByLabel(page, "Data year").inputValue()) !== YEAR) await chooseOption(page, "Data year", YEAR);
  await expect.poll(() => fieldByLabel(page, "Data year").inputValue(), { timeout: 45_000 }).toBe(YEAR);
}

/** Desktop and phone pictures of a part of the page, for a person to look at (ASCENT_SHOTS_DIR). */
async function screenshots(page: Page, name: string, part: Locator) {
  const dir = process.env.ASCENT_SHOTS_DIR;
  if (!dir) return;
  await fs.mkdir(dir, { recursive: true });
  for (const [label, viewport] of [["desktop", DESKTOP], ["phone", PHONE]] as const) {
    await page.setViewportSize(viewport);
    await page.waitForTimeout(600);
    // The part at the top of the window, below the fixed header.
    await part.evaluate((element) => {
      element.scrollIntoView({ block: "start" });
      window.scrollBy(0, -70);
    });
    await page.screenshot({ path: `${dir}/${name}-${label}.png` });
    await part.screenshot({ path: `${dir}/${name}-${label}-whole.png` });
  }
  await page.setViewportSize(DESKTOP);
}

describe("WRES figures by ethnic group", { timeout: 400_000 }, () => {
  const page = usePage();
  beforeEach(() => {
    page().setDefaultNavigationTimeout(90_000);
    page().setDefaultTimeout(45_000);
  });

  it("uploads a return with groups, then shows the senior-roles chart and the indicators by group, each with its table", async () => {
    await signIn(page());
    await page().getByRole("link", { name: "WRES" }).click();
    await page().getByRole("link", { name: "Upload a return" }).click();
    await page().getByRole("heading", { name: "Upload a WRES return" }).waitFor();
    await chooseTrustAndYear(page());
    const [download] = await Promise.all([page().waitForEvent("download"), page().getByRole("button", { name: "Download template" }).click()]);
    const template = await fs.readFile(await download.path(), "utf8");
    expect(template).toContain("Asian, Black, Mixed and Other split BME");
    const csv = withGroups(filledWresCsv(template).text);
    await page().locator('input[type="file"]').setInputFiles({ name: "gloucestershire-2024-groups.csv", mimeType: "text/csv", buffer: Buffer.from(csv, "utf8") });

    await page().getByText("gloucestershire-2024-groups.csv is ready to submit").waitFor();
    await page().getByText(/BME staff are split by group: Asian [\d,]+, Black [\d,]+, Mixed [\d,]+, Other [\d,]+/).waitFor();
    await page().getByText(/This will replace version 1 for 2024/).waitFor();
    await page().getByRole("button", { name: "Submit return" }).click();
    await page().getByText(`Version 2 of the ${YEAR} return saved`).waitFor();
    await page().getByRole("link", { name: "See the dashboard with the new figures" }).click();
    await page().getByRole("heading", { name: `${TRUST}, ${YEAR}` }).waitFor();

    const section = page().locator("section", { has: page().getByRole("heading", { name: "By ethnic group", exact: true }) });
    await section.scrollIntoViewIfNeeded();
    await section.getByTestId("groups-coverage").waitFor();
    expect(await section.getByTestId("groups-coverage").innerText()).toContain(`${TRUST} splits BME staff by group. Figures are shown in full.`);

    // Representation in senior roles: a stacked bar per level, with a summary in words.
    const chart = section.getByRole("img", { name: /^Stacked bar chart of each ethnic group's share/ });
    await chart.waitFor();
    await expect.poll(() => chart.locator(".recharts-bar-rectangle").count()).toBeGreaterThanOrEqual(24);
    // Black staff: 15 in every band row but 100 in clinical band 8d, of 50 + 321 BME in such rows.
    expect(await chart.getAttribute("aria-label")).toMatch(/Black staff are \d+(\.\d)?% of the workforce and \d+(\.\d)?% of band 8a and above/);
    await section.getByRole("group", { name: "Appointment from shortlisting: by group" }).waitFor();
    await expectNoSeriousAxeViolations(page());
    await screenshots(page(), "wres-groups-senior-chart", section.getByTestId("groups-coverage"));
    await screenshots(page(), "wres-groups-forest", section.getByRole("group", { name: "Appointment from shortlisting: by group" }));
    await section.getByRole("button", { name: "Show senior roles as table" }).click();
    const senior = section.getByRole("table", { name: /^Representation in senior roles by ethnic group/ });
    await senior.waitFor();
    // The whole workforce, the pipeline (bands 1-5, 6-7), band 8a and above, VSM, the board.
    expect(await senior.locator("tbody tr").count()).toBe(6);
    const board = await senior.getByRole("row", { name: /^Board voting members/ }).innerText();
    // The board: 11 white, 3 BME (Asian 1, Black 1, Other 1), 0 unknown: 14 in all.
    expect(board).toMatch(/^Board voting members\s+14\s+78\.6%/);
    expect(board).toContain("7.1%");

    // Indicators by group: a forest plot per indicator (BME, then each group), and the table.
    const shortlisting = section.getByRole("group", { name: "Appointment from shortlisting: by group" });
    await shortlisting.waitFor();
    // White 300 of 1000 appointed; Black 20 of 180: 0.30 / 0.111 = 2.70.
    expect(await shortlisting.innerText()).toMatch(/Black: 2\.70 \(\d\.\d\d to \d\.\d\d\)/);
    expect(await shortlisting.innerText()).toContain("White applicants more likely to be appointed from shortlisting");
    expect(await shortlisting.getByRole("img").getAttribute("aria-label")).toMatch(/by group: BME 1\.95; Asian [\d.]+; Black 2\.70; Mixed [\d.]+; Other [\d.]+/);
    expect(await section.getByRole("group").count()).toBe(8);

    await section.getByRole("button", { name: "Show indicators by group as table" }).click();
    const table = section.getByRole("table", { name: /^WRES indicators by ethnic group/ });
    await table.waitFor();
    expect(await table.locator("tbody tr").count()).toBe(8);
    expect(await table.getByRole("row", { name: /^WRES2/ }).innerText()).toContain("2.70");
    expect(await table.locator("thead th").allInnerTexts()).toEqual(["Indicator", "BME", "Asian", "Black", "Mixed", "Other"]);
    await expectNoSeriousAxeViolations(page());
    await screenshots(page(), "wres-groups-tables", section);

    // England: the demo trusts that split BME by group, summed.
    await section.getByText("England", { exact: true }).click();
    await expect.poll(() => section.getByTestId("groups-coverage").innerText()).toMatch(/^England: \d+ organisations of the \d+ that returned split BME staff by group/);
    await section.getByRole("img", { name: /^Stacked bar chart of each ethnic group's share .*, England\./ }).waitFor();
    await section.getByRole("button", { name: "Show senior roles as table" }).click();
    await section.getByRole("table", { name: /^Representation in senior roles by ethnic group, England/ }).waitFor();
    await expectNoSeriousAxeViolations(page());
    await screenshots(page(), "wres-groups-england", section);
  });
});
