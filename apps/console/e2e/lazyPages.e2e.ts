import type { Request } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectNoSeriousAxeViolations, signIn } from "./support/browser";
import { usePage } from "./support/usePage";

/** The chunk of one page, e.g. /assets/AuditPage-<hash>.js in the built console. */
const pageChunk = (page: string) => new RegExp(`/assets/${page}-[\\w-]+\\.js$`);

describe("pages that load on first visit", () => {
  const page = usePage();

  it("downloads a page's code only when the page is opened", async () => {
    const requested: string[] = [];
    page().on("request", (request: Request) => requested.push(new URL(request.url()).pathname));
    await signIn(page());
    await page().getByRole("heading", { name: "Organisations" }).waitFor();
    expect(requested.filter((path) => pageChunk("AuditPage").test(path))).toEqual([]);

    await page().getByRole("link", { name: "Audit trail" }).click();
    await page().getByRole("heading", { name: "Audit trail", level: 1 }).waitFor();
    expect(requested.filter((path) => pageChunk("AuditPage").test(path))).toHaveLength(1);
    expect(new URL(page().url()).pathname).toBe("/audit");
  });

  it("says, to screen readers too, that a page is on its way while its code downloads", async () => {
    await signIn(page());
    await page().getByRole("heading", { name: "Organisations" }).waitFor();
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    await page().route(pageChunk("UsersListPage"), async (route) => {
      await released;
      await route.continue();
    });

    await page().getByRole("link", { name: "Users" }).click();
    const loading = page().getByRole("status").filter({ hasText: "Loading the page…" });
    await loading.waitFor();
    expect(await loading.getAttribute("aria-live")).toBe("polite");
    // The frame stays usable around it: header, menu, skip link.
    await page().getByRole("navigation", { name: "Main navigation" }).waitFor();
    // Checked as it is: the loading state is busy (and its spinner turns) until the code arrives.
    await expectNoSeriousAxeViolations(page(), { settle: false });

    release();
    await page().getByRole("heading", { name: "Users", level: 1 }).waitFor();
    expect(await loading.count()).toBe(0);
  });

  it("explains a page that cannot be downloaded, and recovers on reload", async () => {
    await signIn(page());
    await page().getByRole("heading", { name: "Organisations" }).waitFor();
    // The connection drops (or a release replaced the files) just as the user opens a page.
    await page().route(pageChunk("MentorsPage"), (route) => route.abort("internetdisconnected"));

    await page().getByRole("link", { name: "Mentors and coaches" }).click();
    await page().getByRole("heading", { name: "The page could not be downloaded" }).waitFor();
    expect(await page().title()).toContain("The page could not be downloaded");
    await expectNoSeriousAxeViolations(page());

    await page().unroute(pageChunk("MentorsPage"));
    await page().getByRole("button", { name: "Reload the page" }).click();
    await page().getByRole("heading", { name: "Mentors and coaches", level: 1 }).waitFor();
    expect(new URL(page().url()).pathname).toBe("/mentors");
  });
});
