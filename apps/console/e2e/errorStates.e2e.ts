import { describe, expect, it } from "vitest";
import { login } from "./support/browser";
import { usePage } from "./support/usePage";

describe("when things go wrong", () => {
  const page = usePage();

  it("explains that the server can't be reached, and recovers with Retry", async () => {
    await login(page());
    // Simulate the api being down: every GraphQL request fails at the network level.
    await page().route("**/graphql", (route) => route.abort("connectionrefused"));
    await page().reload();

    const problem = page().getByRole("alert").filter({ hasText: "Can't reach the Ascent server" });
    await problem.waitFor();
    await page().unroute("**/graphql");
    await problem.getByRole("button", { name: "Retry" }).click();

    await page().getByRole("heading", { name: "Organisations" }).waitFor();
    await page().getByRole("link", { name: "Guy's and St Thomas' NHS Foundation Trust" }).waitFor();
  });

  it("sends the user to sign in when their session ends, then back to where they were", async () => {
    await login(page());
    await page().getByRole("link", { name: "Guy's and St Thomas' NHS Foundation Trust" }).waitFor();
    // The session cookie disappears (expired, or signed out in another tab).
    await page().context().clearCookies();

    await page().getByRole("button", { name: "ODS code" }).click();

    await page().waitForURL((url) => url.pathname === "/login");
    expect(new URL(page().url()).searchParams.get("next")).toBe("/organisations?sort=ODS_CODE&dir=ASC");
  });
});
