import { randomUUID } from "node:crypto";
import { addDaysToLocalDate, Role, toLondon } from "@ascent/domain";
import { scheduleCohortMutation } from "@ascent/client";
import { toGlobalId } from "../../src/graphql/relay/global-id";
import type { GraphQLClient } from "./graphql-client";
import type { TestServer } from "./test-server";

export const SUBMIT = `mutation ($input: SubmitApplicationInput!) {
  submitApplication(input: $input) {
    replayed statusToken statusUrl
    application { reference status waitlistPosition holdExpiresAt offerExpiresAt endorsementStatus canWithdraw canRespondToOffer ineligibility { title lines } }
    userErrors { field code message }
  }
}`;

export interface CohortOptions {
  capacity: number;
  allocationPolicy?: "FIRST_COME_FIRST_SERVED" | "PANEL_SELECTION";
  eligibility?: Record<string, unknown>;
  questions?: Array<Record<string, unknown>>;
  /** The academy of the signed-in manager who makes it. */
  academy?: string;
}

/** An academy manager, signed in, who publishes a programme and opens a cohort taking applications now. */
export async function openCohort(server: TestServer, options: CohortOptions): Promise<{ cohortId: string; programmeId: string; manager: GraphQLClient }> {
  const academy = options.academy ?? "South East Leadership Academy";
  const manager = await server.signedInAs(Role.PROGRAMME_MANAGER, `manager.${academy.split(" ")[0].toLowerCase()}@test.ascent.local`, academy);
  const [{ id: academyId }] = await server.dataSource.query("SELECT id FROM organisation WHERE name = $1", [academy]);
  const { createProgramme } = await manager.data(
    `mutation ($input: CreateProgrammeInput!) { createProgramme(input: $input) { programme { id } userErrors { message } } }`,
    {
      input: {
        academyId: toGlobalId("Organisation", academyId),
        title: `Test programme ${randomUUID().slice(0, 8)}`,
        summary: "For the application tests.",
        duration: "3 months",
        deliveryModes: ["ONLINE"],
        eligibility: options.eligibility ?? null,
        modules: [{ title: "Workshop", kind: "WORKSHOP", lengthDays: 1 }],
      },
    },
  );
  if (createProgramme.userErrors.length) throw new Error(JSON.stringify(createProgramme.userErrors));
  const programmeId = createProgramme.programme.id;
  await manager.data(`mutation ($id: ID!) { publishProgramme(input: { id: $id }) { userErrors { message } } }`, { id: programmeId });
  if (options.questions) {
    const { updateApplicationForm } = await manager.data(
      `mutation ($input: UpdateApplicationFormInput!) { updateApplicationForm(input: $input) { userErrors { field message } } }`,
      { input: { programmeId, applicationQuestions: options.questions } },
    );
    if (updateApplicationForm.userErrors.length) throw new Error(JSON.stringify(updateApplicationForm.userErrors));
  }
  const now = toLondon(new Date(Date.now() - 60 * 60 * 1000));
  const today = toLondon(new Date()).date;
  const { createCohort } = await manager.data(
    `mutation ($input: CreateCohortInput!) { createCohort(input: $input) { cohort { id } userErrors { message } } }`,
    {
      input: {
        programmeId,
        name: `Cohort ${randomUUID().slice(0, 8)}`,
        capacity: options.capacity,
        allocationPolicy: options.allocationPolicy ?? "FIRST_COME_FIRST_SERVED",
        startsOn: addDaysToLocalDate(today, 60),
        endsOn: addDaysToLocalDate(today, 120),
        applicationsOpenAt: { date: now.date, time: now.time },
        applicationsCloseAt: { date: addDaysToLocalDate(today, 30), time: "17:00" },
      },
    },
  );
  if (createCohort.userErrors.length) throw new Error(JSON.stringify(createCohort.userErrors));
  // A cohort opens only with its sessions.
  const { scheduleCohort } = await manager.data(scheduleCohortMutation, { input: { cohortId: createCohort.cohort.id } });
  if (scheduleCohort.userErrors.length) throw new Error(JSON.stringify(scheduleCohort.userErrors));
  const { openCohort } = await manager.data(`mutation ($id: ID!) { openCohort(input: { id: $id }) { userErrors { message } } }`, { id: createCohort.cohort.id });
  if (openCohort.userErrors.length) throw new Error(JSON.stringify(openCohort.userErrors));
  return { cohortId: createCohort.cohort.id, programmeId, manager };
}

let counter = 0;

/** A complete, valid application to the cohort; override any part. */
export function applicationInput(cohortId: string, overrides: Record<string, unknown> = {}, applicant: Record<string, unknown> = {}) {
  counter += 1;
  return {
    cohortId,
    idempotencyKey: randomUUID(),
    applicant: { name: `Applicant ${counter}`, email: `applicant${counter}.${randomUUID().slice(0, 6)}@nhs.test`, organisationName: "Test Trust", jobTitle: "Ward manager", staffGroup: "NURSING_AND_MIDWIFERY", band: "BAND_6", ...applicant },
    ...overrides,
  };
}
