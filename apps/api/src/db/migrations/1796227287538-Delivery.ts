import { MigrationInterface, QueryRunner } from "typeorm";

export class Delivery1796227287538 implements MigrationInterface {
  name = "Delivery1796227287538";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"participant_transition\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"participant_id\" uuid NOT NULL, \"from_status\" \"public\".\"participant_status\" NOT NULL, \"to_status\" \"public\".\"participant_status\" NOT NULL, \"reason\" character varying(500), \"actor_user_id\" uuid, \"occurred_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_ae51506a06f7deb92fe68e223ce\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"participant_transition_participant_id_idx\" ON \"participant_transition\"  (\"participant_id\", \"occurred_at\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"attendance_status\" AS ENUM('PRESENT', 'LATE', 'EXCUSED', 'ABSENT')");
    await queryRunner.query("CREATE TABLE \"session_attendance\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"session_id\" uuid NOT NULL, \"participant_id\" uuid NOT NULL, \"status\" \"public\".\"attendance_status\" NOT NULL, \"recorded_by_user_id\" uuid, \"recorded_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_bc946a8e6bc80fd2531356f89e6\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"session_attendance_participant_id_idx\" ON \"session_attendance\"  (\"participant_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"session_attendance_session_participant_key\" ON \"session_attendance\"  (\"session_id\", \"participant_id\") ");
    await queryRunner.query("CREATE TABLE \"programme_completion_rule\" (\"programme_id\" uuid NOT NULL, \"minimum_attendance_percent\" integer, \"mentor_or_coach_required\" boolean NOT NULL, \"post_programme_evaluation_required\" boolean NOT NULL, \"updated_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_66ebb59954fcbf7f7ad268ec9c8\" PRIMARY KEY (\"programme_id\"))");
    await queryRunner.query("ALTER TABLE \"participant\" ADD \"person_name\" character varying(200)");
    await queryRunner.query("ALTER TABLE \"participant\" ADD \"person_email\" character varying(320)");
    await queryRunner.query("ALTER TABLE \"participant\" ADD \"organisation_id\" uuid");
    await queryRunner.query("ALTER TABLE \"participant\" ADD \"organisation_name\" character varying(200)");
    await queryRunner.query("ALTER TABLE \"participant\" ADD \"job_title\" character varying(200)");
    await queryRunner.query("ALTER TABLE \"participant\" ADD \"band\" character varying(10)");
    await queryRunner.query("ALTER TABLE \"participant\" ADD \"added_reason\" character varying(500)");
    await queryRunner.query("ALTER TABLE \"participant\" ADD \"withdrawn_reason\" character varying(500)");
    await queryRunner.query("ALTER TABLE \"participant\" ADD \"completed_at\" TIMESTAMP(3) WITH TIME ZONE");
    await queryRunner.query("ALTER TABLE \"participant\" DROP CONSTRAINT \"participant_application_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"participant\" ALTER COLUMN \"application_id\" DROP NOT NULL");
    await queryRunner.query("ALTER TYPE \"public\".\"participant_status\" ADD VALUE 'ACTIVE'");
    await queryRunner.query("ALTER TYPE \"public\".\"participant_status\" ADD VALUE 'COMPLETED'");
    await queryRunner.query("ALTER TABLE \"participant\" ADD CONSTRAINT \"participant_application_id_fkey\" FOREIGN KEY (\"application_id\") REFERENCES \"application\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"participant\" ADD CONSTRAINT \"participant_organisation_id_fkey\" FOREIGN KEY (\"organisation_id\") REFERENCES \"organisation\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"participant_transition\" ADD CONSTRAINT \"participant_transition_participant_id_fkey\" FOREIGN KEY (\"participant_id\") REFERENCES \"participant\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"participant_transition\" ADD CONSTRAINT \"participant_transition_actor_user_id_fkey\" FOREIGN KEY (\"actor_user_id\") REFERENCES \"user_account\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"session_attendance\" ADD CONSTRAINT \"session_attendance_session_id_fkey\" FOREIGN KEY (\"session_id\") REFERENCES \"cohort_session\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"session_attendance\" ADD CONSTRAINT \"session_attendance_participant_id_fkey\" FOREIGN KEY (\"participant_id\") REFERENCES \"participant\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"session_attendance\" ADD CONSTRAINT \"session_attendance_recorded_by_user_id_fkey\" FOREIGN KEY (\"recorded_by_user_id\") REFERENCES \"user_account\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"programme_completion_rule\" ADD CONSTRAINT \"programme_completion_rule_programme_id_fkey\" FOREIGN KEY (\"programme_id\") REFERENCES \"programme\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"programme_completion_rule\" DROP CONSTRAINT \"programme_completion_rule_programme_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"session_attendance\" DROP CONSTRAINT \"session_attendance_recorded_by_user_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"session_attendance\" DROP CONSTRAINT \"session_attendance_participant_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"session_attendance\" DROP CONSTRAINT \"session_attendance_session_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"participant_transition\" DROP CONSTRAINT \"participant_transition_actor_user_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"participant_transition\" DROP CONSTRAINT \"participant_transition_participant_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"participant\" DROP CONSTRAINT \"participant_organisation_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"participant\" DROP CONSTRAINT \"participant_application_id_fkey\"");
    // The history table uses the status type, so it goes before the type is swapped back.
    await queryRunner.query("DROP INDEX \"public\".\"participant_transition_participant_id_idx\"");
    await queryRunner.query("DROP TABLE \"participant_transition\"");
    await queryRunner.query("CREATE TYPE \"public\".\"participant_status_old\" AS ENUM('ENROLLED', 'WITHDRAWN')");
    await queryRunner.query("ALTER TABLE \"participant\" ALTER COLUMN \"status\" TYPE \"public\".\"participant_status_old\" USING \"status\"::\"text\"::\"public\".\"participant_status_old\"");
    await queryRunner.query("DROP TYPE \"public\".\"participant_status\"");
    await queryRunner.query("ALTER TYPE \"public\".\"participant_status_old\" RENAME TO \"participant_status\"");
    await queryRunner.query("ALTER TABLE \"participant\" ALTER COLUMN \"application_id\" SET NOT NULL");
    await queryRunner.query("ALTER TABLE \"participant\" ADD CONSTRAINT \"participant_application_id_fkey\" FOREIGN KEY (\"application_id\") REFERENCES \"application\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"participant\" DROP COLUMN \"completed_at\"");
    await queryRunner.query("ALTER TABLE \"participant\" DROP COLUMN \"withdrawn_reason\"");
    await queryRunner.query("ALTER TABLE \"participant\" DROP COLUMN \"added_reason\"");
    await queryRunner.query("ALTER TABLE \"participant\" DROP COLUMN \"band\"");
    await queryRunner.query("ALTER TABLE \"participant\" DROP COLUMN \"job_title\"");
    await queryRunner.query("ALTER TABLE \"participant\" DROP COLUMN \"organisation_name\"");
    await queryRunner.query("ALTER TABLE \"participant\" DROP COLUMN \"organisation_id\"");
    await queryRunner.query("ALTER TABLE \"participant\" DROP COLUMN \"person_email\"");
    await queryRunner.query("ALTER TABLE \"participant\" DROP COLUMN \"person_name\"");
    await queryRunner.query("DROP TABLE \"programme_completion_rule\"");
    await queryRunner.query("DROP INDEX \"public\".\"session_attendance_session_participant_key\"");
    await queryRunner.query("DROP INDEX \"public\".\"session_attendance_participant_id_idx\"");
    await queryRunner.query("DROP TABLE \"session_attendance\"");
    await queryRunner.query("DROP TYPE \"public\".\"attendance_status\"");
  }
}
