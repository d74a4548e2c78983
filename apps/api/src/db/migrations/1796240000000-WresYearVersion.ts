import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * A version counter per WRES data year, bumped by PostgreSQL itself whenever
 * what the year's benchmarks are computed from changes: a return inserted,
 * superseded or deleted (any code path, seeds and psql included), or an
 * organisation with returns moving region. Each api process caches the
 * year's summed counts under the version it read (modules/wres/wres-year-cache.ts),
 * so several processes stay correct: the version lives here, not in memory.
 * Hand-written: triggers and functions are outside what TypeORM generates.
 */
export class WresYearVersion1796240000000 implements MigrationInterface {
  name = "WresYearVersion1796240000000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Versions come from a sequence, which never hands out a number twice (not even after a rollback), so a
    // version names one state of the year's data: a cache filled inside a transaction that rolled back can
    // never be mistaken for a later, committed state.
    await queryRunner.query(`CREATE SEQUENCE wres_year_version_seq`);
    await queryRunner.query(`CREATE TABLE wres_year_version ("year" integer PRIMARY KEY, "version" bigint NOT NULL DEFAULT nextval('wres_year_version_seq'))`);
    await queryRunner.query(`INSERT INTO wres_year_version ("year") SELECT DISTINCT "year" FROM wres_return`);
    await queryRunner.query(`CREATE FUNCTION wres_year_version_bump(years integer[]) RETURNS void LANGUAGE sql AS $$
      INSERT INTO wres_year_version AS v ("year") SELECT DISTINCT y FROM unnest(years) AS y WHERE y IS NOT NULL ORDER BY y
      ON CONFLICT ("year") DO UPDATE SET "version" = nextval('wres_year_version_seq')
    $$`);
    // Statement-level with transition tables: a bulk insert (a seed) bumps each year once, not once per row.
    for (const [event, rows] of [["INSERT", "NEW TABLE AS changed"], ["UPDATE", "NEW TABLE AS changed OLD TABLE AS previous"], ["DELETE", "OLD TABLE AS changed"]] as const) {
      const name = `wres_return_year_version_${event.toLowerCase()}`;
      const years = event === "UPDATE" ? "SELECT year FROM changed UNION SELECT year FROM previous" : "SELECT year FROM changed";
      await queryRunner.query(`CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          PERFORM wres_year_version_bump(ARRAY(${years}));
          RETURN NULL;
        END
      $$`);
      await queryRunner.query(`CREATE TRIGGER ${name} AFTER ${event} ON wres_return REFERENCING ${rows} FOR EACH STATEMENT EXECUTE FUNCTION ${name}()`);
    }
    // Benchmarks group returns by their organisation's region.
    await queryRunner.query(`CREATE FUNCTION organisation_region_wres_year_version() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM wres_year_version_bump(ARRAY(SELECT DISTINCT year FROM wres_return WHERE organisation_id = NEW.id));
        RETURN NULL;
      END
    $$`);
    await queryRunner.query(
      "CREATE TRIGGER organisation_region_wres_year_version AFTER UPDATE OF region ON organisation FOR EACH ROW WHEN (OLD.region IS DISTINCT FROM NEW.region) EXECUTE FUNCTION organisation_region_wres_year_version()",
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TRIGGER organisation_region_wres_year_version ON organisation");
    await queryRunner.query("DROP FUNCTION organisation_region_wres_year_version()");
    for (const event of ["insert", "update", "delete"]) {
      await queryRunner.query(`DROP TRIGGER wres_return_year_version_${event} ON wres_return`);
      await queryRunner.query(`DROP FUNCTION wres_return_year_version_${event}()`);
    }
    await queryRunner.query("DROP FUNCTION wres_year_version_bump(integer[])");
    await queryRunner.query("DROP TABLE wres_year_version");
    await queryRunner.query("DROP SEQUENCE wres_year_version_seq");
  }
}
