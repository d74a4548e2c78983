import "reflect-metadata";
import { AllocationPolicy, CohortStatus } from "@ascent/domain";
import { Column, Entity, ManyToOne, PrimaryColumn, type DataSource } from "typeorm";
import { beforeAll, describe, expect, it } from "vitest";
import { appEntities } from "../src/composition";
import { EntityHydrator, wholeEntityColumns } from "../src/db/entity-hydrator";
import { Cohort } from "../src/modules/cohort";
import { ProgrammeImpactBaseline } from "../src/modules/career-outcome/impact-baseline.entity";
import { metadataOnly } from "./support/entity-metadata";

// No entity of the api has an embedded or a virtual column yet; these two have, so the hydrator is tried on both.
class Address {
  @Column({ type: "varchar" })
  street: string;

  @Column({ type: "varchar", nullable: true })
  postcode: string | null;
}

@Entity("hydrator_test_site")
class Site {
  @PrimaryColumn({ type: "uuid" })
  id: string;

  @Column(() => Address)
  address: Address;

  /** No column of its own for the join: TypeORM makes a virtual one (ownerId) whose property is the relation's. */
  @ManyToOne(() => Site)
  owner?: Site;
}

let dataSource: DataSource;
beforeAll(async () => {
  dataSource = await metadataOnly([...appEntities, Site]);
});

/** A hydrator of the entity's whole columns, each under `x_<column>` as a query builder aliases them. */
function wholeEntity<T extends object>(target: new () => T): EntityHydrator<T> {
  const metadata = dataSource.getMetadata(target);
  return new EntityHydrator<T>(dataSource.driver, metadata, metadata.columns, (column) => `x_${column.databaseName}`);
}

describe("EntityHydrator", () => {
  it("converts each column as TypeORM's hydration does: a transformer, a nullable timestamp, a date", () => {
    const baseline = wholeEntity(ProgrammeImpactBaseline).hydrate({ x_programme_id: "p-1", x_annual_rate_percent: "8.50", x_source: "NHS staff survey", x_updated_at: "2026-03-02 09:00:00.123+00" });
    expect(baseline).toBeInstanceOf(ProgrammeImpactBaseline);
    expect(baseline).toEqual(Object.assign(new ProgrammeImpactBaseline(), { programmeId: "p-1", annualRatePercent: 8.5, source: "NHS staff survey", updatedAt: new Date("2026-03-02T09:00:00.123Z") }));

    const cohorts = wholeEntity(Cohort);
    const opensAt = new Date("2026-03-02T09:00:00.000Z");
    const row = { x_id: "c-1", x_programme_id: "p-1", x_track_id: null, x_name: "Spring", x_capacity: 12, x_allocation_policy: AllocationPolicy.FIRST_COME_FIRST_SERVED, x_applications_open_at: opensAt, x_applications_close_at: null, x_starts_on: "2026-04-01", x_ends_on: "2026-07-01", x_status: CohortStatus.OPEN };
    const cohort = cohorts.hydrate(row)!;
    expect(cohort).toBeInstanceOf(Cohort);
    expect(cohort).toMatchObject({ id: "c-1", programmeId: "p-1", trackId: null, capacity: 12, applicationsOpenAt: opensAt, applicationsCloseAt: null, startsOn: "2026-04-01", status: CohortStatus.OPEN });
    // A column the row doesn't hold is left alone, as TypeORM leaves it.
    expect("createdAt" in cohort).toBe(false);
  });

  it("makes no entity when the row has no id for it (an outer join that found none)", () => {
    expect(wholeEntity(Cohort).hydrate({ x_id: null, x_name: null })).toBeNull();
  });

  it("builds an embedded column's object, and never sets a virtual column (its property is the relation's)", () => {
    const metadata = dataSource.getMetadata(Site);
    const virtual = metadata.columns.find((column) => column.isVirtual)!;
    expect(virtual.propertyName).toBe("owner");
    const site = wholeEntity(Site).hydrate({ x_id: "s-1", x_addressStreet: "1 High Street", x_addressPostcode: null, [`x_${virtual.databaseName}`]: "s-0" })!;
    expect(site).toEqual(Object.assign(new Site(), { id: "s-1", address: Object.assign(new Address(), { street: "1 High Street", postcode: null }) }));
    expect(site.owner).toBeUndefined();
  });

  it("sets the row's columns on an entity that exists", () => {
    const metadata = dataSource.getMetadata(Cohort);
    const filled = new EntityHydrator<Cohort>(dataSource.driver, metadata, metadata.columns.filter((column) => column.isCreateDate || column.isUpdateDate), (column) => `returned.${column.databaseName}`);
    const cohort = Object.assign(new Cohort(), { id: "c-1", name: "Spring" });
    const at = new Date("2026-03-02T09:00:00.123Z");
    expect(filled.assign(cohort, { "returned.created_at": at, "returned.updated_at": at })).toBe(cohort);
    expect(cohort).toMatchObject({ id: "c-1", name: "Spring", createdAt: at, updatedAt: at });
  });

  it("takes a whole entity's columns as TypeORM selects them: not virtual", () => {
    const columns = wholeEntityColumns(dataSource.getMetadata(Site)).map((column) => column.propertyName);
    expect(columns).toEqual(["id", "street", "postcode"]);
  });
});
