import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { DESKTOP, expectNoSeriousAxeViolations, expectReadableText, PHONE, signIn } from "./support/browser";
import { ARTIFACTS_DIR } from "./support/e2eSettings";
import { fieldByLabel } from "./support/fieldByLabel";
import { usePage } from "./support/usePage";

const shot = (page: Page, name: string) => page.screenshot({ path: new URL(`${name}.png`, ARTIFACTS_DIR).pathname, fullPage: true });

/** The South East programme's current cohort (the demo data's), from the cohorts list. */
async function openDemoCohort(page: Page) {
  await page.goto("/cohorts");
  await page.getByRole("link", { name: /^February 20\d\d$/ }).first().click();
  await page.getByRole("region", { name: "Mentor or coach before the start" }).waitFor();
}

describe("mentoring board", () => {
  const page = usePage();

  it("shows the gate on the cohort page, and pairs a participant from a suggestion whose reasons are on screen", { timeout: 240_000 }, async () => {
    page().setDefaultTimeout(30_000);
    await page().setViewportSize(DESKTOP);
    await signIn(page());
    await openDemoCohort(page());
    const gate = page().getByRole("region", { name: "Mentor or coach before the start" });
    await gate.getByText(/participants? have a mentor or coach in place by the first day/).waitFor();
    await gate.getByRole("link", { name: "Open the mentoring board" }).click();
    await page().getByRole("heading", { name: /^Mentoring: February 20\d\d$/, level: 1 }).waitFor();
    const card = page().getByRole("article", { name: "Amara Okafor" });
    await card.waitFor();

    // The demo pairs Amara: end it first (warned that it falls short of the 6-month minimum), so she needs someone.
    if ((await card.getByRole("button", { name: "End pairing" }).count()) > 0) {
      await card.getByRole("button", { name: "End pairing" }).click();
      const dialog = page().getByRole("dialog");
      await dialog.getByText("Short of the minimum").waitFor();
      await expect(dialog.getByRole("status").textContent()).resolves.toMatch(/before the 6-month minimum/);
      await fieldByLabel(page(), "Why it ended").fill("The mentor changed jobs");
      await dialog.getByRole("button", { name: "End the pairing" }).click();
      await dialog.waitFor({ state: "detached" });
    }
    await card.getByText("None yet").waitFor();
    // The gate's count refreshes after the card: wait for it rather than reading it once.
    await expect.poll(() => page().getByRole("region", { name: "Mentor or coach before the start" }).getByText("Not met").count()).toBe(1);

    await card.getByRole("button", { name: "Find a mentor or coach for Amara Okafor" }).click();
    const suggestions = page().getByRole("list", { name: "Suggested mentors and coaches" });
    const first = suggestions.getByRole("listitem").first();
    await first.waitFor();
    // Amara works at Oxford University Hospitals (RTH): colleagues there are never suggested; every rule says why.
    await expect(suggestions.getByText("Grace Mensah").count()).resolves.toBe(0);
    await first.getByText(/^Works elsewhere: /).waitFor();
    await first.getByText(/places? left$/).waitFor();
    await expectNoSeriousAxeViolations(page());
    await shot(page(), "mentoring-suggestions-desktop");
    const mentorName = (await first.locator("p").first().textContent())!.trim();
    await first.getByRole("button", { name: `Pair with ${mentorName}` }).click();
    await page().getByRole("heading", { name: `Pair Amara Okafor with ${mentorName}` }).waitFor();
    await page().getByRole("button", { name: "Pair them" }).click();
    await page().getByRole("dialog").waitFor({ state: "detached" });

    await card.getByText(new RegExp(`^(Mentor|Coach): ${mentorName}$`)).waitFor();
    await card.getByText(/^Meets the 6-month minimum on /).waitFor();
    await page().getByRole("region", { name: "Mentor or coach before the start" }).getByText("Met", { exact: true }).waitFor();

    await card.getByRole("button", { name: "Record check-in" }).click();
    await fieldByLabel(page(), "Note (academy staff only)").fill("Agreed goals for the workshop.");
    await page().getByRole("button", { name: "Record check-in" }).last().click();
    await page().getByRole("dialog").waitFor({ state: "detached" });
    await card.getByText(/“Agreed goals for the workshop.”$/).waitFor();
    await expectNoSeriousAxeViolations(page());
    await expectReadableText(page());
    await shot(page(), "mentoring-board-desktop");
  });

  it("fits a phone", { timeout: 180_000 }, async () => {
    page().setDefaultTimeout(30_000);
    await page().setViewportSize(PHONE);
    await signIn(page());
    await openDemoCohort(page());
    await page().getByRole("link", { name: "Open the mentoring board" }).click();
    await page().getByRole("article", { name: "Amara Okafor" }).waitFor();
    await expectNoSeriousAxeViolations(page());
    await expectReadableText(page());
    const overflow = await page().evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await shot(page(), "mentoring-board-phone");
  });
});
