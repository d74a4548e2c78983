import type { NhsRegion } from "@ascent/domain";
import type { WresReturnInput } from "@ascent/metrics";
import DataLoader from "dataloader";
import type { EntityManager } from "typeorm";

/** A current return with what benchmarks group it by. */
export interface CurrentWresReturn {
  organisationId: string;
  region: NhsRegion | null;
  input: WresReturnInput;
}

/** Every current return of a data year, with its organisation's region: one query for all years asked in a tick. */
export async function loadCurrentWresReturns(db: EntityManager, years: readonly number[]): Promise<CurrentWresReturn[][]> {
  const rows: Array<{ organisation_id: string; region: NhsRegion | null; year: number; input: WresReturnInput }> = await db.query(
    `SELECT r.organisation_id, o.region, r.year, r.input
       FROM wres_return r JOIN organisation o ON o.id = r.organisation_id
      WHERE r.year = ANY($1::int[]) AND r.superseded_at IS NULL
      ORDER BY r.organisation_id`,
    [years],
  );
  const byYear = new Map<number, CurrentWresReturn[]>(years.map((year) => [year, []]));
  for (const row of rows) byYear.get(row.year)?.push({ organisationId: row.organisation_id, region: row.region, input: row.input });
  return years.map((year) => byYear.get(year) ?? []);
}

/** The versions of the years asked for in one tick (wres_year_version), in one statement; "0" for a year nothing was ever submitted for. */
export async function loadWresYearVersions(db: EntityManager, years: readonly number[]): Promise<string[]> {
  const rows: Array<{ year: number; version: string }> = await db.query(`SELECT year, version::text AS version FROM wres_year_version WHERE year = ANY($1::int[])`, [years]);
  const byYear = new Map(rows.map((row) => [row.year, row.version]));
  return years.map((year) => byYear.get(year) ?? "0");
}

export const createWresLoaders = (db: EntityManager) => ({
  currentWresReturnsByYear: new DataLoader<number, CurrentWresReturn[]>((years) => loadCurrentWresReturns(db, years)),
  /** What the per-process year cache (wres-year-cache.ts) checks its entries against: one cheap statement per request. */
  wresYearVersion: new DataLoader<number, string>((years) => loadWresYearVersions(db, years)),
});

declare module "../../graphql/loaders" {
  interface Loaders extends ReturnType<typeof createWresLoaders> {}
}
