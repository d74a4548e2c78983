import { describe, expect, it } from "vitest";
import { expectNoSeriousAxeViolations, login } from "./support/browser";
import { E2E_ADMIN } from "./support/e2eSettings";
import { chooseOption, describedByText, searchOrganisations, showingSummary } from "./support/organisationsPage";
import { usePage } from "./support/usePage";

/** Makes names and codes unique per run, so reruns against a kept database do not collide. */
const runId = Date.now().toString(36).slice(-4).toUpperCase();

describe("signing in", () => {
  const page = usePage();

  it("sends a signed-out visitor to sign in, then on to the page they asked for", async () => {
    await page().goto("/organisations?q=Leadership");

    await page().waitForURL((url) => url.pathname === "/login");
    expect(new URL(page().url()).searchParams.get("next")).toBe("/organisations?q=Leadership");
    await page().getByRole("heading", { name: "Sign in" }).waitFor();
    expect(await page().title()).toBe("Sign in – Ascent");
    await expectNoSeriousAxeViolations(page());

    await page().getByLabel("Email").fill(E2E_ADMIN.email);
    await page().getByLabel("Password", { exact: true }).fill(E2E_ADMIN.password);
    await page().getByRole("button", { name: "Sign in" }).click();

    await page().waitForURL((url) => url.pathname === "/organisations" && url.searchParams.get("q") === "Leadership");
    await page().getByRole("link", { name: "NHS Leadership Academy" }).waitFor();
    await page().getByRole("banner").getByText(E2E_ADMIN.name).waitFor();
  });

  it("shows the server's message when the password is wrong", async () => {
    await page().goto("/login");
    await page().getByLabel("Email").fill(E2E_ADMIN.email);
    await page().getByLabel("Password", { exact: true }).fill("not-the-password");
    await page().getByRole("button", { name: "Sign in" }).click();

    const alert = page().getByRole("alert").filter({ hasText: "You could not be signed in" });
    await alert.waitFor();
    expect(await alert.textContent()).toContain("don't match an active account");
    expect(new URL(page().url()).pathname).toBe("/login");
  });

  it("signs out", async () => {
    await login(page());
    await page().getByRole("button", { name: "Sign out" }).click();
    await page().waitForURL((url) => url.pathname === "/login");

    await page().goto("/organisations");
    await page().waitForURL((url) => url.pathname === "/login");
  });

  it("shows a 404 page for an address that does not exist", async () => {
    await login(page());
    await page().goto("/no-such-page");

    await page().getByRole("heading", { name: "Page not found" }).waitFor();
    expect(await page().title()).toBe("Page not found – Ascent");
  });
});

describe("organisations", () => {
  const page = usePage();

  it("lists the demo organisations and narrows them with the search box", async () => {
    await login(page());
    await page().getByRole("link", { name: "NHS Leadership Academy" }).waitFor();
    const everything = await showingSummary(page());
    expect(everything.first).toBe(1);
    expect(everything.total).toBeGreaterThan(everything.last - 1);
    expect(await page().title()).toBe("Organisations – Ascent");
    await expectNoSeriousAxeViolations(page());

    await searchOrganisations(page(), "Leadership Academy");

    await expect.poll(async () => (await showingSummary(page())).total).toBeLessThan(everything.total);
    await page().getByRole("link", { name: "NHS Leadership Academy" }).waitFor();
    expect(await page().getByRole("link", { name: "Guy's and St Thomas' NHS Foundation Trust" }).count()).toBe(0);
  });

  it("creates an organisation and shows it in the list", async () => {
    const name = `E2E Community Health Trust ${runId}`;
    await login(page());
    await page().getByRole("link", { name: "New organisation" }).first().click();
    await page().getByRole("heading", { name: "New organisation" }).waitFor();
    await expectNoSeriousAxeViolations(page());

    await page().getByLabel("Name", { exact: true }).fill(name);
    await chooseOption(page(), "Kind", "NHS trust");
    await page().getByLabel("ODS code", { exact: true }).fill(`Z${runId}`);
    await chooseOption(page(), "NHS region", "London");
    await chooseOption(page(), "Parent organisation", "NHS North East London Integrated Care Board", "North East London");
    await page().getByRole("button", { name: "Create organisation" }).click();

    await page().getByText("Organisation created").waitFor();
    await page().waitForURL((url) => url.pathname === "/organisations");
    await searchOrganisations(page(), name);
    const row = page().getByRole("row").filter({ has: page().getByRole("link", { name }) });
    await row.waitFor();
    const cells = await row.getByRole("cell").allTextContents();
    expect(cells).toContain(`Z${runId}`);
    expect(cells).toContain("London");
    expect(cells).toContain("NHS North East London Integrated Care Board");
  });

  it("shows the server's message beside the ODS code when the code is already used, keeping what was typed", async () => {
    await login(page());
    await page().goto("/organisations/new");
    await page().getByLabel("Name", { exact: true }).fill("Duplicate ODS code test");
    await chooseOption(page(), "Kind", "NHS trust");
    await page().getByLabel("ODS code", { exact: true }).fill("RJ1");
    await page().getByRole("button", { name: "Create organisation" }).click();

    expect(await describedByText(page(), "ODS code")).toContain("RJ1 is already used by Guy's and St Thomas' NHS Foundation Trust");
    expect(new URL(page().url()).pathname).toBe("/organisations/new");
    expect(await page().getByLabel("Name", { exact: true }).inputValue()).toBe("Duplicate ODS code test");
    expect(await page().getByLabel("ODS code", { exact: true }).inputValue()).toBe("RJ1");
    await expectNoSeriousAxeViolations(page());
  });

  it("renames an organisation and shows the new name in the list", async () => {
    const newName = `Thresholds Leadership Ltd ${runId}`;
    await login(page());
    await searchOrganisations(page(), "Thresholds");
    await page().getByRole("link", { name: "Thresholds Ltd" }).click();
    await page().getByRole("heading", { name: "Thresholds Ltd" }).waitFor();
    expect(await page().title()).toBe("Thresholds Ltd – Ascent");
    await expectNoSeriousAxeViolations(page());

    await page().getByLabel("Name", { exact: true }).fill(newName);
    await page().getByRole("button", { name: "Save changes" }).click();

    await page().getByText("Changes saved").waitFor();
    await page().getByRole("heading", { name: newName }).waitFor();
    await page().getByRole("link", { name: "Back to organisations" }).click();
    await searchOrganisations(page(), newName);
    await page().getByRole("link", { name: newName }).waitFor();
  });
});
