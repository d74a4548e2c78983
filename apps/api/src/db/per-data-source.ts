import type { DataSource } from "typeorm";

/**
 * One value per database connection, made on first use: several api instances in one process (tests, the bench's
 * A/B) each have their own DataSource, and what is built from its metadata or counts its traffic must not be shared.
 */
export function perDataSource<T>(make: (dataSource: DataSource) => T): (dataSource: DataSource) => T {
  const values = new WeakMap<DataSource, T>();
  return (dataSource) => {
    let value = values.get(dataSource);
    if (value === undefined) values.set(dataSource, (value = make(dataSource)));
    return value;
  };
}
