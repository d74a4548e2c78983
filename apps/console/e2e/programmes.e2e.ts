import fs from "node:fs/promises";
import type { Cookie, Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectNoSeriousAxeViolations, signIn } from "./support/browser";
import { fieldByLabel } from "./support/fieldByLabel";
import { chooseOption } from "./support/organisationsPage";
import { usePage } from "./support/usePage";

/** Makes titles unique per run, so reruns against a kept database do not collide. */
const runId = Date.now().toString(36).slice(-5).toUpperCase();
const programmeTitle = `E2E Inclusive Leadership ${runId}`;
const trackName = "Band 8a and above";
const cohortName = `E2E cohort ${runId}`;

/** Today's date in London, YYYY-MM-DD (en-CA writes dates that way). */
const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
const nextYear = Number(today.slice(0, 4)) + 1;
const closesOn = `${nextYear}-01-29`;

/** Shared between the tests of this file, which run in order. */
let programmePath = "";
let cohortPath = "";

/** The input or textarea labelled `label` inside `scope` (a section, a module, a dialog). */
function fieldIn(scope: Locator, label: string): Locator {
  return scope.getByLabel(label).and(scope.locator("input, textarea"));
}

/**
 * The session of the first sign-in, reused by the later tests of this file:
 * the api allows 30 sign-in attempts per address in its throttle window, and
 * the whole suite shares one address.
 */
let sessionCookies: Cookie[] = [];

async function signInOnce(page: Page): Promise<void> {
  if (sessionCookies.length > 0) {
    await page.context().addCookies(sessionCookies);
    return;
  }
  await signIn(page);
  sessionCookies = await page.context().cookies();
}

async function waitForNotification(page: Page, title: string) {
  await page.getByText(title, { exact: true }).first().waitFor();
}

describe("programmes and cohorts", () => {
  const page = usePage();

  it("lists the seeded programmes with their academy and status, and filters by status", async () => {
    await signInOnce(page());
    await page().getByRole("link", { name: "Programmes" }).click();
    await page().getByRole("heading", { name: "Programmes", level: 1 }).waitFor();
    const steppingUp = page().getByRole("row").filter({ has: page().getByRole("link", { name: "Stepping Up", exact: true }) });
    await steppingUp.waitFor();
    expect(await steppingUp.textContent()).toContain("NHS Leadership Academy");
    expect(await steppingUp.textContent()).toContain("Published");
    await expectNoSeriousAxeViolations(page());

    await chooseOption(page(), "Status", "Draft");
    await page().keyboard.press("Escape");
    await page().waitForURL((url) => url.searchParams.getAll("status").join() === "DRAFT");
    await expect.poll(() => page().getByRole("link", { name: "Stepping Up", exact: true }).count(), { timeout: 30_000 }).toBe(0);
  });

  it("creates a programme with a track and a module template, and publishes it", async () => {
    await signInOnce(page());
    await page().goto("/programmes/new");
    await page().getByRole("heading", { name: "New programme" }).waitFor();

    await chooseOption(page(), "Academy", "NHS Leadership Academy", "NHS Leadership");
    await fieldByLabel(page(), "Title").fill(programmeTitle);
    await fieldByLabel(page(), "Summary").fill("A positive action programme for senior leaders, tested end to end.");
    await fieldByLabel(page(), "Description").fill("First paragraph.\n\nSecond paragraph.");

    // Ordered lists: add two aims, then move the second above the first.
    await page().getByRole("button", { name: "Add aim" }).click();
    await fieldByLabel(page(), "Aim 1").fill("Build confidence");
    await page().getByRole("button", { name: "Add aim" }).click();
    await fieldByLabel(page(), "Aim 2").fill("Grow networks");
    await page().getByRole("button", { name: "Move aim 2 up" }).click();
    expect(await fieldByLabel(page(), "Aim 1").inputValue()).toBe("Grow networks");
    expect(await fieldByLabel(page(), "Aim 2").inputValue()).toBe("Build confidence");

    await page().getByRole("checkbox", { name: "Face to face" }).check();
    await fieldByLabel(page(), "Duration").fill("6 months");

    // Eligibility reads back as sentences while it is edited.
    await chooseOption(page(), "Agenda for Change bands", "Band 8a");
    await page().getByRole("option", { name: "Band 8b", exact: true }).click();
    await page().keyboard.press("Escape");
    await page().getByRole("radio", { name: "Positive action for Black, Asian and minority ethnic staff" }).check();
    await page().getByRole("checkbox", { name: "Support of your line manager" }).check();
    const preview = page().getByTestId("eligibility-preview");
    await expect.poll(() => preview.textContent()).toContain("Open to Agenda for Change bands 8a and 8b.");
    expect(await preview.textContent()).toContain("A positive action programme for staff who identify as Black, Asian or minority ethnic");
    expect(await preview.textContent()).toContain("You need your line manager's support before applying.");

    const shared = page().getByRole("group", { name: "Shared modules", exact: true });
    await shared.getByRole("button", { name: "Add module" }).click();
    await fieldIn(shared, "Module title").fill("Opening workshop");

    await page().getByRole("button", { name: "Add track" }).click();
    const track = page().getByRole("group", { name: "Track 1", exact: true });
    await fieldIn(track, "Track name").fill(trackName);
    await track.getByRole("button", { name: "Add module" }).click();
    await fieldIn(track, "Module title").fill("Action Learning Set");
    await fieldIn(track.getByRole("group", { name: "Track 1 modules: Module 1" }), "Kind").click();
    await page().getByRole("option", { name: "Action Learning Set", exact: true }).click();
    await expectNoSeriousAxeViolations(page());

    await page().getByRole("button", { name: "Create programme" }).click();
    await waitForNotification(page(), "Programme created");
    await page().waitForURL((url) => /^\/programmes\/(?!new)[^/]+$/.test(url.pathname));
    programmePath = new URL(page().url()).pathname;
    await page().getByRole("heading", { name: programmeTitle, level: 1 }).waitFor();
    await page().getByRole("form", { name: trackName }).waitFor();
    // The programme page reads like the programme; the form is one "Edit details" away.
    const about = page().getByRole("region", { name: "About the programme" });
    expect(await about.getByRole("listitem").allTextContents()).toEqual(expect.arrayContaining(["Grow networks", "Build confidence"]));
    expect(await fieldByLabel(page(), "Title").count()).toBe(0);
    await page().reload();
    await page().getByRole("form", { name: trackName }).waitFor();
    await expectNoSeriousAxeViolations(page());

    await page().getByRole("button", { name: "Publish" }).click();
    await waitForNotification(page(), "Status changed");
    await page().getByRole("region", { name: "Status" }).getByText("Published").waitFor();
    await page().getByRole("button", { name: "Archive" }).waitFor();
  });

  it("shows the server's message beside the field it names, keeping what was typed", async () => {
    expect(programmePath, "the programme from the previous test").not.toBe("");
    await signInOnce(page());
    await page().goto(programmePath);
    await page().getByRole("heading", { name: programmeTitle, level: 1 }).waitFor();
    await page().getByRole("link", { name: "Edit details" }).click();
    await page().getByRole("heading", { name: `Edit ${programmeTitle}`, level: 1 }).waitFor();
    expect(await fieldByLabel(page(), "Aim 1").inputValue()).toBe("Grow networks");
    const shared = page().getByRole("group", { name: "Shared modules", exact: true });
    // Only top-level fields are checked in the browser; a module's title is the server's to require.
    await fieldIn(shared, "Module title").fill("");
    await fieldByLabel(page(), "Duration").fill("6 to 7 months");
    await page().getByRole("button", { name: "Save changes" }).click();
    await page().getByRole("alert").filter({ hasText: "The programme was not saved" }).waitFor();
    const titleField = fieldIn(shared, "Module title");
    await expect.poll(() => titleField.getAttribute("aria-invalid")).toBe("true");
    expect(await shared.textContent()).toContain("Enter the module's title.");
    expect(await fieldByLabel(page(), "Duration").inputValue()).toBe("6 to 7 months");
  });

  it("schedules a cohort of the programme, opens it and generates its sessions", async () => {
    expect(programmePath, "the programme from the previous test").not.toBe("");
    await signInOnce(page());
    await page().goto(programmePath);
    await page().getByRole("link", { name: "New cohort" }).click();
    await page().getByRole("heading", { name: "New cohort" }).waitFor();
    // The programme comes from the address; its tracks are offered.
    await expect.poll(() => fieldByLabel(page(), "Programme").inputValue()).toBe(programmeTitle);
    await fieldByLabel(page(), "Name").fill(cohortName);
    await fieldByLabel(page(), "Places").fill("12");
    await fieldByLabel(page(), "Applications open on").fill(today);
    await fieldByLabel(page(), "Opening time").fill("00:00");
    await fieldByLabel(page(), "Applications close on").fill(closesOn);
    await fieldByLabel(page(), "Closing time").fill("17:00");
    await fieldByLabel(page(), "First day").fill(`${nextYear}-03-01`);
    await fieldByLabel(page(), "Last day").fill(`${nextYear}-06-30`);
    // Part of the curriculum is in the track: a cohort without one is refused at the field, keeping the rest.
    await page().getByRole("button", { name: "Create cohort" }).click();
    await expect.poll(() => fieldByLabel(page(), "Track").getAttribute("aria-invalid")).toBe("true");
    expect(await fieldByLabel(page(), "Name").inputValue()).toBe(cohortName);
    await chooseOption(page(), "Track", trackName);
    await page().getByRole("button", { name: "Create cohort" }).click();

    await waitForNotification(page(), "Cohort created");
    await page().waitForURL((url) => /^\/cohorts\/(?!new)[^/]+$/.test(url.pathname));
    cohortPath = new URL(page().url()).pathname;
    await page().getByRole("heading", { name: cohortName, level: 1 }).waitFor();
    const status = page().getByRole("region", { name: "Status" });
    await status.getByText("Planned").waitFor();
    // An administrator follows the cohort's own audit trail from its page.
    expect(await page().getByRole("link", { name: "Audit trail of this cohort" }).getAttribute("href")).toMatch(/^\/audit\?target=/);

    // With no sessions it can't open: applicants would see no dates.
    await page().getByRole("button", { name: "Open for applications" }).click();
    await status.getByText(/Add the cohort's sessions before opening it/).waitFor();
    await status.getByText("Planned").waitFor();

    await page().getByRole("button", { name: "Generate sessions" }).click();
    await waitForNotification(page(), "Sessions generated");
    const schedule = page().getByRole("region", { name: "Schedule" });
    await schedule.getByText("Opening workshop", { exact: true }).waitFor();
    await schedule.getByText("Action Learning Set", { exact: true }).first().waitFor();

    await page().getByRole("button", { name: "Open for applications" }).click();
    await waitForNotification(page(), "Status changed");
    await status.getByRole("button", { name: "Close applications" }).waitFor();
    await status.getByText("Open for applications", { exact: true }).waitFor();
    // Checked without the notifications, which axe reads mid-animation.
    await page().reload();
    await schedule.getByText("Opening workshop", { exact: true }).waitFor();
    await expectNoSeriousAxeViolations(page());

    // Move the workshop to the afternoon.
    await schedule.getByRole("button", { name: /^Edit Opening workshop/ }).click();
    const dialog = page().getByRole("dialog");
    await fieldIn(dialog, "Starts at").fill("13:00");
    await fieldIn(dialog, "Ends at").fill("16:00");
    await fieldIn(dialog, "Venue").fill("Skipton House, London");
    await dialog.getByRole("button", { name: "Save session" }).click();
    await waitForNotification(page(), "Session saved");
    await schedule.getByRole("cell", { name: "13:00–16:00" }).waitFor();
    await schedule.getByText("Skipton House, London").waitFor();

    // Add a session by hand: outside the cohort's dates it is refused beside the date, then placed inside them.
    await schedule.getByRole("button", { name: "Add a session" }).click();
    const adding = page().getByRole("dialog", { name: "Add a session" });
    await fieldIn(adding, "Session title").fill("Follow-up evaluation");
    await fieldIn(adding, "Date").fill(`${nextYear}-08-03`);
    await fieldIn(adding, "Venue").fill("Online follow-up");
    await adding.getByRole("button", { name: "Save session" }).click();
    await expect.poll(() => fieldIn(adding, "Date").getAttribute("aria-invalid")).toBe("true");
    expect(await fieldIn(adding, "Session title").inputValue()).toBe("Follow-up evaluation");
    await fieldIn(adding, "Date").fill(`${nextYear}-06-15`);
    await adding.getByRole("button", { name: "Save session" }).click();
    await waitForNotification(page(), "Session saved");
    await schedule.getByText("Follow-up evaluation", { exact: true }).waitFor();

    // The calendar downloads as an .ics file made in the browser.
    const [download] = await Promise.all([
      page().waitForEvent("download"),
      page().getByRole("button", { name: "Download calendar (.ics)" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.ics$/);
    const downloadedPath = await download.path();
    const ics = await fs.readFile(downloadedPath, "utf8");
    expect(ics).toContain("BEGIN:VCALENDAR");
    expect(ics).toContain("Opening workshop");

    await page().goto(`/cohorts?status=APPLYING`);
    const row = page().getByRole("row").filter({ has: page().getByRole("link", { name: cohortName }) });
    await row.waitFor();
    expect(await row.textContent()).toContain("12 of 12");
    await expectNoSeriousAxeViolations(page());
  });

  it("shows the new programme and its open cohort in the public catalogue, signed out", async () => {
    expect(cohortPath, "the cohort from the previous test").not.toBe("");
    await page().goto("/catalogue");
    await page().getByRole("link", { name: programmeTitle }).click();
    await page().getByRole("heading", { name: programmeTitle, level: 1 }).waitFor();
    const cohort = page().getByRole("article", { name: cohortName });
    await cohort.waitFor();
    const text = await cohort.textContent();
    expect(text).toContain("12 of 12 places left");
    expect(text).toMatch(new RegExp(`Applications close at 17:00 on \\w+day 29 January ${nextYear}`));
    expect(await page().getByRole("region", { name: "Who can apply" }).textContent()).toContain("Open to Agenda for Change bands 8a and 8b.");
    await page().getByRole("cell", { name: "Opening workshop" }).waitFor();
  });
});
