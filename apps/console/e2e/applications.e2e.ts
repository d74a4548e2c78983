import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { DESKTOP, expectNoSeriousAxeViolations, PHONE, signIn } from "./support/browser";
import { ARTIFACTS_DIR } from "./support/e2eSettings";
import { usePage } from "./support/usePage";
import { linkFromMail } from "./support/mail";

const runId = Date.now().toString(36).slice(-5);
const shot = (page: Page, name: string) => page.screenshot({ path: new URL(`${name}.png`, ARTIFACTS_DIR).pathname, fullPage: true });

describe("applying, endorsing and accepting", () => {
  const page = usePage();

  it("a member of the public applies from the catalogue, the line manager endorses from the mailed link, the applicant accepts, and staff see the participant", { timeout: 600_000 }, async () => {
    const applicant = { name: `Adaeze Obi ${runId}`, email: `adaeze.${runId}@nhs.example` };
    const manager = { name: "Helen Clarke", email: `helen.${runId}@nhs.example` };

    // The public catalogue: Stepping Up's band 7 cohort, apply. (Generous waits: the dev server compiles pages on first visit.)
    page().setDefaultTimeout(60_000);
    await page().setViewportSize(DESKTOP);
    await page().goto("/catalogue");
    await page().getByRole("link", { name: "Stepping Up", exact: true }).click();
    await page().getByRole("link", { name: /^Apply for .*band 7/ }).first().click();
    await page().getByRole("heading", { name: "Apply to Stepping Up", level: 1 }).waitFor();

    // Sending it empty explains every missing answer beside its field, and nothing is saved.
    await page().getByRole("button", { name: "Send my application" }).click();
    await page().getByText("Your application was not sent").waitFor();
    await page().getByText("Enter your name.").waitFor();
    await page().getByText("Choose your staff group.").waitFor();

    await page().getByRole("textbox", { name: "Full name", exact: true }).fill(applicant.name);
    await page().getByRole("textbox", { name: "Work email", exact: true }).fill(applicant.email);
    await page().getByRole("combobox", { name: "Your organisation" }).fill("Oxford Univ");
    await page().getByRole("option", { name: /Oxford University Hospitals/ }).click();
    await page().getByRole("textbox", { name: "Job title", exact: true }).fill("Clinical nurse specialist");
    await page().getByRole("combobox", { name: "Staff group" }).click();
    await page().getByRole("option", { name: "Nursing and midwifery" }).click();
    await page().getByRole("combobox", { name: "Band or grade" }).click();
    await page().getByRole("option", { name: "Band 7", exact: true }).click();
    await page().getByLabel(/I identify as Black, Asian or minority ethnic/).check();
    await page().getByLabel(/I agree that the NHS Leadership Academy/).check();
    await page().getByRole("textbox", { name: "Line manager's name" }).fill(manager.name);
    await page().getByRole("textbox", { name: "Line manager's work email" }).fill(manager.email);
    await page().getByLabel(/Why do you want to join Stepping Up/).fill("I lead a team of eight and want to step up to matron.");
    await expectNoSeriousAxeViolations(page());
    await page().getByRole("button", { name: "Send my application" }).click();

    // The private status page: a place is held while the line manager is asked.
    await page().getByText("Application sent").waitFor();
    await page().getByRole("heading", { name: "A place is held for you", level: 2 }).waitFor();
    const statusPath = new URL(page().url()).pathname;
    await expectNoSeriousAxeViolations(page());
    await shot(page(), "application-status-held-desktop");

    // The line manager's email, read in the mail viewer (staff sign in to see the development mailbox).
    await signIn(page());
    const endorsePath = await linkFromMail(page(), new RegExp(`${applicant.name} asks for your support`), "/applications/endorse/");
    await page().context().clearCookies();
    await page().goto(endorsePath);
    await page().getByRole("heading", { name: `${applicant.name} asks for your support for Stepping Up` }).waitFor();
    await expectNoSeriousAxeViolations(page());
    await shot(page(), "application-endorse-desktop");
    await page().getByLabel("Comment (optional)").fill("Adaeze has my full support.");
    await page().getByRole("button", { name: "Endorse the application" }).click();
    await page().getByText("You endorsed this application").waitFor();

    // The applicant's offer, accepted from the status page.
    await page().goto(statusPath);
    await page().getByRole("heading", { name: "A place is offered to you", level: 2 }).waitFor();
    await page().setViewportSize(PHONE);
    await shot(page(), "application-status-offered-phone");
    await page().getByRole("button", { name: "Accept my place" }).click();
    await page().getByRole("heading", { name: "You have a place", level: 2 }).waitFor();
    await expect(page().getByText("Offer accepted").count()).resolves.toBeGreaterThan(0);

    // Staff see the participant on the cohort's page.
    await page().setViewportSize(DESKTOP);
    await signIn(page(), { open: "/cohorts" });
    await page().getByRole("link", { name: /band 7/ }).first().click();
    // On the roster (the places section counts them and points there).
    const roster = page().getByRole("region", { name: "Roster" });
    await roster.getByRole("listitem", { name: applicant.name }).waitFor();
    await shot(page(), "cohort-participants-desktop");
  });

  it("a tampered link says so plainly", { timeout: 120_000 }, async () => {
    page().setDefaultTimeout(60_000);
    await page().goto("/applications/status/not-a-real-token.at-all");
    await page().getByRole("heading", { name: "This link doesn't work", level: 1 }).waitFor();
  });
});
