import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Versions of what the public and partner catalogue shows, bumped by
 * PostgreSQL itself in the same transaction as any write that changes it (any
 * code path, seeds and psql included). The api's catalogue response cache
 * (graphql/response-cache.ts) keys each answer by the sum of these versions,
 * read on every request, so an answer is never served after a write it does
 * not include has committed.
 *
 * Scopes: '*' for cohorts, programmes, organisations and sessions (staff
 * edits: rare), and one row per cohort for its applications, so submissions
 * to different cohorts never wait on one another's version row (submissions
 * to one cohort already queue on that cohort's lock). Versions come from a
 * sequence, so a version names one committed state; rows are never deleted,
 * so the sum only ever grows. Hand-written: triggers are outside what TypeORM generates.
 */
export class CatalogueVersion1796290000000 implements MigrationInterface {
  name = "CatalogueVersion1796290000000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE SEQUENCE catalogue_version_seq`);
    await queryRunner.query(`CREATE TABLE catalogue_version ("scope" text PRIMARY KEY, "version" bigint NOT NULL DEFAULT nextval('catalogue_version_seq'))`);
    await queryRunner.query(`INSERT INTO catalogue_version ("scope") VALUES ('*')`);
    // Sorted, so two statements bumping the same cohorts lock their rows in the same order.
    await queryRunner.query(`CREATE FUNCTION catalogue_version_bump(scopes text[]) RETURNS void LANGUAGE sql AS $$
      INSERT INTO catalogue_version AS v ("scope") SELECT DISTINCT s FROM unnest(scopes) AS s WHERE s IS NOT NULL ORDER BY s
      ON CONFLICT ("scope") DO UPDATE SET "version" = nextval('catalogue_version_seq')
    $$`);
    await queryRunner.query(`CREATE FUNCTION catalogue_version_bump_all() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM catalogue_version_bump(ARRAY['*']);
        RETURN NULL;
      END
    $$`);
    for (const table of ["cohort", "programme", "organisation", "cohort_session"]) {
      await queryRunner.query(`CREATE TRIGGER ${table}_catalogue_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION catalogue_version_bump_all()`);
    }
    // Applications: statement-level with transition tables (a batch of submissions bumps its cohort once), and
    // only when what the places count reads changes (status, endorsement, cohort), not on every edit.
    const applicationEvents = [
      ["INSERT", "NEW TABLE AS changed", "SELECT cohort_id::text FROM changed"],
      [
        "UPDATE",
        "NEW TABLE AS changed OLD TABLE AS previous",
        `SELECT x.cohort_id::text FROM changed n JOIN previous o ON o.id = n.id
           CROSS JOIN LATERAL (VALUES (n.cohort_id), (o.cohort_id)) AS x(cohort_id)
          WHERE (n.status, n.endorsement_status, n.cohort_id) IS DISTINCT FROM (o.status, o.endorsement_status, o.cohort_id)`,
      ],
      ["DELETE", "OLD TABLE AS changed", "SELECT cohort_id::text FROM changed"],
    ] as const;
    for (const [event, rows, cohorts] of applicationEvents) {
      const name = `application_catalogue_version_${event.toLowerCase()}`;
      await queryRunner.query(`CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          PERFORM catalogue_version_bump(ARRAY(${cohorts}));
          RETURN NULL;
        END
      $$`);
      await queryRunner.query(`CREATE TRIGGER ${name} AFTER ${event} ON application REFERENCING ${rows} FOR EACH STATEMENT EXECUTE FUNCTION ${name}()`);
    }
    await queryRunner.query(`CREATE TRIGGER application_catalogue_version_truncate AFTER TRUNCATE ON application FOR EACH STATEMENT EXECUTE FUNCTION catalogue_version_bump_all()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TRIGGER application_catalogue_version_truncate ON application");
    for (const event of ["insert", "update", "delete"]) {
      await queryRunner.query(`DROP TRIGGER application_catalogue_version_${event} ON application`);
      await queryRunner.query(`DROP FUNCTION application_catalogue_version_${event}()`);
    }
    for (const table of ["cohort", "programme", "organisation", "cohort_session"]) await queryRunner.query(`DROP TRIGGER ${table}_catalogue_version ON ${table}`);
    await queryRunner.query("DROP FUNCTION catalogue_version_bump_all()");
    await queryRunner.query("DROP FUNCTION catalogue_version_bump(text[])");
    await queryRunner.query("DROP TABLE catalogue_version");
    await queryRunner.query("DROP SEQUENCE catalogue_version_seq");
  }
}
