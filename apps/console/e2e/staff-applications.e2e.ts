import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { DESKTOP, expectNoSeriousAxeViolations, expectReadableText, PHONE, signIn, waitUntilSettled } from "./support/browser";
import { ARTIFACTS_DIR } from "./support/e2eSettings";
import { usePage } from "./support/usePage";

const runId = Date.now().toString(36).slice(-5);
const shot = (page: Page, name: string) => page.screenshot({ path: new URL(`${name}.png`, ARTIFACTS_DIR).pathname, fullPage: true });

interface PanelCohort {
  id: string;
  programme: { applicationQuestions: Array<{ key: string; required: boolean; choices: string[] | null }>; selectionCriteria: Array<{ title: string; maxScore: number }> };
}

async function graphql<T>(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await page.request.post("/graphql", { data: { query, variables }, headers: { "content-type": "application/json" } });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (!body.data || body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** The demo panel cohort (the Anti-Racist Leadership Programme's), and a fresh application to it from the public form's mutation. */
async function applyToPanelCohort(page: Page, name: string): Promise<PanelCohort> {
  // Asked by cohort: the demo's past cohorts (career outcomes) fill the first pages of applications.
  const { cohorts } = await graphql<{ cohorts: { edges: Array<{ node: PanelCohort & { allocationPolicy: string } }> } }>(
    page,
    `{ cohorts(first: 20, filter: { openForApplications: true }) { edges { node { id allocationPolicy programme { applicationQuestions { key required choices } selectionCriteria { title maxScore } } } } } }`,
  );
  const cohort = cohorts.edges.map((e) => e.node).find((c) => c.allocationPolicy === "PANEL_SELECTION");
  if (!cohort) throw new Error("the demo data has no open panel cohort");
  // A member trust of the academy: the programme takes its members' staff only.
  const { employerChoices } = await graphql<{ employerChoices: Array<{ id: string }> }>(page, `{ employerChoices(search: "RJ1") { id } }`);
  const answers = cohort.programme.applicationQuestions.filter((q) => q.required).map((q) => ({ questionKey: q.key, value: q.choices?.[0] ?? "To lead anti-racist change in our people function." }));
  const { submitApplication } = await graphql<{ submitApplication: { userErrors: unknown[] } }>(
    page,
    `mutation ($input: SubmitApplicationInput!) { submitApplication(input: $input) { userErrors { field message } } }`,
    {
      input: {
        cohortId: cohort.id,
        idempotencyKey: `e2e-staff-${runId}`,
        applicant: { name, email: `panel.${runId}@nhs.example`, organisationId: employerChoices[0].id, jobTitle: "Head of people", staffGroup: "HR_OD", band: "BAND_8A" },
        answers,
      },
    },
  );
  expect(submitApplication.userErrors).toEqual([]);
  return cohort;
}

describe("staff: queue, application, panel score, offer", () => {
  const page = usePage();

  it("finds an application in the cohort's queue, reads it, scores it (an out-of-range score refused beside its field), and offers it a place from the panel's ranking", { timeout: 600_000 }, async () => {
    const name = `Nadia Panel ${runId}`;
    page().setDefaultTimeout(60_000);
    await page().setViewportSize(DESKTOP);
    await signIn(page());
    const cohort = await applyToPanelCohort(page(), name);
    const criteria = cohort.programme.selectionCriteria;
    expect(criteria.length).toBeGreaterThan(0);

    // The cohort page: live counts and the way into the queue.
    await page().goto(`/cohorts/${cohort.id}`);
    await page().getByRole("heading", { name: "Places and participants" }).waitFor();
    await page().getByRole("link", { name: "Applications", exact: true }).click();
    await page().getByRole("heading", { name: /^Applications: / }).waitFor();
    await page().getByLabel("Search").fill(name);
    await page().getByRole("link", { name }).waitFor();
    await expectNoSeriousAxeViolations(page());
    await shot(page(), "staff-queue");

    // The application: answers, endorsement, timeline.
    await page().getByRole("link", { name }).click();
    await page().getByRole("heading", { name, level: 1 }).waitFor();
    await page().getByRole("heading", { name: "Timeline" }).waitFor();
    await page().getByText("Application received").waitFor();
    await expectNoSeriousAxeViolations(page());

    // Score: out of range first, refused beside its field, then a full score.
    await page().getByRole("link", { name: "Score this application" }).click();
    await page().getByRole("heading", { name: "Your score" }).waitFor();
    const field = (index: number) => page().getByRole("textbox", { name: `${criteria[index].title} (0 to ${criteria[index].maxScore})` });
    await field(0).fill(String(criteria[0].maxScore + 4));
    for (let i = 1; i < criteria.length; i += 1) await field(i).fill(String(criteria[i].maxScore));
    await page().getByRole("button", { name: "Save score" }).click();
    await page().getByText(`Score "${criteria[0].title}" with a whole number from 0 to ${criteria[0].maxScore}.`).waitFor();
    await expectNoSeriousAxeViolations(page());
    await field(0).fill(String(criteria[0].maxScore));
    await page().getByRole("textbox", { name: "Comment for the panel (optional)" }).fill("Clear plan for casework fairness.");
    await page().getByRole("button", { name: "Save score" }).click();

    // The panel: ranked first (the only one scored), on the suggested shortlist; offer.
    await page().getByRole("heading", { name: /^Panel: / }).waitFor();
    const row = page().getByRole("row").filter({ hasText: name });
    await expect.poll(() => row.getByRole("cell").nth(1).textContent()).toBe("1");
    await expect.poll(() => row.getByRole("checkbox").isChecked()).toBe(true);
    await expectNoSeriousAxeViolations(page());
    await shot(page(), "staff-panel");
    await page().getByRole("button", { name: /^Offer places to the shortlist/ }).click();
    await page().getByText(new RegExp(`${name} \\(ASC-[0-9A-Z]+\\): done, now place offered\\.`)).waitFor();

    // Back on the application: offered, and the timeline says who did it.
    await page().getByRole("link", { name: "Queue" }).click();
    await page().getByLabel("Search").fill(name);
    await page().getByRole("link", { name }).click();
    await page().getByRole("heading", { name, level: 1 }).waitFor();
    await page().getByText("Selected by the panel").waitFor();
    await page().getByText(/by Ascent administrator|by .*\(.*@.*\)/).first().waitFor();
    expect(await page().getByText("Place offered").first().isVisible()).toBe(true);
    await expectNoSeriousAxeViolations(page());

    // On a phone: the queue and the application still read (no sideways scrolling).
    await page().setViewportSize(PHONE);
    await page().goto(`/cohorts/${cohort.id}/applications`);
    await page().getByRole("heading", { name: /^Applications: / }).waitFor();
    await waitUntilSettled(page());
    await expectReadableText(page());
    expect(await page().evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await expectNoSeriousAxeViolations(page());
  });
});
