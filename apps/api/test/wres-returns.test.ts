import {
  createOrganisationMutation,
  previewWresReturnCsvQuery,
  setWresTargetMutation,
  submitWresReturnMutation,
  wresCsvTemplateQuery,
  wresLatestYearQuery,
  wresReportQuery,
  wresReturnCsvsQuery,
  wresReturnsQuery,
  type SetWresTargetInput,
  type SubmitWresReturnInput,
} from "@ascent/client";
import { MedicalGrade, NhsRegion, OrganisationKind, Role, WorkforceCategory, WresTargetGroup } from "@ascent/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AcademyMembership } from "../src/modules/academy-membership/academy-membership.entity";
import { AuditEvent } from "../src/modules/audit/audit-event.entity";
import { User } from "../src/modules/user/user.entity";
import { WresReturn } from "../src/modules/wres/wres-return.entity";
import type { GraphQLClient } from "./support/graphql-client";
import { createTestServer, TestServer } from "./support/test-server";
import { organisationIdOf, partnerFor, returnCsv, smallReturn } from "./support/wres";

let server: TestServer;
let admin: GraphQLClient;
let trustA: string;
let trustB: string;
let academy: string;

const uuidOf = (globalId: string) => Buffer.from(globalId, "base64url").toString().split(":")[1];
const returnCount = () => server.dataSource.getRepository(WresReturn).count();
const submit = async (input: SubmitWresReturnInput, client = admin) => (await client.data(submitWresReturnMutation, { input })).submitWresReturn;
const reportOf = async (organisationId: string, year: number) => (await admin.data(wresReportQuery, { organisationId, year })).wresReport!;
const auditCount = () => server.dataSource.getRepository(AuditEvent).countBy({ targetType: "WresReturn" });

beforeAll(async () => {
  server = await createTestServer();
  admin = await server.signedInAs(Role.ADMIN);
  const create = async (name: string, odsCode: string | null, kind = OrganisationKind.TRUST) =>
    (await admin.data(createOrganisationMutation, { input: { name, kind, odsCode, region: NhsRegion.LONDON } })).createOrganisation.organisation!.id;
  trustA = await create("Trust A", "RAA");
  trustB = await create("Trust B", "RBB");
  academy = await create("Test Academy", null, OrganisationKind.ACADEMY);
  expect(await organisationIdOf(admin, "RAA")).toBe(trustA);
});
afterAll(() => server.close());

describe("submitWresReturn", () => {
  it("stores version 1, then a resubmission supersedes it and keeps the history, with audit events", async () => {
    const auditsBefore = await auditCount();
    const first = await submit({ organisationId: trustA, year: 2023, ...smallReturn() });
    expect(first.userErrors).toEqual([]);
    expect(first.wresReturn).toMatchObject({ year: 2023, version: 1, current: true, source: "API", supersededAt: null });
    const firstReport = await reportOf(trustA, 2023);
    expect(firstReport.organisation?.name).toBe("Trust A");
    expect(firstReport.disclosure).toBe("RAW");
    expect(firstReport.indicators.find((i) => i.code === "WRES2")?.counts).toContainEqual({ name: "focusEvents", value: 5 });

    const changed = { ...smallReturn(), board: { white: 8, bme: 3, unknown: 1 } };
    const second = await submit({ organisationId: trustA, year: 2023, fromCsv: true, ...changed });
    expect(second.userErrors).toEqual([]);
    expect(second.wresReturn).toMatchObject({ version: 2, current: true, source: "CSV" });

    const { wresReturns } = await admin.data(wresReturnsQuery, { organisationId: trustA, year: 2023 });
    expect(wresReturns.map((r) => [r.version, r.current])).toEqual([[2, true], [1, false]]);
    expect(wresReturns[1].supersededAt).not.toBeNull();
    const csvs = (await admin.data(wresReturnCsvsQuery, { organisationId: trustA, year: 2023 })).wresReturns;
    expect(csvs[0].csv).toContain("Indicator 9: board voting membership,,Voting members,8,3,1");

    const wresReport = await reportOf(trustA, 2023);
    expect(wresReport.wresReturn?.version).toBe(2);
    expect(wresReport.indicators.find((i) => i.code === "WRES9")?.counts).toContainEqual({ name: "focus", value: 3 });

    const events = await server.dataSource.getRepository(AuditEvent).find({ where: { targetType: "WresReturn" }, order: { occurredAt: "ASC" } });
    expect(events.length - auditsBefore).toBe(3); // create v1, supersede v1, create v2
    expect(events.filter((e) => e.operation === "submitWresReturn").every((e) => e.actorRole === "ADMIN")).toBe(true);
    expect(events.find((e) => e.targetId === uuidOf(wresReturns[1].id) && e.changedFields.includes("supersededAt"))).toBeDefined();
  });

  it("reports every problem with its field path and saves nothing", async () => {
    const [returnsBefore, auditsBefore] = [await returnCount(), await auditCount()];
    const bad = smallReturn();
    const input: SubmitWresReturnInput = {
      organisationId: trustA,
      year: 2099,
      ...bad,
      workforce: [...bad.workforce, { category: WorkforceCategory.NON_CLINICAL, grade: MedicalGrade.CONSULTANT, white: 1, bme: 1, unknown: 0 }],
      shortlisting: { shortlisted: { white: 80, bme: 3 }, appointed: { white: 21, bme: 5 } },
      disciplinary: { ...bad.disciplinary, entering: { white: -1, bme: 3 } },
      survey: { ...bad.survey, discrimination: { white: { respondents: 80, yes: 4, percentage: 5 }, bme: { respondents: 22, yes: 30 } } },
    };
    const submitWresReturn = await submit(input);
    expect(submitWresReturn.wresReturn).toBeNull();
    expect(submitWresReturn.userErrors.map((e) => [e.field?.join("."), e.code])).toEqual([
      ["survey.discrimination.white.yes", "INVALID"],
      ["year", "INVALID"],
      ["workforce.3.grade", "INVALID"],
      ["shortlisting.appointed.bme", "INVALID"],
      ["disciplinary.entering.white", "INVALID"],
      ["survey.discrimination.bme.yes", "INVALID"],
    ]);
    expect(submitWresReturn.userErrors[3].message).toBe("shortlisting.appointed.bme: 5 is more than the 3 BME shortlisted applicants");
    expect([await returnCount(), await auditCount()]).toEqual([returnsBefore, auditsBefore]);
  });

  it("refuses an unknown organisation as a userError", async () => {
    const submitWresReturn = await submit({ organisationId: Buffer.from("Organisation:00000000-0000-4000-8000-000000000000").toString("base64url"), year: 2023, ...smallReturn() });
    expect(submitWresReturn.userErrors).toMatchObject([{ field: ["organisationId"], code: "NOT_FOUND" }]);
  });

  it("lets a partner token with wres:write submit for its own organisation only", async () => {
    const writer = await partnerFor(server, admin, trustB, ["WRES_WRITE"]);
    const own = await submit({ organisationId: trustB, year: 2022, ...smallReturn() }, writer);
    expect(own.userErrors).toEqual([]);
    expect(own.wresReturn).toMatchObject({ version: 1 });
    expect((await reportOf(trustB, 2022)).disclosure).toBe("RAW");
    const event = await server.dataSource.getRepository(AuditEvent).findOneBy({ targetId: uuidOf(own.wresReturn!.id) });
    expect(event).toMatchObject({ actorRole: "PARTNER", operation: "submitWresReturn", actorOrganisationId: uuidOf(trustB) });

    const before = await returnCount();
    const other = await writer.request(submitWresReturnMutation, { input: { organisationId: trustA, year: 2022, ...smallReturn() } });
    expect(other.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const reader = await partnerFor(server, admin, trustB, ["WRES_READ"]);
    const readOnly = await reader.request(submitWresReturnMutation, { input: { organisationId: trustB, year: 2022, ...smallReturn() } });
    expect(readOnly.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect(await returnCount()).toBe(before);
  });

  it("lets programme managers submit for their academy's member organisations only; facilitators never", async () => {
    const manager = await server.createUser(Role.PROGRAMME_MANAGER, "pm-wres@test.ascent.local");
    await server.dataSource.getRepository(User).update(manager.id, { organisationId: uuidOf(academy) });
    await server.dataSource.getRepository(AcademyMembership).insert({ academyId: uuidOf(academy), memberId: uuidOf(trustA) });
    const pm = await server.signedInAs(Role.PROGRAMME_MANAGER, "pm-wres@test.ascent.local");
    const member = await submit({ organisationId: trustA, year: 2021, ...smallReturn() }, pm);
    expect(member.userErrors).toEqual([]);
    const notMember = await pm.request(submitWresReturnMutation, { input: { organisationId: trustB, year: 2021, ...smallReturn() } });
    expect(notMember.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const facilitator = await server.signedInAs(Role.FACILITATOR);
    const refused = await facilitator.request(submitWresReturnMutation, { input: { organisationId: trustA, year: 2021, ...smallReturn() } });
    expect(refused.errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });

  it("keeps one current version under concurrent resubmissions", async () => {
    const results = await Promise.all(
      Array.from({ length: 6 }, () => submit({ organisationId: trustB, year: 2020, ...smallReturn() })),
    );
    expect(results.every((r) => r.userErrors.length === 0)).toBe(true);
    const rows = await server.dataSource.getRepository(WresReturn).find({ where: { organisationId: uuidOf(trustB), year: 2020 }, order: { version: "ASC" } });
    expect(rows.map((r) => r.version)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(rows.filter((r) => r.supersededAt === null)).toHaveLength(1);
  });
});

describe("WRES CSV", () => {
  it("serves the template, in the WRES technical guidance's words", async () => {
    const { wresCsvTemplate } = await admin.data(wresCsvTemplateQuery);
    expect(wresCsvTemplate).toContain("Section,Category,Item,White,BME,Unknown");
    expect(wresCsvTemplate).toContain("Indicator 2: appointment from shortlisting,,Appointed from shortlisting,,,");
    expect(wresCsvTemplate).not.toMatch(/BAND_8A|harassmentFromPublic/);
  });

  it("lists every error with its row and column and saves nothing", async () => {
    const before = await returnCount();
    const appointed = "Indicator 2: appointment from shortlisting,,Appointed from shortlisting,";
    const board = "Indicator 9: board voting membership,,Voting members,";
    const csv = returnCsv(2023)
      .replace(`${appointed}21,5,1`, `${appointed}21,50,1`)
      .replace(`${board}9,2,1`, `${board}9,two,1`);
    const { previewWresReturnCsv } = await admin.data(previewWresReturnCsvQuery, { csv, year: 2023 });
    const lines = csv.split("\r\n");
    expect(previewWresReturnCsv).toMatchObject({ valid: false, indicators: [] });
    expect(previewWresReturnCsv.issues).toEqual([
      { row: lines.findIndex((l) => l.startsWith(appointed)) + 1, column: "BME", path: "shortlisting.appointed.bme", message: "BME: 50 is more than the 33 BME shortlisted applicants" },
      { row: lines.findIndex((l) => l.startsWith(board)) + 1, column: "BME", path: "board.bme", message: 'BME: must be a whole number of 0 or more, got "two"' },
    ]);
    expect(await returnCount()).toBe(before);
  });

  it("previews a correct file's indicators, which then imports", async () => {
    const csv = returnCsv(2019);
    const { previewWresReturnCsv } = await admin.data(previewWresReturnCsvQuery, { csv, year: 2019 });
    expect(previewWresReturnCsv.valid).toBe(true);
    expect(previewWresReturnCsv.issues).toEqual([]);
    expect(previewWresReturnCsv.indicators.find((i) => i.code === "WRES2")?.value).toBeCloseTo((21 / 80) / (5 / 33), 10);
  });
});

describe("targets", () => {
  it("sets, replaces and reports progress against a Model Employer aspiration, with an audit event", async () => {
    const set = async (input: SetWresTargetInput) => (await admin.data(setWresTargetMutation, { input })).setWresTarget;
    const first = await set({ organisationId: trustA, group: WresTargetGroup.BAND_8A_AND_ABOVE, year: 2025, share: 0.19 });
    // (The target's organisation is checked in the stored row below: the console's operation doesn't ask for it.)
    expect(first.wresTarget).toMatchObject({ group: "BAND_8A_AND_ABOVE", year: 2025, share: 0.19 });
    const replaced = await set({ organisationId: trustA, group: WresTargetGroup.BAND_8A_AND_ABOVE, year: 2025, share: 0.2 });
    expect(replaced.wresTarget?.id).toBe(first.wresTarget?.id);
    const invalid = await set({ organisationId: trustA, group: WresTargetGroup.BOARD, year: 1990, share: 19 });
    expect(invalid.userErrors.map((e) => e.field?.[0])).toEqual(["year", "share"]);
    expect(invalid.wresTarget).toBeNull();

    const wresReport = await reportOf(trustA, 2023);
    expect(wresReport.targets).toHaveLength(1);
    const progress = wresReport.targets[0];
    expect(progress.actual?.value).toBeCloseTo(2 / 14, 10); // band 8a: 2 BME of 14
    expect(progress.gap).toBeCloseTo(0.2 - 2 / 14, 10);
    expect(progress.met).toBe(false);
    // Two events (set, replace), both about this target and naming the field, never its value; the refused one wrote none.
    const events = await server.dataSource.getRepository(AuditEvent).find({ where: { operation: "setWresTarget" } });
    expect(events.map((e) => [e.targetType, e.targetId, e.changedFields, e.actorRole])).toEqual([
      ["WresTarget", uuidOf(first.wresTarget!.id), ["share"], "ADMIN"],
      ["WresTarget", uuidOf(first.wresTarget!.id), ["share"], "ADMIN"],
    ]);
    const stored = await server.dataSource.query(`SELECT "group", year, share FROM wres_target WHERE organisation_id = $1`, [uuidOf(trustA)]);
    expect(stored).toEqual([{ group: "BAND_8A_AND_ABOVE", year: 2025, share: 0.2 }]);
  });
});

describe("partner reads of raw returns", () => {
  it("are written to the audit trail with the token as actor", async () => {
    const reader = await partnerFor(server, admin, trustA, ["WRES_READ"]);
    const before = await server.dataSource.getRepository(AuditEvent).countBy({ operation: "wresReturns" });
    await reader.data(wresReturnsQuery, { organisationId: trustA });
    const events = await server.dataSource.getRepository(AuditEvent).find({ where: { operation: "wresReturns" }, order: { occurredAt: "DESC" } });
    expect(events.length).toBe(before + 1);
    expect(events[0]).toMatchObject({ actorRole: "PARTNER", actorUserId: null, targetType: "Organisation" });
    expect(events[0].actorTokenId).not.toBeNull();
    await admin.data(wresReturnsQuery, { organisationId: trustA });
    expect(await server.dataSource.getRepository(AuditEvent).countBy({ operation: "wresReturns" })).toBe(before + 1);
  });
});

describe("wresLatestYear", () => {
  it("is the most recent year with a current return, for dashboards to open on", async () => {
    const latest = async () => (await admin.data(wresLatestYearQuery)).wresLatestYear;
    const before = await latest();
    expect(typeof before).toBe("number");
    const lastYear = new Date().getFullYear() - 1;
    expect(before).toBeLessThan(lastYear);
    const submitted = await submit({ organisationId: trustB, year: lastYear, ...smallReturn() });
    expect(submitted.userErrors).toEqual([]);
    expect(await latest()).toBe(lastYear);
  });
});
