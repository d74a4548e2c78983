import { getNamedType, isEnumType, isInputObjectType, isObjectType, isInterfaceType } from "graphql";
import {
  acceptOfferMutation,
  createCohortMutation,
  eraseApplicantMutation,
  fairSelectionQuery,
  openCohortMutation,
  scheduleCohortMutation,
  submitApplicationMutation,
  submitEqualityMonitoringMutation,
  withdrawEqualityMonitoringMutation,
  type EqualityMonitoringInput,
  type EthnicityCode,
} from "@ascent/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildAppSchema } from "../src/composition";
import { seedDemoData } from "../src/seed/seed-demo-data";
import { addDaysToLocalDate, AllocationPolicy, Role, toLondon } from "@ascent/domain";
import { toGlobalId } from "../src/graphql/relay/global-id";
import { applicationInput, openCohort } from "./support/applications";
import type { GraphQLClient } from "./support/graphql-client";
import { createTestServer, TestServer } from "./support/test-server";

let server: TestServer;
let anonymous: GraphQLClient;

beforeAll(async () => {
  server = await createTestServer();
  await seedDemoData(server.dataSource);
  anonymous = server.anonymous();
}, 60_000);
afterAll(() => server.close());

/** The monitoring questions' answers, without the link's token and the consent. */
type Answers = Omit<EqualityMonitoringInput, "token" | "consent">;

const sql = (text: string, params: unknown[] = []) => server.dataSource.query(text, params);
const apply = async (cohortId: string) => {
  const { submitApplication } = await anonymous.data(submitApplicationMutation, { input: applicationInput(cohortId) });
  expect(submitApplication.userErrors).toEqual([]);
  return submitApplication as { statusToken: string; application: { reference: string; status: string } };
};
const monitor = async (token: string, answers: Answers) => (await anonymous.data(submitEqualityMonitoringMutation, { input: { token, consent: true, ...answers } })).submitEqualityMonitoring;
const responses = async () => (await sql("SELECT count(*)::int AS n FROM equality_monitoring_response"))[0].n as number;

describe("the equality monitoring form, through the applicant's private link", () => {
  it("keeps answers only with consent, replaces them on a second submission, and deletes them on withdrawal", async () => {
    const { cohortId } = await openCohort(server, { capacity: 5 });
    const applied = await apply(cohortId);
    const before = await responses();

    const noConsent = await anonymous.data(submitEqualityMonitoringMutation, { input: { token: applied.statusToken, consent: false, ethnicity: "N" } });
    expect(noConsent.submitEqualityMonitoring).toMatchObject({ recorded: false, userErrors: [{ field: ["consent"], code: "REQUIRED" }] });
    expect(await responses()).toBe(before);

    const answers: Answers = { ethnicity: "N", ageBand: "AGE_35_44", sex: "FEMALE", genderSameAsBirth: "YES", sexualOrientation: "PREFER_NOT_TO_SAY", disability: "NO", religion: "CHRISTIAN" };
    expect(await monitor(applied.statusToken, answers)).toEqual({ recorded: true, userErrors: [] });
    expect(await monitor(applied.statusToken, { ethnicity: "Z" })).toEqual({ recorded: true, userErrors: [] });
    const [row] = await sql(
      `SELECT r.ethnicity, r.age_band, r.religion FROM equality_monitoring_response r JOIN application a ON a.id = r.application_id WHERE a.reference = $1`,
      [applied.application.reference],
    );
    // The second submission replaced the first: unanswered questions are unanswered, not kept from before.
    expect(row).toEqual({ ethnicity: "Z", age_band: null, religion: null });

    expect((await anonymous.data(withdrawEqualityMonitoringMutation, { input: { token: applied.statusToken } })).withdrawEqualityMonitoring).toEqual({ recorded: false, userErrors: [] });
    expect(await responses()).toBe(before);
  });

  it("refuses a tampered link, an unknown answer and a missing consent without writing anything", async () => {
    const { cohortId } = await openCohort(server, { capacity: 5 });
    const applied = await apply(cohortId);
    const before = await responses();
    const tampered = await anonymous.request(submitEqualityMonitoringMutation, { input: { token: `${applied.statusToken.slice(0, -2)}xx`, consent: true, ethnicity: "A" } });
    expect(tampered.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", link: "INVALID" });
    // Deliberately invalid variables: "Q" is no ethnic category, and the consent is left out.
    const unknownCode = await anonymous.request(submitEqualityMonitoringMutation, { input: { token: applied.statusToken, consent: true, ethnicity: "Q" as never } });
    expect(unknownCode.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    const noConsent = await anonymous.request(submitEqualityMonitoringMutation, { input: { token: applied.statusToken, ethnicity: "A" } as never });
    expect(noConsent.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(await responses()).toBe(before);
  });

  it("erasing the applicant deletes their monitoring answers in the same transaction, and the old link stops working", async () => {
    const { cohortId } = await openCohort(server, { capacity: 5 });
    const applied = await apply(cohortId);
    expect(await monitor(applied.statusToken, { ethnicity: "H", religion: "HINDU" })).toEqual({ recorded: true, userErrors: [] });
    const [{ id }] = await sql("SELECT id FROM application WHERE reference = $1", [applied.application.reference]);
    expect(await sql("SELECT count(*)::int AS n FROM equality_monitoring_response WHERE application_id = $1", [id])).toEqual([{ n: 1 }]);

    const admin = await server.signedInAs(Role.ADMIN);
    const { eraseApplicant } = await admin.data(eraseApplicantMutation, { input: { id: toGlobalId("Application", id) } });
    expect(eraseApplicant.userErrors).toEqual([]);
    expect(await sql("SELECT count(*)::int AS n FROM equality_monitoring_response WHERE application_id = $1", [id])).toEqual([{ n: 0 }]);
    const again = await anonymous.request(submitEqualityMonitoringMutation, { input: { token: applied.statusToken, consent: true, ethnicity: "H" } });
    expect(again.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", link: "INVALID" });
    expect(await sql("SELECT count(*)::int AS n FROM equality_monitoring_response WHERE application_id = $1", [id])).toEqual([{ n: 0 }]);
  });
});

describe("fair selection", () => {
  /**
   * Worked by hand. First come, first served, 18 places, no endorsement: the
   * first 18 complete applications are offered a place.
   *   applicants: white 20, BME 20, prefer not to say 3, no form 9
   *   offered:    white 10, BME 8 (the first 18), others 0
   *   accepted:   white 8, BME 7
   * Released: applicants 20, 20, (3 suppressed), 10; offered 10, 10, 0, 0; accepted 10, (7 suppressed), 0, 0.
   * Raw ratio (10/20) / (8/20) = 1.25; from the released counts (10/20) / (10/20) = 1.00,
   * se = sqrt(1/10 - 1/20 + 1/10 - 1/20) = 0.316228, z·se = 0.619795 → [exp(-0.619795), exp(0.619795)] = [0.5380, 1.8585]: inconclusive.
   */
  let cohortId: string;
  let programmeId: string;
  let manager: GraphQLClient;

  beforeAll(async () => {
    ({ cohortId, programmeId, manager } = await openCohort(server, { capacity: 18 }));
    const plan: Array<[EthnicityCode | null, number]> = [
      ["A", 6], ["H", 4], ["C", 4], ["N", 4], // 18 offered: white 10, BME 8
      ["B", 10], ["M", 8], ["S", 4], ["Z", 3], [null, 9], // waitlisted
    ];
    const offered: string[] = [];
    for (const [code, n] of plan) {
      for (let i = 0; i < n; i += 1) {
        const applied = await apply(cohortId);
        if (code) expect((await monitor(applied.statusToken, { ethnicity: code })).recorded).toBe(true);
        if (applied.application.status === "OFFERED") offered.push(`${code}:${applied.statusToken}`);
      }
    }
    expect(offered).toHaveLength(18);
    // Accept: 8 of the 10 white, 7 of the 8 BME.
    const white = offered.filter((o) => /^[ABC]:/.test(o)).slice(0, 8);
    const bme = offered.filter((o) => /^[HN]:/.test(o)).slice(0, 7);
    for (const entry of [...white, ...bme]) {
      const token = entry.slice(2);
      const { acceptOffer } = await anonymous.data(acceptOfferMutation, { input: { token } });
      expect(acceptOffer.userErrors).toEqual([]);
    }
  }, 180_000);

  it("shows the cohort's applicants, offers and acceptances by group, suppressed and rounded, and the ratio from the rounded counts", async () => {
    const { fairSelection } = await manager.data(fairSelectionQuery, { id: cohortId });
    expect(fairSelection).toMatchObject({ disclosure: "CONTROLLED", withheld: false, cohortsIncluded: 1, cohortsLeftOut: 0, cohort: { id: cohortId }, programme: { id: programmeId } });
    expect(fairSelection.groups.map((g) => [g.group, g.applicants, g.offered, g.accepted])).toEqual([
      ["WHITE", 20, 10, 10],
      ["BME", 20, 10, null],
      ["NOT_STATED", null, 0, 0],
      ["NO_FORM", 10, 0, 0],
    ]);
    expect(fairSelection.groups[0]).toMatchObject({ label: "White", offerRate: 0.5 });
    const rl = fairSelection.offerLikelihood;
    expect(rl.value).toBeCloseTo(1, 10);
    expect(rl.lower).toBeCloseTo(0.538, 3);
    expect(rl.upper).toBeCloseTo(1.8585, 3);
    expect(rl).toMatchObject({ parity: "INCONCLUSIVE", reason: null, formatted: "1.00", confidenceLevel: 0.95, parityBandLower: 0.8, parityBandUpper: 1.25 });
  });

  it("the programme's figures add its cohorts; a cohort whose own figures are withheld is left out", async () => {
    expect((await manager.data(fairSelectionQuery, { id: programmeId })).fairSelection).toMatchObject({ cohort: null, withheld: false, cohortsIncluded: 1, cohortsLeftOut: 0 });
    // A second cohort of the same programme, with one applicant: every set is one person, so it is withheld.
    const now = toLondon(new Date(Date.now() - 60 * 60 * 1000));
    const today = toLondon(new Date()).date;
    const { createCohort } = await manager.data(createCohortMutation, {
      input: {
        programmeId,
        name: "Second cohort",
        capacity: 5,
        allocationPolicy: AllocationPolicy.FIRST_COME_FIRST_SERVED,
        startsOn: addDaysToLocalDate(today, 60),
        endsOn: addDaysToLocalDate(today, 120),
        applicationsOpenAt: { date: now.date, time: now.time },
        applicationsCloseAt: { date: addDaysToLocalDate(today, 30), time: "17:00" },
      },
    });
    expect(createCohort.userErrors).toEqual([]);
    const otherId = createCohort.cohort!.id;
    expect((await manager.data(scheduleCohortMutation, { input: { cohortId: otherId } })).scheduleCohort.userErrors).toEqual([]);
    expect((await manager.data(openCohortMutation, { input: { id: otherId } })).openCohort.userErrors).toEqual([]);
    const single = await apply(otherId);
    expect((await monitor(single.statusToken, { ethnicity: "K" })).recorded).toBe(true);
    const cohortView = (await manager.data(fairSelectionQuery, { id: otherId })).fairSelection;
    expect(cohortView).toMatchObject({ withheld: true, cohortsIncluded: 0, cohortsLeftOut: 1, offerLikelihood: { value: null, reason: "SUPPRESSED" } });
    expect(cohortView.groups.every((g) => g.applicants === null && g.offered === null && g.accepted === null)).toBe(true);
    const programmeView = (await manager.data(fairSelectionQuery, { id: programmeId })).fairSelection;
    expect(programmeView).toMatchObject({ withheld: false, cohortsIncluded: 1, cohortsLeftOut: 1 });
    // Exactly the first cohort's figures: programme minus cohort gives nothing away.
    expect(programmeView.groups).toEqual((await manager.data(fairSelectionQuery, { id: cohortId })).fairSelection.groups);
  });

  it("only the owning academy's staff and administrators may read it", async () => {
    const admin = await server.signedInAs(Role.ADMIN);
    expect((await admin.data(fairSelectionQuery, { id: cohortId })).fairSelection.withheld).toBe(false);
    const otherManager = await server.signedInAs(Role.PROGRAMME_MANAGER, "other.manager@test.ascent.local", "HPMA London Academy");
    // The cohort is in the public catalogue, so it is visible but not theirs: FORBIDDEN, not NOT_FOUND.
    expect((await otherManager.request(fairSelectionQuery, { id: cohortId })).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect((await anonymous.request(fairSelectionQuery, { id: cohortId })).errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    const facilitator = await server.signedInAs(Role.FACILITATOR, "facilitator@test.ascent.local", "Thresholds Ltd");
    expect((await facilitator.request(fairSelectionQuery, { id: cohortId })).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect((await manager.request(fairSelectionQuery, { id: toGlobalId("Cohort", "00000000-0000-4000-8000-000000000000") })).errors?.[0].extensions?.code).toBe("NOT_FOUND");
    expect((await manager.request(fairSelectionQuery, { id: toGlobalId("Organisation", "00000000-0000-4000-8000-000000000000") })).errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });
});

describe("no query result carries a monitoring answer", () => {
  it("no output type of the schema has a field of a monitoring type or named after a monitoring question; only FairSelection carries ethnic groups", async () => {
    const schema = await buildAppSchema();
    const monitoringEnums = new Set(["EthnicityCode", "MonitoringAgeBand", "MonitoringSex", "MonitoringYesNo", "MonitoringSexualOrientation", "MonitoringReligion"]);
    const monitoringNames = /^(ethnicity|ethnicityCode|ageBand|sex|genderSameAsBirth|sexualOrientation|disability|religion|equalityMonitoring|monitoring.*)$/i;
    // A programme's own eligibility rule (who the programme is for), not anyone's answer.
    const notAnswers = new Set(["EligibilityRules.ethnicity"]);
    const offending: string[] = [];
    const carriesGroups: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith("__")) continue;
      if (isEnumType(type) && monitoringEnums.has(type.name)) continue;
      if (isObjectType(type) || isInterfaceType(type)) {
        for (const field of Object.values(type.getFields())) {
          const named = getNamedType(field.type).name;
          if (monitoringEnums.has(named) || (monitoringNames.test(field.name) && !notAnswers.has(`${type.name}.${field.name}`))) offending.push(`${type.name}.${field.name}`);
          if (named === "SelectionGroup") carriesGroups.push(`${type.name}.${field.name}`);
          for (const arg of field.args) if (monitoringEnums.has(getNamedType(arg.type).name) && type.name !== "Mutation") offending.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
    }
    expect(offending).toEqual([]);
    expect(carriesGroups).toEqual(["FairSelectionGroup.group"]);
    // The answers go in through one input only.
    const inputs = Object.values(schema.getTypeMap()).filter((type) => isInputObjectType(type) && Object.values(type.getFields()).some((f) => monitoringEnums.has(getNamedType(f.type).name)));
    expect(inputs.map((type) => type.name)).toEqual(["EqualityMonitoringInput"]);
  });
});
