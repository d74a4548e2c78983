import { randomUUID } from "node:crypto";
import {
  createCohortMutation,
  createProgrammeMutation,
  openCohortMutation,
  publishProgrammeMutation,
  scheduleCohortMutation,
  updateSelectionCriteriaMutation,
  type ApplicantInput,
  type ApplicationQuestionInput,
  type EligibilityRulesInput,
  type SubmitApplicationInput,
} from "@ascent/client";
import { addDaysToLocalDate, AfcBand, AllocationPolicy, DeliveryMode, ModuleKind, Role, StaffGroup, toLondon } from "@ascent/domain";
import { toGlobalId } from "../../src/graphql/relay/global-id";
import type { GraphQLClient } from "./graphql-client";
import type { TestServer } from "./test-server";

export interface CohortOptions {
  capacity: number;
  allocationPolicy?: AllocationPolicy;
  eligibility?: EligibilityRulesInput;
  questions?: ApplicationQuestionInput[];
  /** The academy of the signed-in manager who makes it. */
  academy?: string;
}

/** An academy manager, signed in, who publishes a programme and opens a cohort taking applications now. */
export async function openCohort(server: TestServer, options: CohortOptions): Promise<{ cohortId: string; programmeId: string; manager: GraphQLClient }> {
  const academy = options.academy ?? "South East Leadership Academy";
  const manager = await server.signedInAs(Role.PROGRAMME_MANAGER, `manager.${academy.split(" ")[0].toLowerCase()}@test.ascent.local`, academy);
  const [{ id: academyId }] = await server.dataSource.query("SELECT id FROM organisation WHERE name = $1", [academy]);
  const { createProgramme } = await manager.data(createProgrammeMutation, {
    input: {
      academyId: toGlobalId("Organisation", academyId),
      title: `Test programme ${randomUUID().slice(0, 8)}`,
      summary: "For the application tests.",
      duration: "3 months",
      deliveryModes: [DeliveryMode.ONLINE],
      eligibility: options.eligibility ?? null,
      modules: [{ title: "Workshop", kind: ModuleKind.WORKSHOP, lengthDays: 1 }],
    },
  });
  if (createProgramme.userErrors.length || !createProgramme.programme) throw new Error(JSON.stringify(createProgramme.userErrors));
  const programmeId = createProgramme.programme.id;
  await manager.data(publishProgrammeMutation, { input: { id: programmeId } });
  if (options.questions) {
    const { updateApplicationForm } = await manager.data(updateSelectionCriteriaMutation, { input: { programmeId, applicationQuestions: options.questions } });
    if (updateApplicationForm.userErrors.length) throw new Error(JSON.stringify(updateApplicationForm.userErrors));
  }
  const now = toLondon(new Date(Date.now() - 60 * 60 * 1000));
  const today = toLondon(new Date()).date;
  const { createCohort } = await manager.data(createCohortMutation, {
    input: {
      programmeId,
      name: `Cohort ${randomUUID().slice(0, 8)}`,
      capacity: options.capacity,
      allocationPolicy: options.allocationPolicy ?? AllocationPolicy.FIRST_COME_FIRST_SERVED,
      startsOn: addDaysToLocalDate(today, 60),
      endsOn: addDaysToLocalDate(today, 120),
      applicationsOpenAt: { date: now.date, time: now.time },
      applicationsCloseAt: { date: addDaysToLocalDate(today, 30), time: "17:00" },
    },
  });
  if (createCohort.userErrors.length || !createCohort.cohort) throw new Error(JSON.stringify(createCohort.userErrors));
  const cohortId = createCohort.cohort.id;
  // A cohort opens only with its sessions.
  const { scheduleCohort } = await manager.data(scheduleCohortMutation, { input: { cohortId } });
  if (scheduleCohort.userErrors.length) throw new Error(JSON.stringify(scheduleCohort.userErrors));
  const { openCohort } = await manager.data(openCohortMutation, { input: { id: cohortId } });
  if (openCohort.userErrors.length) throw new Error(JSON.stringify(openCohort.userErrors));
  return { cohortId, programmeId, manager };
}

let counter = 0;

/** A complete, valid application to the cohort; override any part. */
export function applicationInput(cohortId: string, overrides: Partial<SubmitApplicationInput> = {}, applicant: Partial<ApplicantInput> = {}): SubmitApplicationInput {
  counter += 1;
  return {
    cohortId,
    idempotencyKey: randomUUID(),
    applicant: { name: `Applicant ${counter}`, email: `applicant${counter}.${randomUUID().slice(0, 6)}@nhs.test`, organisationName: "Test Trust", jobTitle: "Ward manager", staffGroup: StaffGroup.NURSING_AND_MIDWIFERY, band: AfcBand.BAND_6, ...applicant },
    ...overrides,
  };
}
