import { describe, expect, it } from "vitest";
import { DESKTOP, expectNoSeriousAxeViolations, expectReadableText, login, PHONE, signIn } from "./support/browser";
import { E2E_ADMIN } from "./support/e2eSettings";
import { chooseOption, describedByText, searchOrganisations, showingSummary } from "./support/organisationsPage";
import { fieldByLabel } from "./support/fieldByLabel";
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

    await fieldByLabel(page(), "Email").fill(E2E_ADMIN.email);
    await fieldByLabel(page(), "Password").fill(E2E_ADMIN.password);
    await page().getByRole("button", { name: "Sign in" }).click();

    await page().waitForURL((url) => url.pathname === "/organisations" && url.searchParams.get("q") === "Leadership");
    await page().getByRole("link", { name: "NHS Leadership Academy" }).waitFor();
    await page().getByRole("banner").getByText(E2E_ADMIN.name).waitFor();
  });

  it("shows the server's message when the password is wrong", async () => {
    await page().goto("/login");
    await fieldByLabel(page(), "Email").fill(E2E_ADMIN.email);
    await fieldByLabel(page(), "Password").fill("not-the-password");
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
    await signIn(page());
    await page().goto("/no-such-page");

    await page().getByRole("heading", { name: "Page not found" }).waitFor();
    expect(await page().title()).toBe("Page not found – Ascent");
  });
});

describe("organisations", () => {
  const page = usePage();

  it("lists the demo organisations, pages through them and narrows them with the search box", async () => {
    await signIn(page());
    await page().getByRole("link", { name: "Guy's and St Thomas' NHS Foundation Trust" }).waitFor();
    const firstPage = await showingSummary(page());
    expect(firstPage).toMatchObject({ first: 1, last: 25 });
    expect(firstPage.total).toBeGreaterThan(25);
    expect(await page().title()).toBe("Organisations – Ascent");
    await expectNoSeriousAxeViolations(page());

    await page().getByRole("button", { name: "Next" }).click();
    await expect.poll(() => showingSummary(page())).toEqual({ first: 26, last: Math.min(50, firstPage.total), total: firstPage.total });
    await page().getByRole("link", { name: "NHS Leadership Academy" }).waitFor();
    await page().getByRole("button", { name: "Previous" }).click();
    await expect.poll(() => showingSummary(page())).toEqual(firstPage);

    await searchOrganisations(page(), "Leadership Academy");

    await expect.poll(async () => (await showingSummary(page())).total).toBeLessThan(firstPage.total);
    await page().getByRole("link", { name: "NHS Leadership Academy" }).waitFor();
    expect(await page().getByRole("link", { name: "Guy's and St Thomas' NHS Foundation Trust" }).count()).toBe(0);
  });

  it("filters by kind and region, keeping the filters in the address", async () => {
    await signIn(page());
    await page().getByRole("link", { name: "Guy's and St Thomas' NHS Foundation Trust" }).waitFor();

    await chooseOption(page(), "Kind", "Leadership academy");
    await page().keyboard.press("Escape");
    await page().waitForURL((url) => url.searchParams.getAll("kind").join() === "ACADEMY");
    await page().getByRole("link", { name: "NHS Leadership Academy" }).waitFor();
    const kindCells = () => page().locator("tbody tr td:nth-child(2)").allTextContents();
    await expect.poll(async () => new Set(await kindCells())).toEqual(new Set(["Leadership academy"]));

    await chooseOption(page(), "Region", "London");
    await page().keyboard.press("Escape");
    await page().waitForURL((url) => url.searchParams.getAll("region").join() === "LONDON");
    await page().getByRole("link", { name: "HPMA London Academy" }).waitFor();
    await expect.poll(() => page().getByRole("link", { name: "NHS Leadership Academy" }).count()).toBe(0);

    await page().reload();
    await page().getByRole("link", { name: "HPMA London Academy" }).waitFor();
    await page().getByRole("button", { name: "Clear filters" }).click();
    await page().getByRole("link", { name: "Guy's and St Thomas' NHS Foundation Trust" }).waitFor();
  });

  it("sorts by a column when its heading is pressed", async () => {
    await signIn(page());
    const firstName = () => page().getByRole("row").nth(1).getByRole("link").textContent();
    await page().getByRole("row").nth(1).getByRole("link").waitFor();
    const ascendingFirst = await firstName();

    await page().getByRole("button", { name: "Name" }).click();

    await page().waitForURL((url) => url.searchParams.get("dir") === "DESC");
    await expect.poll(firstName).not.toBe(ascendingFirst);
    expect(await page().getByRole("columnheader", { name: "Name" }).getAttribute("aria-sort")).toBe("descending");
  });

  it("creates an organisation and shows it in the list", async () => {
    const name = `E2E Community Health Trust ${runId}`;
    await signIn(page());
    await page().getByRole("link", { name: "New organisation" }).first().click();
    await page().getByRole("heading", { name: "New organisation" }).waitFor();
    await expectNoSeriousAxeViolations(page());

    await fieldByLabel(page(), "Name").fill(name);
    await chooseOption(page(), "Kind", "NHS trust");
    await fieldByLabel(page(), "ODS code").fill(`Z${runId}`);
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
    await signIn(page(), { open: "/organisations/new" });
    await fieldByLabel(page(), "Name").fill("Duplicate ODS code test");
    await chooseOption(page(), "Kind", "NHS trust");
    await fieldByLabel(page(), "ODS code").fill("RJ1");
    await page().getByRole("button", { name: "Create organisation" }).click();

    expect(await describedByText(page(), "ODS code")).toContain("RJ1 is already used by Guy's and St Thomas' NHS Foundation Trust");
    expect(new URL(page().url()).pathname).toBe("/organisations/new");
    expect(await fieldByLabel(page(), "Name").inputValue()).toBe("Duplicate ODS code test");
    expect(await fieldByLabel(page(), "ODS code").inputValue()).toBe("RJ1");
    await expectNoSeriousAxeViolations(page());
  });

  it("renames an organisation and shows the new name in the list", async () => {
    const newName = `Thresholds Leadership Ltd ${runId}`;
    await signIn(page());
    await searchOrganisations(page(), "Thresholds");
    await page().getByRole("link", { name: "Thresholds Ltd" }).click();
    await page().getByRole("heading", { name: "Thresholds Ltd" }).waitFor();
    expect(await page().title()).toBe("Thresholds Ltd – Ascent");
    await expectNoSeriousAxeViolations(page());

    await fieldByLabel(page(), "Name").fill(newName);
    await page().getByRole("button", { name: "Save changes" }).click();

    await page().getByText("Changes saved").waitFor();
    await page().getByRole("heading", { name: newName }).waitFor();
    await page().getByRole("link", { name: "Back to organisations" }).click();
    await searchOrganisations(page(), newName);
    await page().getByRole("link", { name: newName }).waitFor();

    // The organisation is the demo's, whose facilitators wres.e2e.ts creates by its name: it gets it back.
    await page().getByRole("link", { name: newName }).click();
    await fieldByLabel(page(), "Name").fill("Thresholds Ltd");
    await page().getByRole("button", { name: "Save changes" }).click();
    await page().getByRole("heading", { name: "Thresholds Ltd" }).waitFor();
  });

  it("adds and removes an academy's member organisations, on a desktop and a phone", async () => {
    await signIn(page());
    await searchOrganisations(page(), "HPMA");
    await page().getByRole("link", { name: "HPMA London Academy" }).click();
    const members = page().getByRole("region", { name: "Member organisations" });
    const listed = members.getByRole("list", { name: "Member organisations" });
    await listed.getByText("Barts Health NHS Trust", { exact: true }).waitFor();
    expect(await listed.getByText("Oxford University Hospitals NHS Foundation Trust").count()).toBe(0);

    await chooseOption(page(), "Add a member organisation", "Oxford University Hospitals NHS Foundation Trust", "Oxford");
    await members.getByRole("button", { name: "Add member" }).click();
    await page().getByText("Member added").waitFor();
    await listed.getByText("Oxford University Hospitals NHS Foundation Trust", { exact: true }).waitFor();
    // Already a member: no longer offered.
    await fieldByLabel(page(), "Add a member organisation").fill("Oxford");
    await page().getByText("No organisations found").waitFor();
    await page().keyboard.press("Escape");
    await expectNoSeriousAxeViolations(page());

    await page().setViewportSize(PHONE);
    await members.getByRole("button", { name: "Remove Oxford University Hospitals NHS Foundation Trust" }).click();
    await page().getByText("Member removed").waitFor();
    await expect.poll(() => listed.getByText("Oxford University Hospitals NHS Foundation Trust").count()).toBe(0);
    await expectReadableText(page());
    await expectNoSeriousAxeViolations(page());
    await page().setViewportSize(DESKTOP);
  });
});
