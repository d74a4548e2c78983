import { describe, expect, it } from "vitest";
import { signIn } from "./support/browser";
import { E2E_ADMIN } from "./support/e2eSettings";
import { fieldByLabel } from "./support/fieldByLabel";
import { usePage } from "./support/usePage";

describe("when things go wrong", () => {
  const page = usePage();

  it("explains that the server can't be reached, and recovers with Retry", async () => {
    await signIn(page());
    // Simulate the api being down: every GraphQL request fails at the network level.
    await page().route("**/graphql", (route) => route.abort("connectionrefused"));
    await page().reload();

    const problem = page().getByRole("alert").filter({ hasText: "Can't reach the Ascent server" });
    await problem.waitFor();
    expect(await page().getByRole("link", { name: "Guy's and St Thomas' NHS Foundation Trust" }).count()).toBe(0);
    await page().unroute("**/graphql");
    // Nothing asks the server again until Retry does.
    const asked = page().waitForRequest("**/graphql");
    await problem.getByRole("button", { name: "Retry" }).click();
    await asked;

    await page().getByRole("heading", { name: "Organisations" }).waitFor();
    await page().getByRole("link", { name: "Guy's and St Thomas' NHS Foundation Trust" }).waitFor();
    expect(await problem.count()).toBe(0);
  });

  it("sends the user to sign in when their session ends, then back to where they were", async () => {
    await signIn(page());
    await page().getByRole("link", { name: "Guy's and St Thomas' NHS Foundation Trust" }).waitFor();
    // The session cookie disappears (expired, or signed out in another tab).
    await page().context().clearCookies();

    await page().getByRole("button", { name: "ODS code" }).click();

    await page().waitForURL((url) => url.pathname === "/login");
    expect(new URL(page().url()).searchParams.get("next")).toBe("/organisations?sort=ODS_CODE&dir=ASC");

    await fieldByLabel(page(), "Email").fill(E2E_ADMIN.email);
    await fieldByLabel(page(), "Password").fill(E2E_ADMIN.password);
    await page().getByRole("button", { name: "Sign in" }).click();
    await page().waitForURL((url) => url.pathname === "/organisations" && url.search === "?sort=ODS_CODE&dir=ASC");
    // The list is shown as they left it: sorted by ODS code.
    await page().locator('th[aria-sort="ascending"]', { hasText: "ODS code" }).waitFor();
    await page().getByRole("row").nth(1).waitFor();
  });
});
