import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { DESKTOP, expectNoSeriousAxeViolations, expectReadableText, PHONE, signIn } from "./support/browser";
import { ARTIFACTS_DIR } from "./support/e2eSettings";
import { closeNotifications } from "./support/notifications";
import { usePage } from "./support/usePage";

const shot = (page: Page, name: string) => page.screenshot({ path: new URL(`${name}.png`, ARTIFACTS_DIR).pathname, fullPage: true });

/** The South East programme's February 2024 cohort: the demo forms its roster of 12 into two sets of 6, with their meetings. */
async function openSets(page: Page) {
  await page.goto("/cohorts?status=COMPLETED");
  await page.getByRole("link", { name: "February 2024", exact: true }).first().click();
  const summary = page.getByRole("region", { name: "Action Learning Sets" });
  await summary.getByText(/^2 sets: Set A \(\d\), Set B \(\d\)\./).waitFor();
  await summary.getByRole("link", { name: "Open the Action Learning Sets" }).click();
  await page.getByRole("heading", { name: "Action Learning Sets: February 2024", level: 1 }).waitFor();
}

describe("Action Learning Sets", () => {
  const page = usePage();

  it("shows the sets with their facilitator, members and meetings; refuses a full set; forms a set for whoever has none", { timeout: 240_000 }, async () => {
    page().setDefaultTimeout(30_000);
    await page().setViewportSize(DESKTOP);
    await signIn(page());
    await openSets(page());
    const setA = page().getByRole("region", { name: "Set A" });
    const setB = page().getByRole("region", { name: "Set B" });
    await setA.getByText("6 of 6 members · full").waitFor();
    await setB.getByText("6 of 6 members · full").waitFor();
    await expect(setA.getByLabel("Facilitator", { exact: true }).inputValue()).resolves.toBe("Sandie Dunn");
    await setA.getByRole("link", { name: "Action Learning Set 1 (Set A)" }).waitFor();
    await setA.getByRole("link", { name: "Action Learning Set 2 (Set A)" }).waitFor();

    // Scheduling again creates nothing.
    await page().getByRole("button", { name: "Schedule meetings from the curriculum" }).click();
    const outcome = page().getByRole("status").filter({ hasText: "Meetings already scheduled" });
    await outcome.getByText("Every set already has its meetings: nothing was created.").waitFor();

    // Moving someone into a full set is refused in words; taking them out leaves them without a set.
    const mover = setA.getByRole("listitem").first();
    const name = (await mover.locator("p").first().textContent())!.trim();
    await setA.getByLabel(`Move ${name} to`, { exact: true }).click();
    await page().getByRole("option", { name: "Set B (6 of 6)" }).click();
    await page().getByText("Set B is full: it has 6 members and the programme's sets have at most 6. Move someone out first, or choose another set.").waitFor();
    await closeNotifications(page());
    await setA.getByLabel(`Move ${name} to`, { exact: true }).click();
    await page().getByRole("option", { name: "No set" }).click();
    const without = page().getByRole("region", { name: "Without a set (1)" });
    await without.getByText(name).waitFor();
    await setA.getByText("5 of 6 members").waitFor();
    await expectNoSeriousAxeViolations(page());

    // Forming puts them back in the set with room, and says by which rule.
    await page().getByRole("button", { name: "Form sets automatically" }).click();
    const formed = page().getByRole("status").filter({ hasText: "Sets formed: 1 placed" });
    await formed.getByText("1 participant without a set, at most 6 per set.").waitFor();
    await formed.getByText(/^Existing sets with room take people too: Set A \(\+1\)\.$/).waitFor();
    await setA.getByText("6 of 6 members · full").waitFor();
    await expect(page().getByRole("region", { name: /^Without a set/ }).count()).resolves.toBe(0);
    await expectNoSeriousAxeViolations(page());
    await expectReadableText(page());
    await shot(page(), "action-learning-sets-desktop");

    // Each meeting is a session of the cohort: its link shows it in the cohort's schedule.
    await setB.getByRole("link", { name: "Action Learning Set 2 (Set B)" }).click();
    await page().getByRole("heading", { name: "February 2024", level: 1 }).waitFor();
    const row = page().locator("tr[id^='session-']").filter({ hasText: "Action Learning Set 2 (Set B)" });
    await row.waitFor();
    expect(new URL(page().url()).hash).toBe(`#${await row.getAttribute("id")}`);
    await shot(page(), "action-learning-cohort-desktop");
  });

  it("fits a phone", { timeout: 180_000 }, async () => {
    page().setDefaultTimeout(30_000);
    await page().setViewportSize(PHONE);
    await signIn(page());
    await openSets(page());
    await page().getByRole("region", { name: "Set B" }).getByRole("link", { name: "Action Learning Set 1 (Set B)" }).waitFor();
    await expectNoSeriousAxeViolations(page());
    await expectReadableText(page());
    const overflow = await page().evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await shot(page(), "action-learning-sets-phone");
  });
});
