import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { DESKTOP, expectNoSeriousAxeViolations, expectReadableText, PHONE, signIn } from "./support/browser";
import { ARTIFACTS_DIR } from "./support/e2eSettings";
import { fieldByLabel } from "./support/fieldByLabel";
import { chooseOption } from "./support/organisationsPage";
import { usePage } from "./support/usePage";
import { linkFromMail } from "./support/mail";

const runId = Date.now().toString(36).slice(-5);
/** A follow-up point the demo data doesn't use, different on each run against a kept database. */
const months = 13 + (parseInt(runId, 36) % 20);
const PROGRAMME = "South East BAME Career Development Programme";

const shot = (page: Page, name: string) => page.screenshot({ path: new URL(`evaluations-${name}.png`, ARTIFACTS_DIR).pathname, fullPage: true });

describe("evaluations", () => {
  const page = usePage();

  it("staff build a questionnaire, send it, a participant answers from the mailed link on a phone, and staff see the results", { timeout: 600_000 }, async () => {
    await page().setViewportSize(DESKTOP);
    await signIn(page());
    await page().getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Evaluations" }).click();
    await page().getByRole("link", { name: PROGRAMME, exact: true }).click();
    await page().getByRole("heading", { name: "Questionnaires", level: 2 }).waitFor();
    await page().getByText("Looking back on the programme").waitFor();

    // Build: a follow-up with two questions from the bank; the first save is refused for want of a title.
    await page().getByRole("button", { name: "Build a questionnaire" }).click();
    await chooseOption(page(), "When", "Follow-up");
    await fieldByLabel(page(), "Months after the programme ends").fill(String(months));
    await page().getByRole("checkbox", { name: "Ask: How confident do you feel about applying for a more senior role?" }).check();
    await page().getByRole("checkbox", { name: "Ask: What have you done differently at work since the programme?" }).check();
    await page().getByRole("switch", { name: "Must be answered: What have you done differently at work since the programme?" }).uncheck();
    await page().getByRole("button", { name: "Save questionnaire" }).click();
    await page().getByText("Give the questionnaire a title.").waitFor();
    await expectNoSeriousAxeViolations(page());
    await fieldByLabel(page(), "Title").fill(`Checking in ${runId}`);
    await page().getByRole("button", { name: "Save questionnaire" }).click();
    await page().getByRole("heading", { name: `Checking in ${runId}` }).waitFor();
    await page().getByText(`Follow-up at ${months} months`).first().waitFor();
    await expectNoSeriousAxeViolations(page());
    await shot(page(), "builder-desktop");

    // Send it now to the February 2027 cohort (the demo has a participant there).
    await page().getByRole("link", { name: "See results" }).click();
    const section = page().getByRole("region", { name: `Checking in ${runId}` });
    await section.waitFor();
    const cohortRow = section.getByRole("row").filter({ hasText: "February 2027" });
    await cohortRow.getByRole("button", { name: "Send now" }).click();
    await cohortRow.getByText(/^Sent /).waitFor();

    // The participant answers from the link in their email, on a phone, without signing in.
    const path = await linkFromMail(page(), new RegExp(`Follow-up at ${months} months: Checking in ${runId}`), "evaluations/answer");
    await page().context().clearCookies();
    await page().setViewportSize(PHONE);
    await page().goto(path);
    await page().getByRole("heading", { name: `Checking in ${runId}`, level: 1 }).waitFor();
    await page().getByRole("button", { name: "Send my answers" }).click();
    await page().getByText("Choose a point on the scale: this question must be answered.").waitFor();
    await expectNoSeriousAxeViolations(page());
    await page().getByRole("radio", { name: "4" }).check();
    await fieldByLabel(page(), "2. What have you done differently at work since the programme?").fill("I applied for a band 7 post.");
    await page().getByRole("button", { name: "Send my answers" }).click();
    await page().getByText("Thank you: your answers are saved").waitFor();
    await expectNoSeriousAxeViolations(page());
    await expectReadableText(page());
    expect(await page().evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await shot(page(), "answer-phone");

    // Staff close answering: one respondent is too few to show anything; the demo cohort's change before and after shows.
    await page().setViewportSize(DESKTOP);
    await signIn(page(), { open: "/evaluations" });
    await page().getByRole("link", { name: `Results for ${PROGRAMME}` }).click();
    const closing = page().getByRole("region", { name: `Checking in ${runId}` });
    await closing.getByRole("row").filter({ hasText: "February 2027" }).getByRole("button", { name: "Close answering" }).click();
    await closing.getByText("(closed)").waitFor();
    await closing.getByText("Too few answers to show (7 or fewer), so no one's answer can be told.").first().waitFor();
    await expect.poll(() => closing.getByText("I applied for a band 7 post.").count()).toBe(0);
    const confidence = page().getByRole("row").filter({ hasText: "Confidence" }).first();
    expect(await confidence.textContent()).toMatch(/Rose: the interval is above 0/);
    await expectNoSeriousAxeViolations(page());
    await expectReadableText(page());
    await shot(page(), "results-desktop");
  });
});
