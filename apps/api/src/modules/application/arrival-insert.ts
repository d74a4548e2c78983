import type { ApplicationActor, ApplicationStatus, TransitionReason } from "@ascent/domain";
import type { DataSource } from "typeorm";
import type { ColumnMetadata } from "typeorm/metadata/ColumnMetadata";
import { EntityHydrator } from "../../db/entity-hydrator";
import { PREPARED_SQL } from "../../db/prepared-statements";
import { Application } from "./application.entity";

/**
 * The columns a new application leaves to the database, by property: its timestamps, and the endorsement's outcome,
 * which nothing has decided yet. Every other column of the entity is inserted from the arriving entity, so a column
 * added to the entity is either given a value on arrival or named here; one that is neither stops the insert.
 */
export const LEFT_TO_DEFAULTS_ON_ARRIVAL = ["endorsementComment", "endorsementDecidedAt", "endorsementRemindersSent", "createdAt", "updatedAt"] as const satisfies ReadonlyArray<keyof Application>;

/** A row of the insert's answer: the first transition, and the application's columns the database filled in (under `application.<column>`). */
export type InsertedArrival = {
  id: string;
  application_id: string;
  to_status: ApplicationStatus;
  reason: TransitionReason;
  actor: ApplicationActor;
  occurred_at: Date;
  [defaulted: `application.${string}`]: unknown;
};

/**
 * A batch's new applications and their first transitions in ONE fixed statement over arrays (prepared: parsed and
 * planned once per connection). Its columns come from TypeORM's metadata of Application, each value converted by the
 * driver as TypeORM's own insert converts it, so the statement cannot drift from the entity.
 */
export class ArrivalInsert {
  readonly sql: string;
  private readonly inserted: ColumnMetadata[];
  private readonly filledIn: EntityHydrator<Application>;

  constructor(private readonly dataSource: DataSource) {
    const metadata = dataSource.getMetadata(Application);
    const leftToDefaults = new Set<string>(LEFT_TO_DEFAULTS_ON_ARRIVAL);
    const defaulted = LEFT_TO_DEFAULTS_ON_ARRIVAL.map((property) => {
      const column = metadata.findColumnWithPropertyName(property);
      if (!column) throw new Error(`LEFT_TO_DEFAULTS_ON_ARRIVAL names ${property}, which is not a column of Application`);
      if (column.default === undefined && !column.isNullable) throw new Error(`Application.${property} has no database default: a new application must insert it`);
      return column;
    });
    // What TypeORM's own insert would write (not `insert: false`, not a computed virtual property), less what is left to defaults.
    this.inserted = metadata.columns.filter((column) => column.isInsert && !column.isVirtualProperty && !leftToDefaults.has(column.propertyName));
    const driver = dataSource.driver;
    this.filledIn = new EntityHydrator(driver, metadata, defaulted, (column) => `application.${column.databaseName}`);
    const arrayType = (column: ColumnMetadata) => {
      if (column.type !== "enum") return `${driver.normalizeType(column)}[]`;
      if (!column.enumName) throw new Error(`Application.${column.propertyName}: an enum column needs its enumName for the insert's casts`);
      return `${driver.escape(column.enumName)}[]`;
    };
    const parameter = (column: ColumnMetadata) => `$${this.inserted.indexOf(column) + 1}`;
    const id = metadata.primaryColumns[0];
    const status = metadata.findColumnWithPropertyName("status")!;
    const reasons = `$${this.inserted.length + 1}`;
    const actor = `$${this.inserted.length + 2}`;
    const name = (column: ColumnMetadata) => driver.escape(column.databaseName);
    this.sql = `${PREPARED_SQL} WITH inserted AS (
    INSERT INTO ${driver.escape(metadata.tableName)} (${this.inserted.map(name).join(", ")})
    SELECT * FROM unnest(${this.inserted.map((column) => `${parameter(column)}::${arrayType(column)}`).join(", ")})
    RETURNING ${[id, status, ...defaulted].map(name).join(", ")}
  ), arrival AS (
    INSERT INTO application_transition (application_id, from_status, to_status, reason, actor)
    SELECT inserted.${name(id)}, NULL, inserted.${name(status)}, arrival.reason, ${actor}
      FROM inserted JOIN unnest(${parameter(id)}::${arrayType(id)}, ${reasons}::varchar[]) AS arrival(id, reason) ON arrival.id = inserted.${name(id)}
    RETURNING id, application_id, to_status, reason, actor, occurred_at
  )
  SELECT arrival.*, ${this.filledIn.columns.map(({ key, column }) => `inserted.${name(column)} AS ${driver.escape(key)}`).join(", ")}
    FROM arrival JOIN inserted ON inserted.${name(id)} = arrival.application_id`;
  }

  /** The statement's parameters: one array per inserted column (a value per application), then the transitions' reasons and actor. */
  parameters(rows: readonly Application[], reasons: readonly TransitionReason[], actor: ApplicationActor): unknown[] {
    const driver = this.dataSource.driver;
    const columns = this.inserted.map((column) =>
      rows.map((row) => {
        const value = column.getEntityValue(row);
        // Undefined would be inserted as NULL, over the column's default: a column nobody decided about.
        if (value === undefined) throw new Error(`Application.${column.propertyName} has no value on arrival: give it one (Arrivals, or the draft's fields) or name it in LEFT_TO_DEFAULTS_ON_ARRIVAL`);
        return driver.preparePersistentValue(value, column);
      }),
    );
    return [...columns, reasons, actor];
  }

  /** Sets on an inserted application what the database filled in (as TypeORM's insert tells the entity). */
  applyDefaults(application: Application, row: InsertedArrival): void {
    this.filledIn.assign(application, row);
  }
}
