import { DataSource } from "typeorm";

/**
 * A PostgreSQL data source with TypeORM's metadata of `entities` built, as initialize() builds it, but never connected:
 * for unit tests of code that reads entity metadata and the driver's value conversions.
 */
export async function metadataOnly(entities: Function[]): Promise<DataSource> {
  const dataSource = new DataSource({ type: "postgres", url: "postgres://unused@127.0.0.1:1/unused", entities });
  // buildMetadatas is what initialize() runs after connecting; it needs no connection.
  await (dataSource as unknown as { buildMetadatas(): Promise<void> }).buildMetadatas();
  return dataSource;
}
