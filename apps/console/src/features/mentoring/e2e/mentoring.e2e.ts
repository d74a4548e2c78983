import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { DESKTOP, expectNoSeriousAxeViolations, PHONE, signIn } from "../../../../e2e/support/browser";
import { ARTIFACTS_DIR } from "../../../../e2e/support/e2eSettings";
import { fieldByLabel } from "../../../../e2e/support/fieldByLabel";
import { chooseOption } from "../../../../e2e/support/organisationsPage";
import { usePage } from "../../../../e2e/support/usePage";

/** Makes emails unique per run, so reruns against a kept database do not collide. */
const runId = Date.now().toString(36).slice(-5);

const openDirectory = async (page: Page) => {
  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Mentors and coaches" }).click();
  await page.getByRole("heading", { name: "Mentors and coaches", level: 1 }).waitFor();
};

describe("mentoring directory", () => {
  const page = usePage();

  it("lists the academies' mentors and coaches, and adds one, refusing a capacity it would otherwise have to change", async () => {
    await page().setViewportSize(DESKTOP);
    await signIn(page());
    await openDirectory(page());
    await page().getByRole("cell", { name: "Grace Mensah" }).waitFor();
    await expectNoSeriousAxeViolations(page());
    await page().screenshot({ path: new URL("mentoring-list-desktop.png", ARTIFACTS_DIR).pathname, fullPage: true });

    await page().getByRole("link", { name: "Add to directory" }).first().click();
    await page().getByRole("heading", { name: "Add to the directory" }).waitFor();
    await chooseOption(page(), "Academy", "South East Leadership Academy", "South East");
    await fieldByLabel(page(), "Name").fill(`Dr Amara Okafor ${runId}`);
    await fieldByLabel(page(), "Work email").fill(`amara.${runId}@nhs.net`);
    await chooseOption(page(), "Organisation", "Oxford University Hospitals NHS Foundation Trust", "Oxford");
    await chooseOption(page(), "Offers", "Mentoring and coaching");
    await fieldByLabel(page(), "Expertise").fill("estates strategy\nclinical leadership");
    await fieldByLabel(page(), "Mentees at a time").fill("0");
    await page().getByRole("button", { name: "Add to directory" }).click();

    // Refused beside the field, with what was typed kept as it was.
    await page().getByText("Enter a whole number of mentees from 1 to 10.").waitFor();
    expect(await fieldByLabel(page(), "Mentees at a time").inputValue()).toBe("0");
    await expectNoSeriousAxeViolations(page());
    await page().screenshot({ path: new URL("mentoring-add-refused-desktop.png", ARTIFACTS_DIR).pathname, fullPage: true });

    await fieldByLabel(page(), "Mentees at a time").fill("2");
    await page().getByRole("button", { name: "Add to directory" }).click();
    await page().waitForURL((url) => url.pathname === "/mentors");
    await page().getByRole("searchbox", { name: "Search" }).fill("estates");
    const row = page().getByRole("row").filter({ hasText: `Dr Amara Okafor ${runId}` });
    await row.waitFor();
    expect(await row.getByRole("cell").allTextContents()).toEqual([
      `Dr Amara Okafor ${runId}`,
      `amara.${runId}@nhs.net`,
      "Oxford University Hospitals NHS Foundation Trust",
      "—none",
      "Mentoring and coaching",
      "estates strategy, clinical leadership",
      "0 of 2",
    ]);
  });

  it("stacks the directory on a phone", async () => {
    await page().setViewportSize(PHONE);
    await signIn(page(), { open: "/mentors" });
    await page().getByText("Grace Mensah").first().waitFor();
    await expectNoSeriousAxeViolations(page());
    const overflow = await page().evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page().screenshot({ path: new URL("mentoring-list-phone.png", ARTIFACTS_DIR).pathname, fullPage: true });
  });
});
