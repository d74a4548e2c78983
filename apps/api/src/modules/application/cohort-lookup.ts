import type { DataSource, EntityManager, EntityMetadata } from "typeorm";
import { EntityHydrator, wholeEntityColumns } from "../../db/entity-hydrator";
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
  private readonly parts: Array<{ alias: string; hydrator: EntityHydrator }>;
  private readonly sql: string;

  constructor(dataSource: DataSource) {
    // Whole entities: the columns TypeORM itself would select and hydrate.
    const part = (alias: string, target: Function) => {
      const metadata = dataSource.getMetadata(target);
      return { alias, hydrator: new EntityHydrator(dataSource.driver, metadata, wholeEntityColumns(metadata), (column) => `${alias}.${column.databaseName}`) };
    };
    this.parts = [part("c", Cohort), part("p", Programme), part("a", Organisation), part("t", ProgrammeTrack)];
    const select = this.parts.flatMap(({ alias, hydrator }) => hydrator.columns.map(({ key, column }) => `${alias}."${column.databaseName}" AS "${key}"`));
    const join = (from: EntityMetadata, property: string) => from.findRelationWithPropertyPath(property)!.joinColumns[0].databaseName;
    const [c, p, a, t] = this.parts.map((part) => part.hydrator.metadata);
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
    const [cohort, programme, academy, track] = this.parts.map(({ hydrator }) => hydrator.hydrate(row));
    (programme as Programme).academy = academy as Organisation;
    Object.assign(cohort as Cohort, { programme, ...(track ? { track } : {}) });
    return cohort as Cohort;
  }
}
