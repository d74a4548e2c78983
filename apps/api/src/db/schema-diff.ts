import { DataSource } from "typeorm";

/**
 * The SQL TypeORM would run to make the database match the entities. After
 * all migrations have run this must be empty: otherwise entities and
 * migrations disagree.
 */
export async function pendingSchemaChanges(dataSource: DataSource): Promise<{ up: string[]; down: string[] }> {
  const sqlInMemory = await dataSource.driver.createSchemaBuilder().log();
  return {
    up: sqlInMemory.upQueries.map((query) => query.query),
    down: sqlInMemory.downQueries.map((query) => query.query),
  };
}
