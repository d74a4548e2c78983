import type { Locator, Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { expectNoSeriousAxeViolations, signIn } from "./support/browser";
import { fieldByLabel } from "./support/fieldByLabel";
import { chooseOption } from "./support/organisationsPage";
import { usePage } from "./support/usePage";

const runId = Date.now().toString(36).slice(-5);
const TRUST = "Guy's and St Thomas' NHS Foundation Trust";

/** A dialog once its opening transition has finished, so axe measures its real colours rather than a fade. */
async function openedDialog(page: Page, name: string): Promise<Locator> {
  const dialog = page.getByRole("dialog", { name });
  await dialog.waitFor();
  await expect
    .poll(() => dialog.evaluate((element) => element.getAnimations({ subtree: true }).length === 0 && getComputedStyle(element).opacity === "1"))
    .toBe(true);
  return dialog;
}

/** Calls the api directly, as a partner's system would, with the token as a Bearer credential. */
async function askAsPartner(secret: string) {
  const response = await fetch(`${inject("apiUrl")}/graphql`, {
    method: "POST",
    headers: { authorization: `Bearer ${secret}`, "content-type": "application/json" },
    body: JSON.stringify({ query: "{ viewer { organisation { name } scopes } }" }),
  });
  return (await response.json()) as {
    data?: { viewer: { organisation: { name: string } | null; scopes: string[] } | null } | null;
    errors?: { message: string; extensions?: { code?: string } }[];
  };
}

describe("partner API tokens", () => {
  const page = usePage();

  it("issues a token whose secret is shown once and works against the api, then revokes it", async () => {
    const label = `E2E catalogue feed ${runId}`;
    await signIn(page());
    await page().getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "API tokens" }).click();
    await page().getByRole("heading", { name: "API tokens", level: 1 }).waitFor();
    await page().getByRole("link", { name: "New API token" }).first().waitFor();
    await expectNoSeriousAxeViolations(page());

    await page().getByRole("link", { name: "New API token" }).first().click();
    await page().getByRole("heading", { name: "New API token" }).waitFor();
    await chooseOption(page(), "Organisation", TRUST, "Guy's");
    await page().getByRole("checkbox", { name: "Read the programme catalogue" }).check();
    await fieldByLabel(page(), "Label").fill(label);
    // The expiry defaults to 90 days ahead.
    expect(await page().getByRole("button", { name: /Expires on/ }).textContent()).not.toBe("");
    await expectNoSeriousAxeViolations(page());
    await page().getByRole("button", { name: "Create token" }).click();

    const dialog = await openedDialog(page(), "Token created: copy it now");
    await dialog.getByText("You won't see this again").waitFor();
    const secret = await dialog.getByRole("textbox", { name: "Token" }).inputValue();
    expect(secret.length).toBeGreaterThan(20);
    await expectNoSeriousAxeViolations(page());

    const answer = await askAsPartner(secret);
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.viewer).toEqual({ organisation: { name: TRUST }, scopes: ["CATALOGUE_READ"] });

    await dialog.getByRole("button", { name: "I have copied it" }).click();
    await page().waitForURL((url) => url.pathname === "/api-tokens");
    const row = page().getByRole("row").filter({ hasText: label });
    await row.waitFor();
    const cells = await row.getByRole("cell").allTextContents();
    expect(cells).toContain(TRUST);
    expect(cells).toContain("catalogue:read");
    expect(cells).toContain("Active");
    // The prefix column is how people recognise the token later.
    expect(secret.startsWith(cells[3] ?? "-")).toBe(true);

    await row.getByRole("button", { name: `Revoke ${label}` }).click();
    const confirm = await openedDialog(page(), "Revoke this token?");
    await expectNoSeriousAxeViolations(page());
    await confirm.getByRole("button", { name: "Revoke token" }).click();
    await page().getByText("Token revoked").waitFor();
    await expect.poll(async () => (await row.getByRole("cell").allTextContents()).includes("Revoked")).toBe(true);
    expect(await row.getByRole("button", { name: /Revoke/ }).count()).toBe(0);

    const afterRevoking = await askAsPartner(secret);
    expect(afterRevoking.errors?.map((error) => error.extensions?.code)).toEqual(["UNAUTHENTICATED"]);
  });

  it("asks for an organisation before sending anything", async () => {
    await signIn(page(), { open: "/api-tokens/new" });
    await page().getByRole("checkbox", { name: "Read the programme catalogue" }).check();
    await fieldByLabel(page(), "Label").fill("No organisation chosen");
    await page().getByRole("button", { name: "Create token" }).click();
    // Checked in the browser first: nothing reaches the server without an organisation.
    await page().getByText("Choose the organisation the token is for").waitFor();
    expect(new URL(page().url()).pathname).toBe("/api-tokens/new");
  });
});
