import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { DESKTOP, expectNoSeriousAxeViolations, PHONE, signIn } from "./support/browser";
import { ARTIFACTS_DIR } from "./support/e2eSettings";
import { usePage } from "./support/usePage";

const runId = Date.now().toString(36).slice(-5);
const shot = (page: Page, name: string) => page.screenshot({ path: new URL(`${name}.png`, ARTIFACTS_DIR).pathname, fullPage: true });

async function graphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(new URL("/graphql", inject("apiUrl")), { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query, variables }) });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (!body.data || body.errors) throw new Error(`GraphQL: ${JSON.stringify(body.errors)}`);
  return body.data;
}

interface Question {
  key: string;
  kind: string;
  required: boolean;
  choices: string[] | null;
}

/** Applies to the demo's programme open to all ethnicities (no declaration, no line manager), as a member of the public would. */
async function applyToOpenProgramme(n: number): Promise<{ cohortId: string; statusPath: string }> {
  const { programmes } = await graphql<{ programmes: { edges: Array<{ node: { title: string; applicationQuestions: Question[]; openCohorts: Array<{ id: string }> } }> } }>(
    `{ programmes(first: 50) { edges { node { title applicationQuestions { key kind required choices } openCohorts { id } } } } }`,
  );
  const programme = programmes.edges.map((e) => e.node).find((p) => p.title.startsWith("Career Advancement Programme in Promoting Racial Equity") && p.openCohorts.length > 0);
  if (!programme) throw new Error(`no open cohort of the open-to-all programme among ${programmes.edges.map((e) => e.node.title).join(", ")}`);
  const answers = programme.applicationQuestions.filter((q) => q.required).map((q) => ({ questionKey: q.key, value: q.choices?.[0] ?? "Because I want to lead change." }));
  const { submitApplication } = await graphql<{ submitApplication: { statusUrl: string | null; userErrors: Array<{ message: string }>; application: { status: string } | null } }>(
    `mutation ($input: SubmitApplicationInput!) { submitApplication(input: $input) { statusUrl userErrors { message } application { status } } }`,
    {
      input: {
        cohortId: programme.openCohorts[0].id,
        idempotencyKey: `e2e-monitoring-${runId}-${n}`,
        applicant: { name: `Monitoring Applicant ${runId} ${n}`, email: `monitoring.${runId}.${n}@nhs.example`, organisationName: "Test Trust", jobTitle: "Ward manager", staffGroup: "NURSING_AND_MIDWIFERY", band: "BAND_7" },
        answers,
      },
    },
  );
  if (!submitApplication.statusUrl) throw new Error(JSON.stringify(submitApplication.userErrors));
  expect(submitApplication.application?.status).not.toBe("INELIGIBLE");
  return { cohortId: programme.openCohorts[0].id, statusPath: new URL(submitApplication.statusUrl).pathname };
}

describe("equality monitoring", () => {
  const page = usePage();

  it("the applicant answers the optional form from their status page, with its own consent, and can delete the answers", { timeout: 180_000 }, async () => {
    const { statusPath } = await applyToOpenProgramme(0);
    await page().setViewportSize(DESKTOP);
    await page().goto(statusPath);
    await page().getByRole("link", { name: "answer the optional equality monitoring questions" }).click();
    await page().getByRole("heading", { name: "Equality monitoring (optional)", level: 1 }).waitFor();
    await expectNoSeriousAxeViolations(page());
    await shot(page(), "equality-monitoring-form-desktop");

    // Without consent nothing is sent, and the page says why beside the box.
    await page().getByRole("radio", { name: "African", exact: true }).check();
    await page().getByRole("button", { name: "Send my answers" }).click();
    await page().getByText("Tick the box to agree, or leave the form: it is optional.").waitFor();

    await page().getByRole("radiogroup", { name: "Age" }).getByRole("radio", { name: "35 to 44" }).check();
    await page().getByRole("radiogroup", { name: "Religion or belief" }).getByRole("radio", { name: "Prefer not to say" }).check();
    await page().getByLabel(/I agree to my answers being kept for equality monitoring/).check();
    await page().getByRole("button", { name: "Send my answers" }).click();
    await page().getByRole("heading", { name: "Thank you", level: 1 }).waitFor();
    await page().getByText("Your answers are kept for equality monitoring only").waitFor();
    await expectNoSeriousAxeViolations(page());
    await shot(page(), "equality-monitoring-thanks-desktop");

    await page().getByRole("button", { name: "Delete my answers" }).click();
    await page().getByText("Your answers are deleted").waitFor();
    // The answers are never shown back: the form is empty again.
    expect(await page().getByRole("radio", { name: "African", exact: true }).isChecked()).toBe(false);

    await page().setViewportSize(PHONE);
    await page().reload();
    await page().getByRole("heading", { name: "Equality monitoring (optional)", level: 1 }).waitFor();
    await expectNoSeriousAxeViolations(page());
    const overflow = await page().evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await shot(page(), "equality-monitoring-form-phone");
  });

  it("staff read fair selection from the cohort page: counts by ethnic group, controlled, and the relative likelihood", { timeout: 240_000 }, async () => {
    // 36 more applicants answer the form, a third white (A), two thirds BME (N, H): the 30 places fill and the rest wait.
    let cohortId = "";
    for (let n = 1; n <= 36; n += 1) {
      const applied = await applyToOpenProgramme(n);
      cohortId = applied.cohortId;
      const token = decodeURIComponent(applied.statusPath.split("/").pop() ?? "");
      await graphql(`mutation ($input: EqualityMonitoringInput!) { submitEqualityMonitoring(input: $input) { recorded } }`, {
        input: { token, consent: true, ethnicity: ["A", "N", "H"][n % 3] },
      });
    }
    await page().setViewportSize(DESKTOP);
    await signIn(page(), { open: `/cohorts/${cohortId}` });
    await page().getByRole("link", { name: "Fair selection" }).click();
    await page().getByRole("heading", { name: /^Fair selection: / , level: 1 }).waitFor();
    const table = page().getByRole("table", { name: "Applicants, offers and acceptances by ethnic group" });
    const withheld = page().getByText("Withheld to protect applicants");
    await Promise.race([table.waitFor(), withheld.waitFor()]);
    if (await table.isVisible()) {
      const rows = await table.getByRole("row").allTextContents();
      expect(rows[1]).toMatch(/^White/);
      expect(rows[2]).toMatch(/^Black, Asian and minority ethnic/);
      // Every count shown is 0 or a multiple of 5 of at least 10; 1 to 7 read "fewer than 8".
      for (const cell of await table.getByRole("cell").allTextContents()) expect(cell).toMatch(/^(0|[1-9]\d*[05]|fewer than 8|\d+%|–)$/);
      await page().getByRole("heading", { name: /Relative likelihood of a white applicant/ }).waitFor();
    }
    await expectNoSeriousAxeViolations(page());
    await shot(page(), "fair-selection-cohort-desktop");

    await page().getByRole("link", { name: /See the whole programme/ }).click();
    await page().getByText(/^Applicants, offers and acceptances by ethnic group/).waitFor();
    await page().getByText(/Over \d+ cohorts?/).waitFor();
    await expectNoSeriousAxeViolations(page());
    await shot(page(), "fair-selection-programme-desktop");

    await page().setViewportSize(PHONE);
    await page().goto(`/fair-selection/${cohortId}`);
    await page().getByRole("heading", { name: /^Fair selection: /, level: 1 }).waitFor();
    await expectNoSeriousAxeViolations(page());
    const overflow = await page().evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await shot(page(), "fair-selection-cohort-phone");
  });
});
