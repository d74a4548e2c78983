import { MigrationInterface, QueryRunner } from "typeorm";

export class EqualityMonitoring1796208562445 implements MigrationInterface {
  name = "EqualityMonitoring1796208562445";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"equality_monitoring_response\" (\"application_id\" uuid NOT NULL, \"consented_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL, \"ethnicity\" character varying(1), \"age_band\" character varying(20), \"sex\" character varying(20), \"gender_same_as_birth\" character varying(20), \"sexual_orientation\" character varying(20), \"disability\" character varying(20), \"religion\" character varying(20), \"recorded_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_31c6c094955ffa125dc99701772\" PRIMARY KEY (\"application_id\"))");
    await queryRunner.query("ALTER TABLE \"equality_monitoring_response\" ADD CONSTRAINT \"equality_monitoring_response_application_id_fkey\" FOREIGN KEY (\"application_id\") REFERENCES \"application\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    // Erasure keeps the application row (its status and cohort keep counts right), so the foreign key alone
    // would keep the answers: whatever code path sets erased_at, PostgreSQL deletes them in the same transaction.
    await queryRunner.query(`CREATE FUNCTION equality_monitoring_erase() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM equality_monitoring_response WHERE application_id = NEW.id;
        RETURN NEW;
      END
    $$`);
    await queryRunner.query(
      "CREATE TRIGGER application_erased_equality_monitoring AFTER UPDATE OF erased_at ON application FOR EACH ROW WHEN (NEW.erased_at IS NOT NULL) EXECUTE FUNCTION equality_monitoring_erase()",
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TRIGGER application_erased_equality_monitoring ON application");
    await queryRunner.query("DROP FUNCTION equality_monitoring_erase()");
    await queryRunner.query("ALTER TABLE \"equality_monitoring_response\" DROP CONSTRAINT \"equality_monitoring_response_application_id_fkey\"");
    await queryRunner.query("DROP TABLE \"equality_monitoring_response\"");
  }
}
