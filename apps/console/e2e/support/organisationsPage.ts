import type { Page } from "playwright-core";
import { expect } from "vitest";
import { fieldByLabel } from "./fieldByLabel";

/** Reads "Showing 1–25 of 57" under the organisations table. */
export async function showingSummary(page: Page): Promise<{ first: number; last: number; total: number }> {
  const text = await page.getByText(/^Showing \d+–\d+ of \d+$/).textContent();
  const [, first, last, total] = /^Showing (\d+)–(\d+) of (\d+)$/.exec(text ?? "") ?? [];
  return { first: Number(first), last: Number(last), total: Number(total) };
}

/** Types into the list's search box and waits until the results reflect it. */
export async function searchOrganisations(page: Page, text: string): Promise<void> {
  await page.getByRole("searchbox", { name: "Search" }).fill(text);
  await page.waitForURL((url) => url.searchParams.get("q") === text);
}

/** Picks an option in a Mantine Select (or the parent-organisation search) by its label. */
export async function chooseOption(page: Page, fieldLabel: string, optionName: string, typeToSearch?: string) {
  const field = fieldByLabel(page, fieldLabel);
  if (typeToSearch) await field.fill(typeToSearch);
  else await field.click();
  await page.getByRole("option", { name: optionName, exact: true }).click();
}

/** The text of whatever aria-describedby points at: how a screen reader hears the field's hint and error. */
export async function describedByText(page: Page, fieldLabel: string): Promise<string> {
  const field = fieldByLabel(page, fieldLabel);
  await expect.poll(() => field.getAttribute("aria-invalid")).toBe("true");
  return field.evaluate((element) =>
    (element.getAttribute("aria-describedby") ?? "")
      .split(/\s+/)
      .map((id) => document.getElementById(id)?.textContent ?? "")
      .join(" "),
  );
}
