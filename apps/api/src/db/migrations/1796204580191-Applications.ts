import { MigrationInterface, QueryRunner } from "typeorm";

export class Applications1796204580191 implements MigrationInterface {
  name = "Applications1796204580191";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"programme\" ADD \"application_questions\" jsonb NOT NULL DEFAULT '[]'");
    await queryRunner.query("ALTER TABLE \"programme\" ADD \"selection_criteria\" jsonb NOT NULL DEFAULT '[]'");
    await queryRunner.query("ALTER TABLE \"programme\" ADD \"positive_action_declaration\" jsonb");
    await queryRunner.query("CREATE TYPE \"public\".\"application_status\" AS ENUM('SUBMITTED', 'AWAITING_ENDORSEMENT', 'WAITLISTED', 'OFFERED', 'ACCEPTED', 'DECLINED', 'WITHDRAWN', 'REJECTED', 'NOT_ENDORSED', 'LAPSED', 'INELIGIBLE')");
    await queryRunner.query("CREATE TYPE \"public\".\"endorsement_status\" AS ENUM('NOT_REQUIRED', 'PENDING', 'ENDORSED', 'DECLINED')");
    await queryRunner.query("CREATE TABLE \"application\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"reference\" character varying(16) NOT NULL, \"cohort_id\" uuid NOT NULL, \"receipt_number\" integer NOT NULL, \"received_at\" TIMESTAMP(6) WITH TIME ZONE NOT NULL, \"idempotency_key\" character varying(100) NOT NULL, \"status\" \"public\".\"application_status\" NOT NULL, \"eligible\" boolean NOT NULL, \"eligibility_reasons\" jsonb NOT NULL DEFAULT '[]', \"applicant_name\" character varying(200), \"applicant_email\" character varying(320), \"organisation_id\" uuid, \"organisation_name\" character varying(200), \"job_title\" character varying(200), \"staff_group\" character varying(40), \"band\" character varying(10), \"medical_grade\" character varying(40), \"positive_action_declared\" boolean, \"positive_action_consent_at\" TIMESTAMP(3) WITH TIME ZONE, \"mentor_or_coach_identified\" boolean, \"answers\" jsonb NOT NULL DEFAULT '[]', \"line_manager_name\" character varying(200), \"line_manager_email\" character varying(320), \"endorsement_status\" \"public\".\"endorsement_status\" NOT NULL, \"endorsement_comment\" text, \"endorsement_requested_at\" TIMESTAMP(3) WITH TIME ZONE, \"endorsement_decided_at\" TIMESTAMP(3) WITH TIME ZONE, \"endorsement_reminders_sent\" integer NOT NULL DEFAULT '0', \"hold_expires_at\" TIMESTAMP(3) WITH TIME ZONE, \"offer_expires_at\" TIMESTAMP(3) WITH TIME ZONE, \"panel_score\" integer, \"link_version\" integer NOT NULL DEFAULT '1', \"erased_at\" TIMESTAMP(3) WITH TIME ZONE, \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_569e0c3e863ebdf5f2408ee1670\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"application_organisation_id_idx\" ON \"application\"  (\"organisation_id\") ");
    await queryRunner.query("CREATE INDEX \"application_cohort_status_idx\" ON \"application\"  (\"cohort_id\", \"status\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"application_cohort_idempotency_key\" ON \"application\"  (\"cohort_id\", \"idempotency_key\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"application_cohort_receipt_key\" ON \"application\"  (\"cohort_id\", \"receipt_number\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"application_reference_key\" ON \"application\"  (\"reference\") ");
    await queryRunner.query("CREATE TABLE \"application_transition\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"application_id\" uuid NOT NULL, \"from_status\" \"public\".\"application_status\", \"to_status\" \"public\".\"application_status\" NOT NULL, \"reason\" character varying(40) NOT NULL, \"actor\" character varying(20) NOT NULL, \"actor_user_id\" uuid, \"note\" text, \"occurred_at\" TIMESTAMP(6) WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(), CONSTRAINT \"PK_24d9b8f60865f80327c1876c611\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"application_transition_application_idx\" ON \"application_transition\"  (\"application_id\", \"occurred_at\") ");
    await queryRunner.query("CREATE TABLE \"cohort_application_settings\" (\"cohort_id\" uuid NOT NULL, \"hold_days\" integer NOT NULL, \"offer_response_days\" integer NOT NULL, CONSTRAINT \"PK_a998a5f5ac506ec85ca04fc096a\" PRIMARY KEY (\"cohort_id\"))");
    await queryRunner.query("CREATE TYPE \"public\".\"participant_status\" AS ENUM('ENROLLED', 'WITHDRAWN')");
    await queryRunner.query("CREATE TABLE \"participant\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"cohort_id\" uuid NOT NULL, \"application_id\" uuid NOT NULL, \"status\" \"public\".\"participant_status\" NOT NULL, \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_64da4237f502041781ca15d4c41\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"participant_cohort_id_idx\" ON \"participant\"  (\"cohort_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"participant_application_key\" ON \"participant\"  (\"application_id\") ");
    await queryRunner.query("ALTER TABLE \"application\" ADD CONSTRAINT \"application_cohort_id_fkey\" FOREIGN KEY (\"cohort_id\") REFERENCES \"cohort\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"application\" ADD CONSTRAINT \"application_organisation_id_fkey\" FOREIGN KEY (\"organisation_id\") REFERENCES \"organisation\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"application_transition\" ADD CONSTRAINT \"application_transition_application_id_fkey\" FOREIGN KEY (\"application_id\") REFERENCES \"application\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"cohort_application_settings\" ADD CONSTRAINT \"cohort_application_settings_cohort_id_fkey\" FOREIGN KEY (\"cohort_id\") REFERENCES \"cohort\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"participant\" ADD CONSTRAINT \"participant_cohort_id_fkey\" FOREIGN KEY (\"cohort_id\") REFERENCES \"cohort\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"participant\" ADD CONSTRAINT \"participant_application_id_fkey\" FOREIGN KEY (\"application_id\") REFERENCES \"application\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"participant\" DROP CONSTRAINT \"participant_application_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"participant\" DROP CONSTRAINT \"participant_cohort_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"cohort_application_settings\" DROP CONSTRAINT \"cohort_application_settings_cohort_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"application_transition\" DROP CONSTRAINT \"application_transition_application_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"application\" DROP CONSTRAINT \"application_organisation_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"application\" DROP CONSTRAINT \"application_cohort_id_fkey\"");
    await queryRunner.query("DROP INDEX \"public\".\"participant_application_key\"");
    await queryRunner.query("DROP INDEX \"public\".\"participant_cohort_id_idx\"");
    await queryRunner.query("DROP TABLE \"participant\"");
    await queryRunner.query("DROP TYPE \"public\".\"participant_status\"");
    await queryRunner.query("DROP TABLE \"cohort_application_settings\"");
    await queryRunner.query("DROP INDEX \"public\".\"application_transition_application_idx\"");
    await queryRunner.query("DROP TABLE \"application_transition\"");
    await queryRunner.query("DROP INDEX \"public\".\"application_reference_key\"");
    await queryRunner.query("DROP INDEX \"public\".\"application_cohort_receipt_key\"");
    await queryRunner.query("DROP INDEX \"public\".\"application_cohort_idempotency_key\"");
    await queryRunner.query("DROP INDEX \"public\".\"application_cohort_status_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"application_organisation_id_idx\"");
    await queryRunner.query("DROP TABLE \"application\"");
    await queryRunner.query("DROP TYPE \"public\".\"endorsement_status\"");
    await queryRunner.query("DROP TYPE \"public\".\"application_status\"");
    await queryRunner.query("ALTER TABLE \"programme\" DROP COLUMN \"positive_action_declaration\"");
    await queryRunner.query("ALTER TABLE \"programme\" DROP COLUMN \"selection_criteria\"");
    await queryRunner.query("ALTER TABLE \"programme\" DROP COLUMN \"application_questions\"");
  }
}
