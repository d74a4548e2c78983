import type { Locator } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectNoSeriousAxeViolations } from "./support/browser";
import { fieldByLabel } from "./support/fieldByLabel";
import { usePage } from "./support/usePage";

/** The demo programmes from apps/api/src/seed/demo-programmes.ts. */
const SEEDED_PROGRAMMES = [
  "Stepping Up",
  "Anti-Racist Leadership Programme",
  "South East BAME Career Development Programme",
  "Career Advancement Programme in Promoting Racial Equity in Healthcare",
];

/** The input labelled `label` inside `scope`. */
function fieldIn(scope: Locator, label: string): Locator {
  return scope.getByLabel(label).and(scope.locator("input"));
}

describe("public catalogue", () => {
  const page = usePage();

  it("lists the published programmes without signing in", async () => {
    await page().goto("/catalogue");
    await page().getByRole("heading", { name: "Leadership and career development programmes", level: 1 }).waitFor();
    for (const title of SEEDED_PROGRAMMES) await page().getByRole("link", { name: title, exact: true }).waitFor();
    expect(await page().title()).toBe("Programme catalogue – Ascent");
    // Open cohorts show places and the closing date in London time.
    await page().getByText(/places left/).first().waitFor();
    await page().getByText(/Applications close at \d\d:\d\d on /).first().waitFor();
    await expectNoSeriousAxeViolations(page());

    await page().getByRole("searchbox", { name: "Search programmes" }).fill("Anti-Racist");
    await page().waitForURL((url) => url.searchParams.get("q") === "Anti-Racist");
    await expect.poll(() => page().getByRole("link", { name: "Stepping Up", exact: true }).count()).toBe(0);
    await page().getByRole("link", { name: "Anti-Racist Leadership Programme", exact: true }).waitFor();
  });

  it("shows a programme's eligibility in plain words and checks a visitor against it", async () => {
    await page().goto("/catalogue");
    await page().getByRole("link", { name: "Stepping Up", exact: true }).click();
    await page().getByRole("heading", { name: "Stepping Up", level: 1 }).waitFor();
    const who = page().getByRole("region", { name: "Who can apply" });
    expect(await who.textContent()).toContain("Open to Agenda for Change bands 5, 6 and 7.");
    // The demo moves its current cohorts on with time, so match the track, not the year.
    await page().getByRole("article").filter({ hasText: /\d{4}, band 7/ }).first().waitFor();
    await expectNoSeriousAxeViolations(page());

    const panel = page().getByRole("region", { name: "Check if you're eligible" });
    await fieldIn(panel, "Which track?").click();
    await page().getByRole("option", { name: "Band 7", exact: true }).click();
    await fieldIn(panel, "Your band or grade").click();
    await page().getByRole("option", { name: "Band 6", exact: true }).click();
    await panel.getByRole("radio", { name: "Yes" }).check();
    await panel.getByRole("checkbox", { name: "Support of your line manager" }).check();
    await panel.getByRole("button", { name: "Check if you're eligible" }).click();
    await panel.getByText("You are not eligible yet").waitFor();
    expect(await panel.textContent()).toContain("You are at band 6, but the programme is for Agenda for Change band 7.");

    await fieldIn(panel, "Which track?").click();
    await page().getByRole("option", { name: "Bands 5 and 6", exact: true }).click();
    await panel.getByText("You are eligible", { exact: true }).waitFor();
    expect(await panel.textContent()).toContain("You are eligible because:");
    await expectNoSeriousAxeViolations(page());
  });

  it("fits a phone screen and links staff to sign in", async () => {
    await page().setViewportSize({ width: 375, height: 740 });
    await page().goto("/catalogue");
    await page().getByRole("link", { name: "Stepping Up", exact: true }).waitFor();
    const overflow = await page().evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);

    await page().getByRole("link", { name: "Staff sign in" }).click();
    await page().waitForURL((url) => url.pathname === "/login");
    await fieldByLabel(page(), "Email").waitFor();
  });

  it("says plainly when a programme is not in the catalogue", async () => {
    await page().goto("/catalogue/programmes/no-such-programme");
    await page().getByRole("heading", { name: "Programme not found" }).waitFor();
  });
});
