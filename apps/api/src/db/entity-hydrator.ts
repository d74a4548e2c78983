import type { Driver, EntityMetadata, ObjectLiteral } from "typeorm";
import type { ColumnMetadata } from "typeorm/metadata/ColumnMetadata";

/** The columns TypeORM selects and hydrates for a whole entity: not `select: false`, not virtual. */
export function wholeEntityColumns(metadata: EntityMetadata): ColumnMetadata[] {
  return metadata.columns.filter((column) => column.isSelect && !column.isVirtual);
}

/**
 * Entities from raw SQL rows, as TypeORM's own result transformer (RawSqlResultsToEntityTransformer) makes them, for
 * hot paths that run fixed SQL instead of a query builder: each column is read from the row under its key, converted
 * by the driver (prepareHydratedValue: dates, numbers, transformers) and set by the column itself (setEntityValue,
 * which builds embedded objects). A virtual column (a relation's join column with no property of its own) is never
 * set, as TypeORM never sets it: its property is the relation's, not the id's.
 */
export class EntityHydrator<T extends ObjectLiteral = ObjectLiteral> {
  readonly columns: ReadonlyArray<{ key: string; column: ColumnMetadata }>;
  /** Where the row holds the entity's primary key. */
  readonly idKey: string;

  constructor(
    private readonly driver: Driver,
    readonly metadata: EntityMetadata,
    columns: readonly ColumnMetadata[],
    keyOf: (column: ColumnMetadata) => string,
  ) {
    this.columns = columns.filter((column) => !column.isVirtual).map((column) => ({ key: keyOf(column), column }));
    this.idKey = keyOf(metadata.primaryColumns[0]);
  }

  /** The entity, or null when the row has no primary key for it (an outer join that found none). */
  hydrate(row: Record<string, unknown>): T | null {
    if (row[this.idKey] == null) return null;
    return this.assign(this.metadata.create() as T, row);
  }

  /** Sets the row's columns on an entity that exists (e.g. what the database filled in on insert); a column the row lacks is left alone. */
  assign(entity: T, row: Record<string, unknown>): T {
    for (const { key, column } of this.columns) {
      const raw = row[key];
      if (raw === undefined) continue;
      const value = this.driver.prepareHydratedValue(raw, column);
      // Outside an embedded object, setEntityValue of a column that is not virtual is this assignment (and costs a
      // call and its checks per value: a page of a hot list hydrates thousands).
      if (column.embeddedMetadata) column.setEntityValue(entity, value);
      else (entity as Record<string, unknown>)[column.propertyName] = value;
    }
    return entity;
  }
}
