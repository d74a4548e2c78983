import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { DESKTOP, PHONE, signIn } from "./support/browser";
import { ARTIFACTS_DIR } from "./support/e2eSettings";
import { fieldByLabel } from "./support/fieldByLabel";
import { closeNotifications } from "./support/notifications";
import { chooseOption } from "./support/organisationsPage";
import { usePage } from "./support/usePage";
import { linkFromMail } from "./support/mail";

/**
 * Issue 10's walk: the South East programme's seed cohort run end to end in the
 * console, as its academy's staff would, in one Chromium session.
 *
 * A register can only be taken on or after the session's day, so the cohort is
 * set up the way staff record a cohort that has already run: scheduled, opened,
 * closed and started through its status buttons, then its first day moved back
 * six weeks (with the application window cleared) and its sessions generated
 * again from that day. Everything else happens as it would on the day.
 */

const PROGRAMME = "South East BAME Career Development Programme";
const runId = Date.now().toString(36).slice(-5).toUpperCase();
const COHORT = `Seed cohort ${runId}`;

/** Today in London, YYYY-MM-DD. */
const today = () => new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(new Date());
const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
/** The Monday of the week `weeks` weeks before this one: workshop day 1 (day 2 is the Tuesday). */
const mondayWeeksAgo = (weeks: number) => {
  const day = new Date(`${today()}T12:00:00Z`).getUTCDay();
  return addDays(today(), -((day + 6) % 7) - 7 * weeks);
};

const FIRST_NAMES = ["Adaeze", "Bilal", "Chen", "Deepa", "Efua", "Farid", "Gloria", "Hamza", "Ines", "Jomo", "Kiran", "Leila"];
const PEOPLE = FIRST_NAMES.map((first) => ({ name: `${first} Seed${runId}`, email: `${first.toLowerCase()}.seed${runId.toLowerCase()}@nhs.example` }));
/** The person followed through to completion and a recorded outcome. */
const FOLLOWED = PEOPLE[0];

const shot = (page: Page, name: string) => page.screenshot({ path: new URL(`southEast-${name}.png`, ARTIFACTS_DIR).pathname, fullPage: true });

async function openCohort(page: Page, cohortPath: string) {
  await page.goto(cohortPath);
  await page.getByRole("heading", { name: COHORT, level: 1 }).waitFor();
}

async function changeStatus(page: Page, button: string, badge: string) {
  const status = page.getByRole("region", { name: "Status" });
  await closeNotifications(page);
  await status.getByRole("button", { name: button }).click();
  await status.getByText(badge, { exact: true }).first().waitFor();
}

async function generateSessions(page: Page, firstDate: string, replace: boolean) {
  const form = page.getByRole("form", { name: "Generate sessions" });
  await form.getByLabel("First session on").fill(firstDate);
  await form.getByLabel("Sessions start at").fill("09:00");
  await form.getByLabel("Sessions end at").fill("16:30");
  await form.getByLabel("Weeks between modules").fill("2");
  if (replace) await form.getByRole("checkbox", { name: /Replace the sessions already scheduled/ }).check();
  await closeNotifications(page);
  await form.getByRole("button", { name: "Generate sessions" }).click();
  await page.getByText("Sessions generated", { exact: true }).first().waitFor();
}

/** Takes a register: `marks` for some people, everyone else present; then saves and waits for the save. */
async function takeRegister(page: Page, link: Locator, marks: Record<string, "Late" | "Excused" | "Absent"> = {}) {
  await closeNotifications(page);
  await link.click();
  const register = page.getByRole("list", { name: "Register" });
  await expect.poll(() => register.getByRole("listitem").count()).toBeGreaterThan(0);
  for (const [name, choice] of Object.entries(marks)) await register.getByRole("listitem", { name }).getByText(choice, { exact: true }).click();
  await page.getByRole("button", { name: "Mark the rest present" }).click();
  const count = await register.getByRole("listitem").count();
  await page.getByRole("button", { name: `Save the register (${count} changes)` }).click();
  await page.getByRole("button", { name: "All changes saved" }).waitFor();
  return count;
}

describe("the South East programme's seed cohort, end to end", () => {
  const page = usePage();

  it("runs a cohort of 12: roster, both workshop registers on a phone, mentors, two Action Learning Sets, the evaluation, an outcome and the impact page", { timeout: 900_000 }, async () => {
    const started = Date.now();
    const step = (name: string) => console.log(`${((Date.now() - started) / 1000).toFixed(0)} s: ${name}`);
    const p = page();
    p.setDefaultTimeout(30_000);
    await p.setViewportSize(DESKTOP);
    await signIn(p);

    step("The cohort");
    // 1. The cohort: created under the programme, scheduled, opened, closed and started.
    await p.goto("/programmes");
    await p.getByRole("link", { name: PROGRAMME }).first().click();
    await p.getByRole("heading", { name: PROGRAMME, level: 1 }).waitFor();
    await p.getByRole("link", { name: "New cohort" }).click();
    await p.getByRole("heading", { name: "New cohort" }).waitFor();
    await fieldByLabel(p, "Name").fill(COHORT);
    await fieldByLabel(p, "Places").fill("12");
    await fieldByLabel(p, "Applications open on").fill(today());
    await fieldByLabel(p, "Opening time").fill("00:00");
    await fieldByLabel(p, "Applications close on").fill(addDays(today(), 7));
    await fieldByLabel(p, "Closing time").fill("17:00");
    await fieldByLabel(p, "First day").fill(addDays(today(), 14));
    await fieldByLabel(p, "Last day").fill(addDays(today(), 200));
    await p.getByRole("button", { name: "Create cohort" }).click();
    await p.waitForURL((url) => /^\/cohorts\/(?!new)[^/]+$/.test(url.pathname));
    const cohortPath = new URL(p.url()).pathname;
    await p.getByRole("heading", { name: COHORT, level: 1 }).waitFor();
    await generateSessions(p, addDays(today(), 14), false);
    await changeStatus(p, "Open for applications", "Open for applications");
    await changeStatus(p, "Close applications", "Applications closed");
    await changeStatus(p, "Start the cohort", "Running");

    // It ran from six weeks ago: no application window, the first day moved back, the sessions generated again from it.
    const workshopDay1 = mondayWeeksAgo(6);
    const details = p.getByRole("form", { name: "Cohort details" });
    await details.getByLabel("Applications open on").fill("");
    await details.getByLabel("Applications close on").fill("");
    await details.getByLabel("First day", { exact: false }).fill(workshopDay1);
    await closeNotifications(p);
    await details.getByRole("button", { name: "Save changes" }).click();
    await p.getByText("Changes saved", { exact: true }).first().waitFor();
    await generateSessions(p, workshopDay1, true);
    const schedule = p.getByRole("region", { name: "Schedule" });
    await schedule.getByText(/Career development workshop \(5 modules\), day 2 of 2/).waitFor();
    await schedule.getByText("Action Learning Set 2", { exact: true }).first().waitFor();

    step("The roster");
    // 2. The roster: 12 people added by hand, each with the reason.
    const roster = p.getByRole("region", { name: "Roster" });
    for (const person of PEOPLE) {
      await closeNotifications(p);
      await roster.getByRole("button", { name: "Add someone by hand" }).click();
      const dialog = p.getByRole("dialog");
      const inDialog = (label: string) => dialog.getByRole("textbox", { name: label, exact: true });
      await inDialog("Name").fill(person.name);
      await inDialog("Work email").fill(person.email);
      await inDialog("Why they are added by hand").fill("Seed cohort: places agreed with the trusts before Ascent took applications");
      await dialog.getByRole("button", { name: "Add to the roster" }).click();
      await dialog.waitFor({ state: "detached" });
    }
    await expect.poll(() => roster.getByRole("list", { name: "Participants" }).locator(":scope > li").count()).toBe(12);
    for (const person of PEOPLE) await roster.getByRole("listitem", { name: person.name }).waitFor();
    await shot(p, "roster-desktop");

    step("Both workshop days' registers, on a phone.");
    // 3. Both workshop days' registers, on a phone.
    await p.setViewportSize(PHONE);
    const registers = p.getByRole("region", { name: "Registers" });
    const day1 = await takeRegister(p, registers.getByRole("link", { name: /^Take the register: Career development workshop \(5 modules\), day 1 of 2/ }), {
      [PEOPLE[10].name]: "Late",
      [PEOPLE[11].name]: "Absent",
    });
    expect(day1).toBe(12);
    expect(await p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await shot(p, "register-day1-phone");
    await p.getByRole("link", { name: "Back to the cohort" }).click();
    const day2 = await takeRegister(p, registers.getByRole("link", { name: /^Take the register: Career development workshop \(5 modules\), day 2 of 2/ }), { [PEOPLE[11].name]: "Excused" });
    expect(day2).toBe(12);
    await p.locator("#main-content").getByText("Attended 11 of 11 (100%), 1 excused").waitFor();
    await p.getByRole("link", { name: "Back to the cohort" }).click();
    await roster.getByRole("listitem", { name: PEOPLE[10].name }).getByText("Attended 2 of 2 (100%)").waitFor();
    await p.setViewportSize(DESKTOP);

    step("Mentors");
    // 4. Mentors: the academy's directory has 7 places left in the demo, so staff add a mentor with room first;
    // then each participant is paired from the board's suggestions.
    // Two of them, so a rerun against a kept database (where earlier runs used the places) still finds room for 12.
    for (const [first, last] of [["Ruth", "Okoro"], ["Samuel", "Asante"]]) {
      await p.goto("/mentors/new");
      await p.getByRole("heading", { name: "Add to the directory", level: 1 }).waitFor();
      await fieldByLabel(p, "Academy").fill("South East");
      await p.getByRole("option", { name: "South East Leadership Academy" }).click();
      await fieldByLabel(p, "Name").fill(`${first} ${last} ${runId}`);
      await fieldByLabel(p, "Work email").fill(`${first.toLowerCase()}.${last.toLowerCase()}.${runId.toLowerCase()}@nhs.example`);
      await fieldByLabel(p, "Organisation").fill("East Kent");
      await p.getByRole("option", { name: /^East Kent Hospitals University NHS Foundation Trust/ }).first().click();
      await chooseOption(p, "Band", "Band 8b");
      await chooseOption(p, "Offers", "Mentoring and coaching");
      await fieldByLabel(p, "Expertise").fill("career progression\ninterview preparation");
      await fieldByLabel(p, "Mentees at a time").fill("10");
      await closeNotifications(p);
      await p.getByRole("button", { name: "Add to directory" }).click();
      await p.getByText("Added to the directory", { exact: true }).first().waitFor();
    }
    await openCohort(p, cohortPath);
    await closeNotifications(p);
    await p.getByRole("region", { name: "Mentor or coach before the start" }).getByRole("link", { name: "Open the mentoring board" }).click();
    await p.getByRole("heading", { name: `Mentoring: ${COHORT}`, level: 1 }).waitFor();
    const mentorsUsed = new Set<string>();
    for (const person of PEOPLE) {
      const card = p.getByRole("article", { name: person.name });
      // The last pairing's toast can sit over this card's button (top right) until it times out, seconds later.
      await closeNotifications(p);
      await card.getByRole("button", { name: `Find a mentor or coach for ${person.name}` }).click();
      const suggestions = p.getByRole("list", { name: "Suggested mentors and coaches" });
      const withRoom = suggestions.getByRole("listitem").filter({ hasText: /[1-9]\d* places? left/ }).first();
      await withRoom.waitFor();
      const mentorName = (await withRoom.locator("p").first().textContent())!.trim();
      await withRoom.getByRole("button", { name: `Pair with ${mentorName}` }).click();
      await p.getByRole("heading", { name: `Pair ${person.name} with ${mentorName}` }).waitFor();
      await p.getByRole("button", { name: "Pair them" }).click();
      await p.getByRole("dialog").waitFor({ state: "detached" });
      await card.getByText(new RegExp(`^(Mentor|Coach): ${mentorName.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`)).waitFor();
      mentorsUsed.add(mentorName);
    }
    await shot(p, "mentoring-desktop");

    step("Action Learning Sets");
    // 5. Action Learning Sets: formed, their two meetings scheduled from the curriculum, each register taken.
    await openCohort(p, cohortPath);
    await p.getByRole("region", { name: "Action Learning Sets" }).getByRole("link", { name: "Open the Action Learning Sets" }).click();
    await p.getByRole("heading", { name: `Action Learning Sets: ${COHORT}`, level: 1 }).waitFor();
    await p.getByRole("button", { name: "Form sets automatically" }).click();
    await p.getByRole("status").filter({ hasText: "Sets formed: 12 placed" }).waitFor();
    await p.getByRole("region", { name: "Set A" }).getByText("6 of 6 members · full").waitFor();
    await p.getByRole("region", { name: "Set B" }).getByText("6 of 6 members · full").waitFor();
    await p.getByRole("button", { name: "Schedule meetings from the curriculum" }).click();
    await p.getByRole("region", { name: "Set B" }).getByRole("link", { name: "Action Learning Set 2 (Set B)" }).waitFor();
    await shot(p, "sets-desktop");
    await openCohort(p, cohortPath);
    for (const meeting of ["Action Learning Set 1 (Set A)", "Action Learning Set 1 (Set B)", "Action Learning Set 2 (Set A)", "Action Learning Set 2 (Set B)"]) {
      const link = registers.getByRole("link", { name: new RegExp(`^Take the register: ${meeting.replace(/[()]/g, "\\$&")}`) });
      expect(await takeRegister(p, link)).toBe(6);
      await p.getByRole("link", { name: "Back to the cohort" }).click();
    }
    const followedRow = roster.getByRole("listitem", { name: FOLLOWED.name });
    await followedRow.getByText("Attended 4 of 4 (100%)").waitFor();

    step("The post-programme evaluation");
    // 6. The post-programme evaluation: sent to the cohort, answered by the followed participant from their email.
    await p.goto("/evaluations");
    await p.getByRole("link", { name: `Results for ${PROGRAMME}` }).click();
    const looking = p.getByRole("region", { name: "Looking back on the programme" });
    const cohortRow = looking.getByRole("row").filter({ hasText: COHORT });
    // The post-programme window opened when the last session ended (weeks ago, as the cohort is back-dated), so the
    // five-minutely sweep may already have sent it to the people on the roster at that moment: the button then reads
    // "Send to anyone new". Either button invites everyone not yet invited, so afterwards all 12 have it.
    await cohortRow.getByRole("button", { name: /^(Send now|Send to anyone new)$/ }).click();
    await cohortRow.getByText("0 of 12").waitFor();
    const answerPath = await linkFromMail(p, /Looking back on the programme/, "evaluations/answer", FOLLOWED.email);
    const cookies = await p.context().cookies();
    await p.context().clearCookies();
    await p.goto(answerPath);
    await p.getByRole("heading", { name: "Looking back on the programme", level: 1 }).waitFor();
    for (const question of [/How confident do you feel/, /How would you rate your leadership skills/, /How useful was the programme/, /Would you recommend the programme/]) {
      await p.getByRole("radiogroup", { name: question }).getByRole("radio", { name: /^4/ }).check();
    }
    await p.getByRole("button", { name: "Send my answers" }).click();
    await p.getByText("Thank you: your answers are saved").waitFor();
    await p.context().addCookies(cookies);
    await p.goto("/evaluations");
    await p.getByRole("link", { name: `Results for ${PROGRAMME}` }).click();
    await looking.getByRole("row").filter({ hasText: COHORT }).getByText("1 of 12").waitFor();

    // Completion: attended, a mentor, the evaluation returned.
    await openCohort(p, cohortPath);
    await closeNotifications(p);
    await followedRow.getByRole("button", { name: "Mark completed" }).click();
    await followedRow.getByText("Completed", { exact: true }).waitFor();
    await shot(p, "roster-completed-desktop");

    step("A career outcome for the followed participant.");
    // 7. A career outcome for the followed participant.
    const effectiveOn = addDays(today(), -1);
    await p.goto("/outcomes");
    await p.getByRole("heading", { name: "Career outcomes", level: 1 }).waitFor();
    await p.getByRole("link", { name: `Record outcomes: ${COHORT}` }).click();
    await p.getByRole("heading", { name: "People and their outcomes" }).waitFor();
    await fieldByLabel(p, "Person").click();
    // Added by hand, they have no application: the outcome hangs off their place on the roster.
    await p.getByRole("option", { name: new RegExp(`^${FOLLOWED.name} \\(Participant`) }).click();
    await chooseOption(p, "What happened", "Promotion");
    await fieldByLabel(p, "Took effect on").fill(effectiveOn);
    await chooseOption(p, "Band before", "Band 6");
    await chooseOption(p, "Band after", "Band 7");
    await p.getByRole("button", { name: "Record outcome" }).click();
    await p.getByText("Outcome recorded").first().waitFor();

    step("The programme's impact page shows it.");
    // 8. The programme's impact page shows it.
    await p.getByRole("link", { name: "Back to career outcomes" }).click();
    await p.getByRole("link", { name: `Impact of ${PROGRAMME}` }).click();
    const recorded = p.getByRole("region", { name: "Outcomes recorded so far" });
    const latest = recorded.getByRole("list", { name: "Latest outcomes recorded" }).getByRole("listitem").filter({ hasText: FOLLOWED.name });
    await latest.waitFor();
    expect(await latest.textContent()).toContain(`(Participant, ${COHORT}): Promotion`);
    expect(await latest.textContent()).toContain("(Band 6 → Band 7)");
    await shot(p, "impact-desktop");
    // On a phone, as someone on a phone opens it: loaded at that size (no sideways scrolling).
    await p.setViewportSize(PHONE);
    await p.reload();
    await latest.waitFor();
    expect(await p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await shot(p, "impact-phone");

    console.log(`South East walk: ${((Date.now() - started) / 1000).toFixed(0)} s, mentors used: ${[...mentorsUsed].join(", ")}`);
  });
});
