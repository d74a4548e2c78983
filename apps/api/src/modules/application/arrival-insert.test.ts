import { ApplicationActor, ApplicationStatus, EndorsementStatus, TransitionReason } from "@ascent/domain";
import type { DataSource } from "typeorm";
import { beforeAll, describe, expect, it } from "vitest";
import { metadataOnly } from "../../../test/support/entity-metadata";
import { appEntities } from "../../composition";
import { ArrivalInsert, LEFT_TO_DEFAULTS_ON_ARRIVAL, type InsertedArrival } from "./arrival-insert";
import { Application } from "./application.entity";

let dataSource: DataSource;
beforeAll(async () => {
  dataSource = await metadataOnly(appEntities);
});

/** An application as a submission makes it (application.service.ts's draft fields, then what Arrivals decides). */
function arriving(overrides: Partial<Application> = {}): Application {
  return Object.assign(new Application(), {
    id: "0b8f1a52-4c5e-4a57-9d0e-3f0f7c2b6a11",
    reference: "ASC-7K3P9QX2",
    cohortId: "5d2b7c3e-0a41-4f0b-8c7e-2a9d1e6f4b30",
    receiptNumber: 1,
    receivedAt: new Date("2026-03-02T09:00:00.123Z"),
    idempotencyKey: "key-1",
    status: ApplicationStatus.OFFERED,
    eligible: true,
    eligibilityReasons: [],
    applicantName: "Ada Okafor",
    applicantEmail: "ada@example.org",
    organisationId: null,
    organisationName: "A Trust",
    jobTitle: "Ward manager",
    staffGroup: null,
    band: null,
    medicalGrade: null,
    positiveActionDeclared: null,
    positiveActionConsentAt: null,
    mentorOrCoachIdentified: null,
    followUpConsentAt: null,
    answers: [{ questionKey: "why", value: "To lead" }],
    lineManagerName: null,
    lineManagerEmail: null,
    endorsementStatus: EndorsementStatus.NOT_REQUIRED,
    endorsementRequestedAt: null,
    holdExpiresAt: null,
    offerExpiresAt: new Date("2026-03-09T09:00:00.123Z"),
    panelScore: null,
    linkVersion: 1,
    erasedAt: null,
    ...overrides,
  });
}

const insertedColumns = (sql: string) =>
  /INSERT INTO "application" \(([^)]*)\)/
    .exec(sql)![1]
    .split(", ")
    .map((name) => name.replaceAll('"', ""));

describe("ArrivalInsert", () => {
  it("inserts every column of the entity but those named as left to their defaults, and each of those has one", () => {
    const metadata = dataSource.getMetadata(Application);
    const insert = new ArrivalInsert(dataSource);
    const leftToDefaults = LEFT_TO_DEFAULTS_ON_ARRIVAL.map((property) => metadata.findColumnWithPropertyName(property)!);
    expect(insertedColumns(insert.sql).sort()).toEqual(metadata.columns.filter((column) => !leftToDefaults.includes(column)).map((column) => column.databaseName).sort());
    for (const column of leftToDefaults) expect(column.default !== undefined || column.isNullable, column.propertyName).toBe(true);
  });

  it("has a value for every column it inserts from an application as a submission makes it, converted as TypeORM's insert converts it", () => {
    const insert = new ArrivalInsert(dataSource);
    const columns = insertedColumns(insert.sql);
    const parameters = insert.parameters([arriving(), arriving({ id: "c7a1e9f0-2b3d-4e5f-8a9b-0c1d2e3f4a5b", receiptNumber: 2 })], [TransitionReason.PLACE_FREE, TransitionReason.PLACE_FREE], ApplicationActor.APPLICANT);
    expect(parameters).toHaveLength(columns.length + 2);
    const column = (name: string) => parameters[columns.indexOf(name)];
    expect(column("id")).toEqual(["0b8f1a52-4c5e-4a57-9d0e-3f0f7c2b6a11", "c7a1e9f0-2b3d-4e5f-8a9b-0c1d2e3f4a5b"]);
    expect(column("receipt_number")).toEqual([1, 2]);
    expect(column("answers")).toEqual([JSON.stringify([{ questionKey: "why", value: "To lead" }]), JSON.stringify([{ questionKey: "why", value: "To lead" }])]);
    expect(column("offer_expires_at")).toEqual([new Date("2026-03-09T09:00:00.123Z"), new Date("2026-03-09T09:00:00.123Z")]);
    expect(column("organisation_id")).toEqual([null, null]);
    expect(parameters.slice(-2)).toEqual([[TransitionReason.PLACE_FREE, TransitionReason.PLACE_FREE], ApplicationActor.APPLICANT]);
    // The transitions join on the ids' own parameter, cast as the column is.
    expect(insert.sql).toContain(`unnest($${columns.indexOf("id") + 1}::uuid[], $${columns.length + 1}::varchar[])`);
    expect(insert.sql).toContain(`$${columns.indexOf("status") + 1}::"application_status"[]`);
  });

  it("refuses an application with no value for a column it inserts, naming the column", () => {
    const insert = new ArrivalInsert(dataSource);
    const missing = arriving();
    delete (missing as Partial<Application>).jobTitle;
    expect(() => insert.parameters([missing], [TransitionReason.PLACE_FREE], ApplicationActor.APPLICANT)).toThrow(/Application\.jobTitle has no value on arrival/);
  });

  it("sets on the application what the database filled in", () => {
    const insert = new ArrivalInsert(dataSource);
    const application = arriving();
    const createdAt = new Date("2026-03-02T09:00:00.200Z");
    const row = { "application.created_at": createdAt, "application.updated_at": createdAt, "application.endorsement_comment": null, "application.endorsement_decided_at": null, "application.endorsement_reminders_sent": 0 };
    insert.applyDefaults(application, row as unknown as InsertedArrival);
    expect(application).toMatchObject({ createdAt, updatedAt: createdAt, endorsementComment: null, endorsementDecidedAt: null, endorsementRemindersSent: 0 });
  });
});
