import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { signIn } from "./support/browser";
import { usePage } from "./support/usePage";

/**
 * The console shows London time whatever zone the browser is in. New York is
 * five hours behind London, so a time formatted in the browser's zone shows.
 */
const BROWSER_ZONE = "America/New_York";

const inZone = (iso: string, timeZone: string) =>
  new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23", timeZone }).format(
    new Date(iso),
  );

/** Makes sure the trail has something from today: an organisation created through the api with the page's session. */
async function recordSomething(page: Page): Promise<void> {
  const response = await page.request.post("/graphql", {
    data: {
      query: "mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { userErrors { message } } }",
      variables: { input: { name: `Time zone test ${Date.now()}`, kind: "TRUST" } },
    },
  });
  expect(response.ok()).toBe(true);
}

describe(`a browser in ${BROWSER_ZONE}`, () => {
  const page = usePage({ timezoneId: BROWSER_ZONE });

  it("sees the audit trail's times in London time", async () => {
    await signIn(page());
    expect(await page().evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe(BROWSER_ZONE);
    await recordSomething(page());
    await page().goto("/audit");
    const times = page().getByRole("table", { name: "Audit events, newest first" }).locator("time");
    await times.first().waitFor({ timeout: 45_000 });
    for (const time of (await times.all()).slice(0, 5)) {
      const iso = await time.getAttribute("datetime");
      expect(iso).toBeTruthy();
      expect(await time.textContent()).toBe(inZone(iso!, "Europe/London"));
      expect(inZone(iso!, "Europe/London")).not.toBe(inZone(iso!, BROWSER_ZONE));
    }
  });

  it("filters the audit trail by London days", async () => {
    await signIn(page());
    await recordSomething(page());
    const londonToday = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(new Date());
    await page().goto(`/audit?from=${londonToday}&to=${londonToday}`);
    // Signing in just now was recorded today in London, whatever the date is in New York.
    const table = page().getByRole("table", { name: "Audit events, newest first" });
    await table.waitFor({ timeout: 45_000 });
    const requests: string[] = [];
    page().on("request", (request) => {
      if (request.url().endsWith("/graphql")) requests.push(request.postData() ?? "");
    });
    await page().reload();
    await table.waitFor({ timeout: 45_000 });
    const filter = requests.map((body) => JSON.parse(body) as { variables?: { filter?: { from?: string; to?: string } } }).find((body) => body.variables?.filter?.from);
    const from = new Date(filter!.variables!.filter!.from!);
    const to = new Date(filter!.variables!.filter!.to!);
    expect(new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: "Europe/London" }).format(from)).toBe("00:00");
    expect(new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(from)).toBe(londonToday);
    expect(new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(to)).toBe(londonToday);
    expect(to.getTime() - from.getTime()).toBeGreaterThanOrEqual(23 * 3600_000 - 1);
  });
});
