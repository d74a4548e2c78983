import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectNoSeriousAxeViolations, signIn } from "./support/browser";
import { E2E_ADMIN } from "./support/e2eSettings";
import { fieldByLabel } from "./support/fieldByLabel";
import { chooseOption } from "./support/organisationsPage";
import { usePage } from "./support/usePage";

const runId = Date.now().toString(36).slice(-5);

/** Sends a GraphQL request with the page's session cookie, as the console itself would. */
async function graphqlAsSignedInUser<T>(page: Page, query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await page.request.post("/graphql", { data: { query, variables } });
  const body = (await response.json()) as { data: T; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  return body.data;
}

describe("audit trail", () => {
  const page = usePage();

  it("finds a newly created user by operation, by target and by who acted", async () => {
    await signIn(page());
    const { createUser } = await graphqlAsSignedInUser<{ createUser: { user: { id: string } } }>(
      page(),
      `mutation ($input: CreateUserInput!) { createUser(input: $input) { user { id } userErrors { message } } }`,
      { input: { name: `Audit Subject ${runId}`, email: `audit.subject.${runId}@ascent.test`, role: "ADMIN" } },
    );
    const userId = createUser.user.id;

    await page().getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Audit trail" }).click();
    await page().getByRole("heading", { name: "Audit trail" }).waitFor();
    await page().getByRole("button", { name: `Show only events about User ${userId}` }).waitFor();
    expect(await page().title()).toBe("Audit trail – Ascent");
    await expectNoSeriousAxeViolations(page());

    // By operation.
    const operation = fieldByLabel(page(), "Operation");
    await operation.fill("createUser");
    await operation.press("Enter");
    await page().waitForURL((url) => url.searchParams.get("op") === "createUser");
    const row = page().getByRole("row").filter({ has: page().getByRole("button", { name: `Show only events about User ${userId}` }) });
    await row.waitFor();
    const cells = await row.getByRole("cell").allTextContents();
    expect(cells[1]).toContain(E2E_ADMIN.name);
    expect(cells[2]).toBe("createUser");
    await expect
      .poll(async () => new Set(await page().locator("tbody tr td:nth-child(3)").allTextContents()))
      .toEqual(new Set(["createUser"]));

    // By target: only that user's events remain.
    await row.getByRole("button", { name: `Show only events about User ${userId}` }).click();
    await page().waitForURL((url) => url.searchParams.get("target") === userId);
    await expect.poll(() => page().locator("tbody tr").count()).toBe(1);
    // The field follows the address on the next render.
    await expect.poll(() => fieldByLabel(page(), "Target id").inputValue()).toBe(userId);

    // By who acted, and a date range that excludes today.
    await page().getByRole("button", { name: "Clear filters" }).first().click();
    await page().waitForURL((url) => url.search === "");
    await chooseOption(page(), "Who", E2E_ADMIN.name, "E2E");
    await page().waitForURL((url) => url.searchParams.has("actor"));
    await row.waitFor();
    await expectNoSeriousAxeViolations(page());

    await page().goto(`/audit?op=createUser&from=2020-01-01&to=2020-01-31`);
    await page().getByText("No events match").waitFor();
  });

  it("records a partner token being issued", async () => {
    await signIn(page());
    const organisations = await graphqlAsSignedInUser<{ organisations: { edges: { node: { id: string } }[] } }>(
      page(),
      `query ($search: String) { organisations(first: 1, filter: { search: $search }) { edges { node { id } } } }`,
      { search: "Guy's and St Thomas'" },
    );
    const { createApiToken } = await graphqlAsSignedInUser<{ createApiToken: { apiToken: { id: string } } }>(
      page(),
      `mutation ($input: CreateApiTokenInput!) { createApiToken(input: $input) { apiToken { id } userErrors { message } } }`,
      { input: { organisationId: organisations.organisations.edges[0]?.node.id, scopes: ["WRES_READ"], label: `Audit ${runId}` } },
    );

    await page().goto("/audit?op=createApiToken");
    const row = page()
      .getByRole("row")
      .filter({ has: page().getByRole("button", { name: `Show only events about ApiToken ${createApiToken.apiToken.id}` }) });
    await row.waitFor();
    expect((await row.getByRole("cell").allTextContents())[4]).toBe("organisationId, scopes, label, expiresAt");
  });
});
