import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { DESKTOP, expectNoSeriousAxeViolations, expectReadableText, PHONE, signIn } from "./support/browser";
import { ARTIFACTS_DIR } from "./support/e2eSettings";
import { fieldByLabel } from "./support/fieldByLabel";
import { usePage } from "./support/usePage";

const PROGRAMME = "South East BAME Career Development Programme";
const shot = (page: Page, name: string) => page.screenshot({ path: new URL(`${name}.png`, ARTIFACTS_DIR).pathname, fullPage: true });

/** The South East programme's February 2024 cohort (completed; the demo gives it a roster of 12 with registers). */
async function openFebruary2024(page: Page) {
  await page.goto("/programmes");
  await page.getByRole("link", { name: PROGRAMME }).first().click();
  await page.getByRole("heading", { name: PROGRAMME, level: 1 }).waitFor();
  await page.getByRole("link", { name: "February 2024" }).click();
  await page.getByRole("region", { name: "Roster" }).waitFor();
}

const rosterRow = (page: Page, name: string) => page.getByRole("region", { name: "Roster" }).getByRole("listitem", { name });

/**
 * Opens the register of the second Action Learning Set meeting of the set
 * `name` belongs to (each set meets on its own, and its register lists only
 * its members, at most the programme's set size of 6).
 */
async function openAlsRegisterOf(page: Page, name: string) {
  for (const set of ["Set A", "Set B"]) {
    await page.getByRole("region", { name: "Registers" }).getByRole("link", { name: new RegExp(`register: Action Learning Set 2 \\(${set}\\)`) }).click();
    const register = page.getByRole("list", { name: "Register" });
    await register.waitFor();
    await expect.poll(() => register.getByRole("listitem").count()).toBeGreaterThan(0);
    const onThisRegister = await expect
      .poll(() => register.getByRole("listitem", { name }).count(), { timeout: 10_000 })
      .toBeGreaterThan(0)
      .then(
        () => true,
        () => false,
      );
    if (onThisRegister) {
      expect(await register.getByRole("listitem").count()).toBeLessThanOrEqual(6);
      return;
    }
    await page.getByRole("link", { name: "Back to the cohort" }).click();
    await page.getByRole("region", { name: "Registers" }).waitFor();
  }
  throw new Error(`${name} is on neither set's register`);
}

/** Marks one person on the register of their Action Learning Set's second meeting, on whatever viewport the page has. */
async function mark(page: Page, name: string, choice: "Present" | "Late" | "Excused" | "Absent") {
  await openAlsRegisterOf(page, name);
  const row = page.getByRole("listitem", { name });
  await row.getByText(choice, { exact: true }).click();
  await page.getByRole("button", { name: "Save the register (1 change)" }).click();
  await page.getByRole("button", { name: "All changes saved" }).waitFor();
}

describe("delivery: the roster and the registers", () => {
  const page = usePage();

  it("shows the demo roster with statuses, attendance, the two-absences flag and the completion reasons, and refuses completion with the reasons", async () => {
    page().setDefaultTimeout(30_000);
    await page().setViewportSize(DESKTOP);
    await signIn(page());
    await openFebruary2024(page());
    const roster = page().getByRole("region", { name: "Roster" });
    await roster.getByText("11 taking part, 1 withdrawn.").waitFor();
    await roster.getByText(/To complete: at least 75% of sessions attended, a mentor or coach and the post-programme evaluation returned\./).waitFor();
    await expect(roster.getByRole("listitem").filter({ has: page().getByText("Completed", { exact: true }) }).count()).resolves.toBe(9);
    const flagged = rosterRow(page(), "Harpreet Gill");
    await flagged.getByText("Absent twice in a row").waitFor();
    await flagged.getByText("Attended 2 of 4 (50%)").waitFor();
    await flagged.getByRole("list", { name: "Completion rule for Harpreet Gill" }).getByText("No mentor or coach in place.").waitFor();
    await rosterRow(page(), "Ifeoma Okeke").getByText(/^Withdrew: Moved to a post outside the region/).waitFor();

    await flagged.getByRole("button", { name: "Mark completed" }).click();
    const refusal = flagged.getByRole("alert");
    await refusal.getByText("Harpreet Gill doesn't meet the completion rule yet: No mentor or coach in place.").waitFor();
    await expectNoSeriousAxeViolations(page());
    await expectReadableText(page());
    await shot(page(), "delivery-roster-desktop");
    await flagged.screenshot({ path: new URL("delivery-roster-row-desktop.png", ARTIFACTS_DIR).pathname });
    await page().getByRole("region", { name: "Registers" }).screenshot({ path: new URL("delivery-registers-desktop.png", ARTIFACTS_DIR).pathname });
    await rosterRow(page(), "Ifeoma Okeke").screenshot({ path: new URL("delivery-roster-withdrawn-desktop.png", ARTIFACTS_DIR).pathname });

    // Registers: one per session with its rate.
    const registers = page().getByRole("region", { name: "Registers" });
    await registers.getByText(/Attended 12 of 12 \(100%\)/).first().waitFor();
  });

  it("adds someone by hand only to a cohort still running: the completed cohort refuses, with the form kept", async () => {
    await page().setViewportSize(DESKTOP);
    await signIn(page());
    await openFebruary2024(page());
    await page().getByRole("button", { name: "Add someone by hand" }).click();
    const dialog = page().getByRole("dialog");
    const inDialog = (label: string) => dialog.getByRole("textbox", { name: label, exact: true });
    await inDialog("Name").fill("Nia Campbell");
    await inDialog("Work email").fill("nia.campbell@nhs.example");
    await inDialog("Why they are added by hand").fill("Transferred from the cancelled cohort");
    await dialog.getByRole("button", { name: "Add to the roster" }).click();
    await dialog.getByText("This cohort is completed: no one can join it now.").waitFor();
    expect(await inDialog("Name").inputValue()).toBe("Nia Campbell");
    await expectNoSeriousAxeViolations(page());
    await dialog.screenshot({ path: new URL("delivery-add-refused-desktop.png", ARTIFACTS_DIR).pathname });
    await dialog.getByRole("button", { name: "Cancel" }).click();
  });

  it("fills a register on a phone, and the roster's rates and flag follow", async () => {
    page().setDefaultTimeout(30_000);
    await page().setViewportSize(PHONE);
    await signIn(page());
    await openFebruary2024(page());
    await openAlsRegisterOf(page(), "Harpreet Gill");
    // Big enough to tap: each choice at least 44 pixels high.
    const choice = page().getByRole("listitem", { name: "Harpreet Gill" }).getByText("Excused", { exact: true });
    const box = await page().getByRole("listitem", { name: "Harpreet Gill" }).locator("label").filter({ hasText: "Excused" }).boundingBox();
    expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
    await choice.click();
    const overflow = await page().evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoSeriousAxeViolations(page());
    await expectReadableText(page());
    await shot(page(), "delivery-register-phone");
    await page().getByRole("button", { name: "Save the register (1 change)" }).click();
    await page().getByRole("button", { name: "All changes saved" }).waitFor();

    await page().getByRole("link", { name: "Back to the cohort" }).click();
    const row = rosterRow(page(), "Harpreet Gill");
    await row.getByText("Attended 2 of 3 (66.6%), 1 excused").waitFor();
    await expect(row.getByText("Absent twice in a row").count()).resolves.toBe(0);
    await expectReadableText(page());
    await shot(page(), "delivery-roster-phone");
    await row.screenshot({ path: new URL("delivery-roster-row-phone.png", ARTIFACTS_DIR).pathname });
    await rosterRow(page(), "Li Wei").screenshot({ path: new URL("delivery-roster-row2-phone.png", ARTIFACTS_DIR).pathname });

    // Put the demo back as it was (absent twice running).
    await mark(page(), "Harpreet Gill", "Absent");
    await page().getByRole("link", { name: "Back to the cohort" }).click();
    await rosterRow(page(), "Harpreet Gill").getByText("Absent twice in a row").waitFor();
  });

  it("shows the add form and the register on a phone, and the register on a desktop", async () => {
    await page().setViewportSize(PHONE);
    await signIn(page());
    await openFebruary2024(page());
    await page().getByRole("button", { name: "Add someone by hand" }).click();
    const dialog = page().getByRole("dialog");
    await dialog.getByRole("textbox", { name: "Why they are added by hand", exact: true }).waitFor();
    const overflow = await page().evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoSeriousAxeViolations(page());
    await dialog.screenshot({ path: new URL("delivery-add-phone.png", ARTIFACTS_DIR).pathname });
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await page().setViewportSize(DESKTOP);
    // A workshop day's register: the whole roster but the one who withdrew before it had a line.
    await page().getByRole("region", { name: "Registers" }).getByRole("link", { name: /register: / }).first().click();
    await expect.poll(() => page().getByRole("list", { name: "Register" }).getByRole("listitem").count()).toBeGreaterThanOrEqual(11);
    await expectNoSeriousAxeViolations(page());
    await expectReadableText(page());
    await page().screenshot({ path: new URL("delivery-register-desktop.png", ARTIFACTS_DIR).pathname });
  });

  it("edits the completion rule on the programme page", async () => {
    await page().setViewportSize(DESKTOP);
    await signIn(page(), { open: "/programmes" });
    await page().getByRole("link", { name: PROGRAMME }).first().click();
    const section = page().getByRole("region", { name: "Completion rule" });
    await section.waitFor();
    expect(await fieldByLabel(page(), "Least share of sessions attended, in %").inputValue()).toBe("75");
    await fieldByLabel(page(), "Least share of sessions attended, in %").fill("120");
    await section.getByRole("button", { name: "Save the completion rule" }).click();
    await section.getByText("Give a whole percentage from 0 to 100.").waitFor();
    await expectNoSeriousAxeViolations(page());
    await section.screenshot({ path: new URL("delivery-completion-rule-desktop.png", ARTIFACTS_DIR).pathname });
    await fieldByLabel(page(), "Least share of sessions attended, in %").fill("75");
    await section.getByRole("button", { name: "Save the completion rule" }).click();
    await page().getByText("Completion rule saved").waitFor();
  });
});
