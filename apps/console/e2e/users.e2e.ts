import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectNoSeriousAxeViolations, login, signIn } from "./support/browser";
import { fieldByLabel } from "./support/fieldByLabel";
import { chooseOption, describedByText } from "./support/organisationsPage";
import { usePage } from "./support/usePage";

/** Makes emails unique per run, so reruns against a kept database do not collide. */
const runId = Date.now().toString(36).slice(-5);

/** A dialog once its opening transition has finished, so axe measures its real colours rather than a fade. */
async function openedDialog(page: Page, name: string): Promise<Locator> {
  const dialog = page.getByRole("dialog", { name });
  await dialog.waitFor();
  await expect
    .poll(() => dialog.evaluate((element) => element.getAnimations({ subtree: true }).length === 0 && getComputedStyle(element).opacity === "1"))
    .toBe(true);
  return dialog;
}

const mainNavigation = (page: Page) => page.getByRole("navigation", { name: "Main navigation" });

describe("users", () => {
  const page = usePage();
  const manager = { name: `Priya Patel ${runId}`, email: `priya.patel.${runId}@ascent.test` };
  let managerPassword = "";

  it("creates a programme manager with a generated password, shown once", async () => {
    await signIn(page());
    await mainNavigation(page()).getByRole("link", { name: "Users" }).click();
    await page().getByRole("heading", { name: "Users", level: 1 }).waitFor();
    await page().getByRole("cell", { name: "E2E Administrator" }).waitFor();
    expect(await page().title()).toBe("Users – Ascent");
    await expectNoSeriousAxeViolations(page());

    await page().getByRole("link", { name: "New user" }).click();
    await page().getByRole("heading", { name: "New user" }).waitFor();
    await fieldByLabel(page(), "Name").fill(manager.name);
    await fieldByLabel(page(), "Email").fill(manager.email);
    await chooseOption(page(), "Role", "Programme manager");
    await chooseOption(page(), "Organisation", "South East Leadership Academy", "South East");
    await expectNoSeriousAxeViolations(page());
    await page().getByRole("button", { name: "Create user" }).click();

    const dialog = await openedDialog(page(), "User created: copy the temporary password now");
    await dialog.getByText("You won't see this again").waitFor();
    managerPassword = await dialog.getByRole("textbox", { name: "Temporary password" }).inputValue();
    expect(managerPassword.length).toBeGreaterThanOrEqual(12);
    await expectNoSeriousAxeViolations(page());
    await dialog.getByRole("button", { name: "I have copied it" }).click();

    await page().waitForURL((url) => url.pathname === "/users");
    await page().getByRole("searchbox", { name: "Search" }).fill(manager.email);
    const row = page().getByRole("row").filter({ has: page().getByRole("link", { name: manager.name }) });
    await row.waitFor();
    const cells = await row.getByRole("cell").allTextContents();
    expect(cells).toEqual([manager.name, manager.email, "Programme manager", "South East Leadership Academy", "Active"]);
  });

  it("lets the new programme manager sign in with that password, without the administrators' sections", async () => {
    expect(managerPassword, "the previous test creates the user").not.toBe("");
    await signIn(page());
    await page().getByRole("button", { name: "Sign out" }).click();
    await page().waitForURL((url) => url.pathname === "/login");

    await login(page(), { email: manager.email, password: managerPassword });
    await page().getByRole("banner").getByText(manager.name).waitFor();
    const navigation = mainNavigation(page());
    await navigation.getByRole("link", { name: "Organisations" }).waitFor();
    const sections = await navigation.getByRole("link").allTextContents();
    for (const adminOnly of ["Users", "API tokens", "Audit trail"]) expect(sections).not.toContain(adminOnly);

    // A direct visit shows the no-access state, not the page.
    await page().goto("/users");
    await page().getByRole("alert").filter({ hasText: "You don't have access to this" }).waitFor();
    expect(await page().getByRole("link", { name: "New user" }).count()).toBe(0);
    await page().goto("/api-tokens");
    await page().getByRole("alert").filter({ hasText: "You don't have access to this" }).waitFor();
    await page().goto("/audit");
    await page().getByRole("alert").filter({ hasText: "You don't have access to this" }).waitFor();
  });

  it("lets anyone change their own password from Your account, showing the server's rules beside the field", async () => {
    expect(managerPassword, "the first test creates the user").not.toBe("");
    await signIn(page(), { as: { email: manager.email, password: managerPassword } });
    await page().getByRole("link", { name: "Your account" }).click();
    await page().getByRole("heading", { name: "Your account" }).waitFor();
    await page().getByRole("cell", { name: "South East Leadership Academy" }).waitFor();
    await expectNoSeriousAxeViolations(page());

    await fieldByLabel(page(), "Current password").fill(managerPassword);
    await fieldByLabel(page(), "New password").fill("too-short");
    await fieldByLabel(page(), "Confirm new password").fill("too-short");
    await page().getByRole("button", { name: "Change password" }).click();
    expect(await describedByText(page(), "New password")).toContain("Use at least 12 characters.");

    const newPassword = `a-much-longer-passphrase-${runId}`;
    await fieldByLabel(page(), "New password").fill(newPassword);
    await fieldByLabel(page(), "Confirm new password").fill(newPassword);
    await page().getByRole("button", { name: "Change password" }).click();
    await page().getByText("Password changed").waitFor();
    managerPassword = newPassword;

    await page().getByRole("button", { name: "Sign out" }).click();
    await page().waitForURL((url) => url.pathname === "/login");
    await login(page(), { email: manager.email, password: newPassword });
  });

  it("deactivates a user after confirming, changes their role, and reactivates them", async () => {
    await signIn(page(), { open: `/users?q=${encodeURIComponent(manager.email)}` });
    await page().getByRole("link", { name: manager.name }).click();
    await page().getByRole("heading", { name: manager.name }).waitFor();
    await expectNoSeriousAxeViolations(page());

    await page().getByRole("button", { name: "Deactivate user" }).click();
    const dialog = await openedDialog(page(), `Deactivate ${manager.name}?`);
    await expectNoSeriousAxeViolations(page());
    await dialog.getByRole("button", { name: "Deactivate" }).click();
    await page().getByText("User deactivated").waitFor();
    await page().getByRole("button", { name: "Reactivate user" }).waitFor();

    await chooseOption(page(), "Role", "Facilitator");
    await page().getByRole("button", { name: "Save changes" }).click();
    await page().getByText("Changes saved").waitFor();

    // Deactivated users are hidden from the list unless asked for.
    await page().goto(`/users?q=${encodeURIComponent(manager.email)}`);
    await page().getByText("No users match").waitFor();
    // The checkbox follows the address, so wait for that rather than for the box itself.
    await page().getByRole("checkbox", { name: "Show deactivated users" }).click();
    await page().waitForURL((url) => url.searchParams.get("deactivated") === "1");
    const row = page().getByRole("row").filter({ has: page().getByRole("link", { name: manager.name }) });
    await row.waitFor();
    expect(await row.getByRole("cell").allTextContents()).toContain("Deactivated");
    expect(await row.getByRole("cell").allTextContents()).toContain("Facilitator");

    await row.getByRole("link", { name: manager.name }).click();
    await page().getByRole("button", { name: "Reactivate user" }).click();
    await page().getByRole("dialog", { name: `Reactivate ${manager.name}?` }).getByRole("button", { name: "Reactivate" }).click();
    await page().getByText("User reactivated").waitFor();
  });

  it("shows the server's message beside the email when it is already taken, keeping what was typed", async () => {
    await signIn(page(), { open: "/users/new" });
    await fieldByLabel(page(), "Name").fill("Second E2E Administrator");
    await fieldByLabel(page(), "Email").fill("e2e.admin@ascent.test");
    await chooseOption(page(), "Role", "Administrator");
    await page().getByRole("button", { name: "Create user" }).click();

    expect(await describedByText(page(), "Email")).toContain("already has an account");
    expect(await fieldByLabel(page(), "Name").inputValue()).toBe("Second E2E Administrator");
  });
});
