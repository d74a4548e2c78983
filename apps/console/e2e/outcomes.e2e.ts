import { createHmac } from "node:crypto";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { DESKTOP, expectNoSeriousAxeViolations, expectReadableText, PHONE, signIn } from "./support/browser";
import { ARTIFACTS_DIR } from "./support/e2eSettings";
import { fieldByLabel } from "./support/fieldByLabel";
import { chooseOption } from "./support/organisationsPage";
import { usePage } from "./support/usePage";

/** Today in London, YYYY-MM-DD (the e2e tests import no workspace package: they drive the built console). */
const today = () => new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(new Date());
const addDaysToLocalDate = (date: string, days: number) => new Date(Date.parse(`${date}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
/** A different date each run, so reruns against a kept database record a new outcome rather than meet "already recorded". */
const effectiveOn = addDaysToLocalDate(today(), -(1 + (Date.now() % 200)));

/** Sends a GraphQL request with the page's session cookie, as the console itself would. */
async function graphqlAsSignedInUser<T>(page: Page, query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await page.request.post("/graphql", { data: { query, variables } });
  const body = (await response.json()) as { data: T; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  return body.data;
}

/**
 * A participant's follow-up link as the daily job mails it (purpose "p", the participant, link version 1, an expiry),
 * signed with the development link secret the e2e api runs with: the job only mails people 6, 12 or 24 months after
 * completion, and the demo cohort a person can be added to has not run yet.
 */
function participantFollowUpToken(participantGlobalId: string): string {
  const participantId = Buffer.from(participantGlobalId, "base64url").toString("utf8").split(":")[1];
  const payload = Buffer.from(`p.${participantId}.1.${Math.floor(Date.now() / 1000) + 3600}`, "utf8").toString("base64url");
  return `${payload}.${createHmac("sha256", "ascent-development-link-secret-not-for-production").update(payload).digest("base64url")}`;
}

describe("career outcomes and programme impact", () => {
  const page = usePage();

  it("records an outcome for a participant, refusing a future date beside the field, and reads the programme's impact", async () => {
    await page().setViewportSize(DESKTOP);
    await signIn(page());
    await page().getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Career outcomes" }).click();
    await page().getByRole("heading", { name: "Career outcomes", level: 1 }).waitFor();
    await page().getByRole("link", { name: "Record outcomes: West Essex 2020, band 7" }).click();
    await page().getByRole("heading", { name: "People and their outcomes" }).waitFor();
    await expectNoSeriousAxeViolations(page());

    await fieldByLabel(page(), "Person").click();
    const person = page().getByRole("option").filter({ hasText: "(Participant)" }).first();
    const personLabel = (await person.textContent()) ?? "";
    await person.click();
    await chooseOption(page(), "What happened", "Promotion");
    await fieldByLabel(page(), "Took effect on").fill(addDaysToLocalDate(today(), 3));
    await chooseOption(page(), "Band before", "Band 7");
    await chooseOption(page(), "Band after", "Band 8a");
    await page().getByRole("button", { name: "Record outcome" }).click();
    await page().getByText("The date can't be in the future: record it once it has happened.").waitFor();
    expect(await fieldByLabel(page(), "Took effect on").inputValue()).toBe(addDaysToLocalDate(today(), 3));
    await expectNoSeriousAxeViolations(page());
    await page().screenshot({ path: new URL("outcomes-refused-desktop.png", ARTIFACTS_DIR).pathname, fullPage: true });

    await fieldByLabel(page(), "Took effect on").fill(effectiveOn);
    await page().getByRole("button", { name: "Record outcome" }).click();
    await page().getByText("Outcome recorded").waitFor();
    const name = personLabel.replace(" (Participant)", "");
    const row = page().getByRole("row").filter({ has: page().getByRole("rowheader", { name, exact: true }) });
    const shownDate = new Date(`${effectiveOn}T12:00:00Z`).toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
    await expect.poll(() => row.textContent()).toContain(`Promotion, ${shownDate} (Band 7 → Band 8a)`);

    await page().getByRole("link", { name: "Back to career outcomes" }).click();
    await page().getByRole("link", { name: "Impact of Stepping Up" }).click();
    await page().getByRole("heading", { name: "Within 24 months" }).waitFor();
    await page().getByRole("img", { name: /Chart of the share promoted/ }).waitFor();
    await expectNoSeriousAxeViolations(page());
    await expectReadableText(page());
    await page().screenshot({ path: new URL("impact-desktop.png", ARTIFACTS_DIR).pathname, fullPage: true });
    await page().getByRole("button", { name: "Show promotion over time as table" }).click();
    const table = page().getByRole("region", { name: "Promotion over time, as a table" });
    await table.getByRole("rowheader", { name: "24 months" }).waitFor();
    expect(await table.getByRole("row").count()).toBe(4);
    await expectNoSeriousAxeViolations(page());
  });

  it("records an outcome for someone the academy added to the roster by hand, on a desktop and a phone", async () => {
    await page().setViewportSize(DESKTOP);
    await signIn(page());
    const name = `Tomi Adeyemi ${Date.now() % 100_000}`;
    await page().goto(new URL("/programmes", page().url()).toString());
    await page().getByRole("link", { name: "South East BAME Career Development Programme" }).first().click();
    await page().getByRole("link", { name: "February 2027" }).click();
    await page().getByRole("region", { name: "Roster" }).waitFor();
    // A cohort not yet under way has no "Record outcomes" link on Career outcomes: its page opens from the cohort's id.
    const cohortId = new URL(page().url()).pathname.split("/").pop() ?? "";
    await page().getByRole("button", { name: "Add someone by hand" }).click();
    const dialog = page().getByRole("dialog");
    await dialog.getByRole("textbox", { name: "Name", exact: true }).fill(name);
    await dialog.getByRole("textbox", { name: "Work email", exact: true }).fill(`tomi.${Date.now()}@nhs.example`);
    await dialog.getByRole("textbox", { name: "Why they are added by hand", exact: true }).fill("On the roster the trust sent");
    await dialog.getByRole("button", { name: "Add to the roster" }).click();
    await dialog.waitFor({ state: "detached" });

    await page().goto(new URL(`/outcomes/cohorts/${cohortId}`, page().url()).toString());
    await page().getByRole("heading", { name: "People and their outcomes" }).waitFor();
    await fieldByLabel(page(), "Person").click();
    await page().getByRole("option", { name: `${name} (Participant, added by hand)` }).click();
    await chooseOption(page(), "What happened", "Secondment");
    await fieldByLabel(page(), "Took effect on").fill(effectiveOn);
    await page().getByRole("button", { name: "Record outcome" }).click();
    await page().getByText("Outcome recorded").waitFor();
    const row = page().getByRole("row").filter({ has: page().getByRole("rowheader", { name, exact: true }) });
    await expect.poll(() => row.textContent()).toContain("Added by hand");
    await expect.poll(() => row.textContent()).toContain("Secondment");
    await expectNoSeriousAxeViolations(page());
    await page().screenshot({ path: new URL("outcomes-hand-added-desktop.png", ARTIFACTS_DIR).pathname, fullPage: true });
    await page().setViewportSize(PHONE);
    await page().screenshot({ path: new URL("outcomes-hand-added-phone.png", ARTIFACTS_DIR).pathname, fullPage: true });
    const overflow = await page().evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, "no sideways scrolling on a phone").toBeLessThanOrEqual(0);

    // The cohort is the demo's, shared with the mentoring board's test: the person leaves the roster again, so its
    // mentor gate (withdrawn people don't count) reads as the demo left it.
    await page().setViewportSize(DESKTOP);
    await page().goto(new URL(`/cohorts/${cohortId}`, page().url()).toString());
    const person = page().getByRole("region", { name: "Roster" }).getByRole("listitem", { name, exact: true });
    await person.getByRole("button", { name: "Withdraw" }).click();
    const leaving = page().getByRole("dialog");
    await leaving.getByRole("textbox", { name: "Why they are leaving", exact: true }).fill("Added for this test only");
    await leaving.getByRole("button", { name: "Withdraw" }).click();
    await leaving.waitFor({ state: "detached" });
    await expect.poll(() => person.textContent()).toMatch(/Withdrawn/i);
  });

  it("someone added by hand records a promotion from their follow-up link, on a desktop and a phone; withdrawal ends the link", async () => {
    await page().setViewportSize(DESKTOP);
    await signIn(page());
    const name = `Ife Bello ${Date.now() % 100_000}`;
    await page().goto(new URL("/programmes", page().url()).toString());
    await page().getByRole("link", { name: "South East BAME Career Development Programme" }).first().click();
    await page().getByRole("link", { name: "February 2027" }).click();
    await page().getByRole("region", { name: "Roster" }).waitFor();
    const cohortId = new URL(page().url()).pathname.split("/").pop() ?? "";
    const { addParticipant } = await graphqlAsSignedInUser<{ addParticipant: { participant: { id: string } | null; userErrors: unknown[] } }>(
      page(),
      `mutation ($input: AddParticipantInput!) { addParticipant(input: $input) { participant { id } userErrors { message } } }`,
      { input: { cohortId, name, email: `ife.${Date.now()}@nhs.example`, band: "BAND_6", organisationName: "Kent Community Health", reason: "On the roster the trust sent" } },
    );
    expect(addParticipant.userErrors).toEqual([]);
    const participantId = addParticipant.participant?.id ?? "";
    const link = `/outcomes/follow-up/${encodeURIComponent(participantFollowUpToken(participantId))}`;

    await page().goto(new URL(link, page().url()).toString());
    await page().getByRole("heading", { name: `${name}, how has your career moved on?`, level: 1 }).waitFor();
    await page().getByText("since you joined the programme. When you joined you were at Band 6.").waitFor();
    await chooseOption(page(), "What happened", "Promotion");
    await fieldByLabel(page(), "Took effect on").fill(effectiveOn);
    await chooseOption(page(), "Band after", "Band 7");
    await page().getByRole("button", { name: "Send" }).click();
    await page().getByText("Thank you: it is recorded").waitFor();
    await page().getByRole("heading", { name: "What you have told us" }).waitFor();
    await expectNoSeriousAxeViolations(page());
    await expectReadableText(page());
    await page().screenshot({ path: new URL("follow-up-hand-added-desktop.png", ARTIFACTS_DIR).pathname, fullPage: true });
    await page().setViewportSize(PHONE);
    await page().reload();
    await page().getByRole("heading", { name: "What you have told us" }).waitFor();
    await page().screenshot({ path: new URL("follow-up-hand-added-phone.png", ARTIFACTS_DIR).pathname, fullPage: true });
    const overflow = await page().evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, "no sideways scrolling on a phone").toBeLessThanOrEqual(0);

    // The cohort is the demo's: the person leaves the roster again, which also ends their link.
    await page().setViewportSize(DESKTOP);
    const { withdrawParticipant } = await graphqlAsSignedInUser<{ withdrawParticipant: { userErrors: unknown[] } }>(
      page(),
      `mutation ($input: WithdrawParticipantInput!) { withdrawParticipant(input: $input) { userErrors { message } } }`,
      { input: { participantId, reason: "Added for this test only" } },
    );
    expect(withdrawParticipant.userErrors).toEqual([]);
    await page().goto(new URL(link, page().url()).toString());
    await page().getByRole("heading", { name: "This link doesn't work", level: 1 }).waitFor();
  });

  it("an academy enters a cohort that already ran: past dates, a person added by hand, started from planned; desktop and phone", async () => {
    await page().setViewportSize(DESKTOP);
    await signIn(page(), { open: "/programmes" });
    await page().getByRole("link", { name: "South East BAME Career Development Programme" }).first().click();
    await page().getByRole("link", { name: "February 2027" }).waitFor();
    const programmeId = new URL(page().url()).pathname.split("/").pop() ?? "";
    const name = `Ran in spring ${Date.now() % 100_000}`;
    const { createCohort } = await graphqlAsSignedInUser<{ createCohort: { cohort: { id: string } | null; userErrors: unknown[] } }>(
      page(),
      `mutation ($input: CreateCohortInput!) { createCohort(input: $input) { cohort { id } userErrors { message } } }`,
      { input: { programmeId, name, capacity: 12, allocationPolicy: "FIRST_COME_FIRST_SERVED", startsOn: addDaysToLocalDate(today(), -270), endsOn: addDaysToLocalDate(today(), -240) } },
    );
    expect(createCohort.userErrors).toEqual([]);
    const cohortId = createCohort.cohort?.id ?? "";
    const { addParticipant } = await graphqlAsSignedInUser<{ addParticipant: { userErrors: unknown[] } }>(
      page(),
      `mutation ($input: AddParticipantInput!) { addParticipant(input: $input) { userErrors { message } } }`,
      { input: { cohortId, name: "Ola Nwosu", email: `ola.${Date.now()}@nhs.example`, band: "BAND_6", organisationName: "Kent Community Health", reason: "On the paper register" } },
    );
    expect(addParticipant.userErrors).toEqual([]);

    await page().goto(new URL(`/cohorts/${cohortId}`, page().url()).toString());
    await page().getByRole("region", { name: "Roster" }).getByText("Ola Nwosu").waitFor();
    // It never took applications, and its first day has passed: it starts from planned.
    await page().getByRole("button", { name: "Start the cohort" }).click();
    await page().getByText("The cohort is running.").waitFor();
    await page().getByRole("button", { name: "Mark as completed" }).waitFor();

    // Her register and evaluation were on paper: the rule refuses, and staff complete her by exception, with the reason kept.
    const ola = page().getByRole("region", { name: "Roster" }).getByRole("listitem", { name: "Ola Nwosu" });
    await ola.getByRole("button", { name: "Mark completed" }).click();
    await ola.getByRole("alert").getByText(/Ola Nwosu doesn't meet the completion rule yet/).first().waitFor();
    await ola.getByRole("button", { name: "Complete by exception…" }).click();
    const dialog = page().getByRole("dialog", { name: "Complete Ola Nwosu by exception" });
    await dialog.getByRole("button", { name: "Mark completed" }).click();
    await dialog.getByText("Say why they completed although the rule is not met.").first().waitFor();
    await dialog.getByRole("textbox", { name: "Why they completed anyway" }).fill("Attended both days on the paper register; evaluation returned on paper.");
    await expectNoSeriousAxeViolations(page());
    await dialog.screenshot({ path: new URL("complete-by-exception-desktop.png", ARTIFACTS_DIR).pathname });
    await page().setViewportSize(PHONE);
    await page().screenshot({ path: new URL("complete-by-exception-phone.png", ARTIFACTS_DIR).pathname });
    await page().setViewportSize(DESKTOP);
    await dialog.getByRole("button", { name: "Mark completed" }).click();
    await dialog.waitFor({ state: "detached" });
    await ola.getByText(/^Completed /).waitFor();
    // The dialog's trigger went with the refusal: focus lands on her row, not on the page's skip link.
    await expect.poll(() => page().evaluate(() => document.activeElement?.getAttribute("aria-label") ?? document.activeElement?.tagName)).toBe("Ola Nwosu");
    await expectNoSeriousAxeViolations(page());
    await page().screenshot({ path: new URL("past-cohort-started-desktop.png", ARTIFACTS_DIR).pathname, fullPage: true });
    await page().setViewportSize(PHONE);
    await page().screenshot({ path: new URL("past-cohort-started-phone.png", ARTIFACTS_DIR).pathname, fullPage: true });
    const overflow = await page().evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, "no sideways scrolling on a phone").toBeLessThanOrEqual(0);

    // The programme is the demo's, whose impact other tests read: the cohort is cancelled again, which leaves it out.
    await page().setViewportSize(DESKTOP);
    const { cancelCohort } = await graphqlAsSignedInUser<{ cancelCohort: { userErrors: unknown[] } }>(page(), `mutation ($input: CohortIdInput!) { cancelCohort(input: $input) { userErrors { message } } }`, { input: { id: cohortId } });
    expect(cancelCohort.userErrors).toEqual([]);
  });

  it("shows Stepping Up's impact readably on a phone: the demo data's verdicts, no sideways scrolling", async () => {
    await page().setViewportSize(PHONE);
    await signIn(page(), { open: "/outcomes" });
    await page().getByRole("link", { name: "Impact of Stepping Up" }).click();
    const card = page().getByRole("region", { name: "Within 24 months" });
    await card.getByText("Participants more likely to be promoted").waitFor();
    await page().getByRole("region", { name: "Within 12 months" }).getByText("Inconclusive").first().waitFor();
    await expectNoSeriousAxeViolations(page());
    await expectReadableText(page());
    const overflow = await page().evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page().screenshot({ path: new URL("impact-phone.png", ARTIFACTS_DIR).pathname, fullPage: true });

    // As a table it scrolls sideways inside its region, and its caption stays within the screen, read without scrolling.
    await page().getByRole("button", { name: "Show promotion over time as table" }).click();
    const table = page().getByRole("region", { name: "Promotion over time, as a table" });
    await table.getByRole("table", { name: "Share promoted within each horizon, with 95% intervals" }).scrollIntoViewIfNeeded();
    await expectReadableText(page());
    expect(await page().evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await page().screenshot({ path: new URL("impact-table-phone.png", ARTIFACTS_DIR).pathname });
  });
});
