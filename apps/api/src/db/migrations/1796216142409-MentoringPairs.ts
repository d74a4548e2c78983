import { MigrationInterface, QueryRunner } from "typeorm";

export class MentoringPairs1796216142409 implements MigrationInterface {
  name = "MentoringPairs1796216142409";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TYPE \"public\".\"mentoring_kind\" AS ENUM('MENTORING', 'COACHING')");
    await queryRunner.query("CREATE TABLE \"mentoring_relationship\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"participant_id\" uuid NOT NULL, \"mentor_id\" uuid NOT NULL, \"kind\" \"public\".\"mentoring_kind\" NOT NULL, \"starts_on\" date NOT NULL, \"planned_end_on\" date, \"ended_on\" date, \"end_reason\" character varying(500), \"same_organisation_reason\" character varying(500), \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_d5cb115df51e18c5932f95c85d9\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"mentoring_relationship_mentor_id_idx\" ON \"mentoring_relationship\"  (\"mentor_id\") ");
    await queryRunner.query("CREATE INDEX \"mentoring_relationship_participant_id_idx\" ON \"mentoring_relationship\"  (\"participant_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"mentoring_relationship_running_participant_key\" ON \"mentoring_relationship\"  (\"participant_id\") WHERE ended_on IS NULL");
    await queryRunner.query("CREATE TABLE \"mentoring_check_in\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"relationship_id\" uuid NOT NULL, \"held_on\" date NOT NULL, \"note\" character varying(2000), \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_f4f3df1b955d081659045628c01\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"mentoring_check_in_relationship_id_idx\" ON \"mentoring_check_in\"  (\"relationship_id\") ");
    await queryRunner.query("CREATE TABLE \"programme_mentoring_rules\" (\"programme_id\" uuid NOT NULL, \"required_before_start\" boolean NOT NULL, \"minimum_months\" integer, \"updated_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_5cd4f9013e5246210d55508be52\" PRIMARY KEY (\"programme_id\"))");
    await queryRunner.query("ALTER TABLE \"mentor\" ADD \"retired_at\" TIMESTAMP(3) WITH TIME ZONE");
    await queryRunner.query("ALTER TABLE \"mentoring_relationship\" ADD CONSTRAINT \"mentoring_relationship_participant_id_fkey\" FOREIGN KEY (\"participant_id\") REFERENCES \"participant\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"mentoring_relationship\" ADD CONSTRAINT \"mentoring_relationship_mentor_id_fkey\" FOREIGN KEY (\"mentor_id\") REFERENCES \"mentor\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"mentoring_check_in\" ADD CONSTRAINT \"mentoring_check_in_relationship_id_fkey\" FOREIGN KEY (\"relationship_id\") REFERENCES \"mentoring_relationship\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"programme_mentoring_rules\" ADD CONSTRAINT \"programme_mentoring_rules_programme_id_fkey\" FOREIGN KEY (\"programme_id\") REFERENCES \"programme\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"programme_mentoring_rules\" DROP CONSTRAINT \"programme_mentoring_rules_programme_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"mentoring_check_in\" DROP CONSTRAINT \"mentoring_check_in_relationship_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"mentoring_relationship\" DROP CONSTRAINT \"mentoring_relationship_mentor_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"mentoring_relationship\" DROP CONSTRAINT \"mentoring_relationship_participant_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"mentor\" DROP COLUMN \"retired_at\"");
    await queryRunner.query("DROP TABLE \"programme_mentoring_rules\"");
    await queryRunner.query("DROP INDEX \"public\".\"mentoring_check_in_relationship_id_idx\"");
    await queryRunner.query("DROP TABLE \"mentoring_check_in\"");
    await queryRunner.query("DROP INDEX \"public\".\"mentoring_relationship_running_participant_key\"");
    await queryRunner.query("DROP INDEX \"public\".\"mentoring_relationship_participant_id_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"mentoring_relationship_mentor_id_idx\"");
    await queryRunner.query("DROP TABLE \"mentoring_relationship\"");
    await queryRunner.query("DROP TYPE \"public\".\"mentoring_kind\"");
  }
}
