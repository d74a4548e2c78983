import type { Cookie, Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectNoSeriousAxeViolations, signIn } from "./support/browser";
import { fieldByLabel } from "./support/fieldByLabel";
import { closeNotifications } from "./support/notifications";
import { chooseOption } from "./support/organisationsPage";
import { usePage } from "./support/usePage";

/** What a programme manager meets in the first hour (issue 12): each test fails without its fix. */
const runId = Date.now().toString(36).slice(-5).toUpperCase();

/** The dev server on a busy machine can take a while over a page's data. */
const SLOW = { timeout: 30_000 };

let session: Cookie[] = [];
async function signInOnce(page: Page): Promise<void> {
  if (session.length > 0) return page.context().addCookies(session);
  await signIn(page);
  session = await page.context().cookies();
}

function fieldIn(scope: Locator, label: string): Locator {
  return scope.getByLabel(label).and(scope.locator("input, textarea"));
}

describe("the first hour in the console", () => {
  const page = usePage();

  it("shows a programme's first track at once, and drops a publish refusal that no longer holds", async () => {
    await signInOnce(page());
    await page().goto("/programmes/new");
    await chooseOption(page(), "Academy", "NHS Leadership Academy", "NHS Leadership");
    await fieldByLabel(page(), "Title").fill(`E2E Track First ${runId}`);
    await fieldByLabel(page(), "Summary").fill("A programme whose curriculum lives in its tracks.");
    await fieldByLabel(page(), "Duration").fill("3 months");
    await page().getByRole("checkbox", { name: "Face to face" }).check();
    await page().getByRole("button", { name: "Create programme" }).click();
    await page().waitForURL((url) => /^\/programmes\/(?!new)[^/]+$/.test(url.pathname));
    const tracks = page().getByRole("region", { name: "Tracks" });
    await tracks.getByText("This programme has no tracks.").waitFor();

    // No modules yet: publishing is refused, with the reason.
    await page().getByRole("button", { name: "Publish" }).click();
    const refusal = page().getByRole("alert").filter({ hasText: "The status was not changed" });
    await refusal.waitFor();

    await tracks.getByRole("button", { name: "Add track" }).click();
    const newTrack = page().getByRole("form", { name: "New track" });
    await fieldIn(newTrack, "Track name").fill("Band 7");
    await newTrack.getByRole("button", { name: "Add module" }).click();
    await fieldIn(newTrack, "Module title").fill("Opening workshop");
    await newTrack.getByRole("button", { name: "Add this track" }).click();

    // Without a reload: the track is there, "no tracks" and the stale refusal are gone.
    await page().getByRole("form", { name: "Band 7" }).waitFor();
    await expect.poll(() => tracks.getByText("This programme has no tracks.").count(), SLOW).toBe(0);
    await expect.poll(() => refusal.count(), SLOW).toBe(0);
    await expectNoSeriousAxeViolations(page());

    // Published by mistake? Back to draft while no cohort takes applications.
    const status = page().getByRole("region", { name: "Status" });
    await page().getByRole("button", { name: "Publish" }).click();
    await status.getByText("Published").waitFor();
    await closeNotifications(page());
    await page().getByRole("button", { name: "Return to draft" }).click();
    await status.getByText("Draft").waitFor();

    // Every change is in the audit trail, one link away from the programme.
    await closeNotifications(page());
    await page().getByRole("link", { name: "Audit trail of this programme" }).click();
    await page().waitForURL((url) => url.pathname === "/audit" && url.searchParams.has("target"));
    const operations = page().getByRole("table", { name: "Audit events, newest first" }).locator("code");
    await expect
      .poll(async () => (await operations.allTextContents()).filter((text) => /Programme|Track/.test(text)), SLOW)
      .toEqual(["redraftProgramme", "publishProgramme", "createTrack", "createProgramme"]);
  });

  it("never changes what was typed: 0 places stay 0 and are refused, a long name is kept whole and explained", async () => {
    await signInOnce(page());
    await page().goto("/cohorts/new");
    await page().getByRole("heading", { name: "New cohort" }).waitFor();
    const places = fieldByLabel(page(), "Places");

    await places.fill("0");
    await fieldByLabel(page(), "Name").click();
    expect(await places.inputValue()).toBe("0");

    const longName = `Spring cohort ${"x".repeat(200)}`;
    await fieldByLabel(page(), "Name").fill(longName);
    expect(await fieldByLabel(page(), "Name").inputValue()).toBe(longName);

    await places.fill("");
    await page().getByRole("button", { name: "Create cohort" }).click();
    const form = page().getByRole("form", { name: "Cohort details" });
    await form.getByText(`Use at most 200 characters: this has ${longName.length}.`).waitFor();
    await form.getByText("Enter how many places the cohort has").waitFor();
    expect(await places.inputValue()).toBe("");

    // 0 reaches the server, which says why it can't be.
    await fieldByLabel(page(), "Name").fill(`E2E zero places ${runId}`);
    await places.fill("0");
    await chooseOption(page(), "Programme", "Stepping Up", "Stepping");
    await fieldByLabel(page(), "First day").fill("2030-03-01");
    await fieldByLabel(page(), "Last day").fill("2030-06-30");
    await page().getByRole("button", { name: "Create cohort" }).click();
    await form.getByText("A cohort needs at least 1 place.").waitFor();
    expect(await places.inputValue()).toBe("0");
  });

  it("lists current and upcoming cohorts first, and finished ones without places left", async () => {
    await signInOnce(page());
    await page().goto("/cohorts");
    const table = page().getByRole("table", { name: /^Cohorts/ });
    await table.waitFor({ timeout: 45_000 });
    const rows = await table.locator("tbody tr").allTextContents();
    const finished = rows.map((row) => /Completed|Cancelled/.test(row));
    expect(finished.indexOf(true), "the demo has finished cohorts").toBeGreaterThan(0);
    // Once the finished ones start, only finished ones follow.
    expect(finished.slice(finished.indexOf(true)).every(Boolean)).toBe(true);
    for (const row of rows.filter((_, index) => finished[index])) expect(row).not.toMatch(/\d+ of \d+/);
  });

  it("tells someone a positive action programme is not for them respectfully, pointing to programmes open to all", async () => {
    await page().goto("/catalogue");
    await page().getByRole("link", { name: "Stepping Up", exact: true }).click();
    const panel = page().getByRole("region", { name: "Check if you're eligible" });
    await panel.getByRole("radiogroup", { name: "Do you identify as Black, Asian or minority ethnic?" }).getByRole("radio", { name: "No" }).check();
    await panel.getByRole("button", { name: "Check if you're eligible" }).click();
    await panel.getByText("This programme is for staff who identify as Black, Asian or minority ethnic").waitFor();
    expect(await panel.textContent()).not.toMatch(/not eligible/i);
    await panel.getByRole("link", { name: "Programmes open to all staff" }).click();
    await page().waitForURL((url) => url.pathname === "/catalogue");
  });
});
