import type { ColumnMetadata } from "typeorm/metadata/ColumnMetadata";
import type { DataSource, EntityManager, EntityMetadata, ObjectLiteral } from "typeorm";
import { PREPARED_SQL } from "../../db/prepared-statements";
import { Cohort } from "../cohort";
import { Organisation } from "../organisation";
import { Programme, ProgrammeTrack } from "../programme";

/**
 * The cohort a submission names, with its programme, the programme's academy and its track, as whole entities: ONE
 * fixed, prepared SQL statement (parsed and planned once per connection) over columns listed from TypeORM's own
 * metadata, each value converted by the driver exactly as TypeORM's hydration converts it. At a window's opening
 * minute every submission asks this; TypeORM's query builder (building the join, aliasing, hydrating) cost about 5%
 * of the api's CPU in a stampede, this costs the statement and one loop over the columns.
 */
export class CohortLookup {
  private readonly parts: Array<{ alias: string; metadata: EntityMetadata; columns: ColumnMetadata[] }>;
  private readonly sql: string;

  constructor(private readonly dataSource: DataSource) {
    const metadata = (target: Function) => dataSource.getMetadata(target);
    // The columns TypeORM itself would select and hydrate for a whole entity (not virtual relation ids, not `select: false`).
    const part = (alias: string, m: EntityMetadata) => ({ alias, metadata: m, columns: m.columns.filter((column) => column.isSelect && !column.isVirtual) });
    this.parts = [part("c", metadata(Cohort)), part("p", metadata(Programme)), part("a", metadata(Organisation)), part("t", metadata(ProgrammeTrack))];
    const select = this.parts.flatMap(({ alias, columns }) => columns.map((column) => `${alias}."${column.databaseName}" AS "${alias}.${column.databaseName}"`));
    const join = (from: EntityMetadata, property: string) => from.findRelationWithPropertyPath(property)!.joinColumns[0].databaseName;
    const [c, p, a, t] = this.parts.map((part) => part.metadata);
    this.sql = `${PREPARED_SQL} SELECT ${select.join(", ")}
      FROM "${c.tableName}" c
      JOIN "${p.tableName}" p ON p.id = c."${join(c, "programme")}"
      JOIN "${a.tableName}" a ON a.id = p."${join(p, "academy")}"
      LEFT JOIN "${t.tableName}" t ON t.id = c."${join(c, "track")}"
      WHERE c.id = $1`;
  }

  async find(db: EntityManager, cohortId: string): Promise<Cohort | null> {
    const [row]: Array<Record<string, unknown>> = await db.query(this.sql, [cohortId]);
    if (!row) return null;
    const [cohort, programme, academy, track] = this.parts.map((part) => this.hydrate(part, row));
    (programme as Programme).academy = academy as Organisation;
    Object.assign(cohort as Cohort, { programme, ...(track ? { track } : {}) });
    return cohort as Cohort;
  }

  /** An entity from its aliased columns (as TypeORM's RawSqlResultsToEntityTransformer), or null when the left join found none. */
  private hydrate({ alias, metadata, columns }: { alias: string; metadata: EntityMetadata; columns: ColumnMetadata[] }, row: Record<string, unknown>): ObjectLiteral | null {
    if (row[`${alias}.id`] == null) return null;
    const entity = metadata.create() as ObjectLiteral;
    for (const column of columns) {
      const raw = row[`${alias}.${column.databaseName}`];
      column.setEntityValue(entity, this.dataSource.driver.prepareHydratedValue(raw, column));
    }
    return entity;
  }
}
