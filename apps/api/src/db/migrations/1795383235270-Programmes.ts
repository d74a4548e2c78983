import { MigrationInterface, QueryRunner } from "typeorm";

export class Programmes1795383235270 implements MigrationInterface {
  name = "Programmes1795383235270";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"academy_membership\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"academy_id\" uuid NOT NULL, \"member_id\" uuid NOT NULL, \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_2b2ed54ae449594c4b7c9b4e981\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"academy_membership_member_id_idx\" ON \"academy_membership\"  (\"member_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"academy_membership_academy_id_member_id_key\" ON \"academy_membership\"  (\"academy_id\", \"member_id\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"programme_status\" AS ENUM('DRAFT', 'PUBLISHED', 'ARCHIVED')");
    await queryRunner.query("CREATE TABLE \"programme\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"academy_id\" uuid NOT NULL, \"title\" character varying(200) NOT NULL, \"summary\" character varying(1000) NOT NULL, \"description\" text NOT NULL, \"aims\" jsonb NOT NULL, \"learning_outcomes\" jsonb NOT NULL, \"benefits\" jsonb NOT NULL, \"delivery_modes\" jsonb NOT NULL, \"duration\" character varying(100) NOT NULL, \"commitments\" jsonb NOT NULL, \"target_roles\" jsonb NOT NULL, \"status\" \"public\".\"programme_status\" NOT NULL, \"eligibility\" jsonb NOT NULL, \"published_at\" TIMESTAMP(3) WITH TIME ZONE, \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_76ff6b30b74f213944d1ac0a660\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"programme_status_idx\" ON \"programme\"  (\"status\") ");
    await queryRunner.query("CREATE INDEX \"programme_academy_id_idx\" ON \"programme\"  (\"academy_id\") ");
    await queryRunner.query("CREATE TABLE \"programme_track\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"programme_id\" uuid NOT NULL, \"name\" character varying(200) NOT NULL, \"description\" text, \"position\" integer NOT NULL, \"eligibility\" jsonb, \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_e73305d6f810f5f0f57c1018085\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"programme_track_programme_id_idx\" ON \"programme_track\"  (\"programme_id\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"allocation_policy\" AS ENUM('FIRST_COME_FIRST_SERVED', 'PANEL_SELECTION')");
    await queryRunner.query("CREATE TYPE \"public\".\"cohort_status\" AS ENUM('PLANNED', 'OPEN', 'CLOSED', 'RUNNING', 'COMPLETED', 'CANCELLED')");
    await queryRunner.query("CREATE TABLE \"cohort\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"programme_id\" uuid NOT NULL, \"track_id\" uuid, \"name\" character varying(200) NOT NULL, \"capacity\" integer NOT NULL, \"allocation_policy\" \"public\".\"allocation_policy\" NOT NULL, \"applications_open_at\" TIMESTAMP(3) WITH TIME ZONE, \"applications_close_at\" TIMESTAMP(3) WITH TIME ZONE, \"starts_on\" date NOT NULL, \"ends_on\" date NOT NULL, \"status\" \"public\".\"cohort_status\" NOT NULL, \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_4fb3cca38dc4b461110344e5f9b\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"cohort_status_idx\" ON \"cohort\"  (\"status\") ");
    await queryRunner.query("CREATE INDEX \"cohort_track_id_idx\" ON \"cohort\"  (\"track_id\") ");
    await queryRunner.query("CREATE INDEX \"cohort_programme_id_idx\" ON \"cohort\"  (\"programme_id\") ");
    await queryRunner.query("CREATE TABLE \"cohort_facilitator\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"cohort_id\" uuid NOT NULL, \"user_id\" uuid, \"organisation_id\" uuid, \"name\" character varying(200), \"role\" character varying(200), \"position\" integer NOT NULL, CONSTRAINT \"PK_ab9f132dc0fa9805fbf4aee4968\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"cohort_facilitator_cohort_id_idx\" ON \"cohort_facilitator\"  (\"cohort_id\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"module_kind\" AS ENUM('WORKSHOP', 'MODULE', 'ACTION_LEARNING_SET', 'MENTORING', 'SELF_DIRECTED', 'EVALUATION')");
    await queryRunner.query("CREATE TYPE \"public\".\"delivery_mode\" AS ENUM('FACE_TO_FACE', 'ONLINE', 'SELF_DIRECTED', 'WORKPLACE_BASED')");
    await queryRunner.query("CREATE TABLE \"module_template\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"programme_id\" uuid NOT NULL, \"track_id\" uuid, \"title\" character varying(200) NOT NULL, \"kind\" \"public\".\"module_kind\" NOT NULL, \"length_days\" integer NOT NULL, \"delivery_mode\" \"public\".\"delivery_mode\", \"description\" text, \"position\" integer NOT NULL, CONSTRAINT \"PK_6d2413a8ed6a0935a1b75f8f81a\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"module_template_track_id_idx\" ON \"module_template\"  (\"track_id\") ");
    await queryRunner.query("CREATE INDEX \"module_template_programme_id_idx\" ON \"module_template\"  (\"programme_id\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"cohort_session_kind\" AS ENUM('WORKSHOP', 'MODULE', 'ACTION_LEARNING_SET', 'MENTORING', 'SELF_DIRECTED', 'EVALUATION')");
    await queryRunner.query("CREATE TABLE \"cohort_session\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"cohort_id\" uuid NOT NULL, \"module_template_id\" uuid, \"facilitator_id\" uuid, \"title\" character varying(200) NOT NULL, \"kind\" \"public\".\"cohort_session_kind\" NOT NULL, \"day_number\" integer NOT NULL, \"starts_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL, \"ends_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL, \"venue\" character varying(300), \"online_url\" character varying(2000), CONSTRAINT \"PK_544e3b9b0d3eb17f6282cd4b825\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"cohort_session_cohort_id_starts_at_idx\" ON \"cohort_session\"  (\"cohort_id\", \"starts_at\") ");
    await queryRunner.query("ALTER TABLE \"academy_membership\" ADD CONSTRAINT \"academy_membership_academy_id_fkey\" FOREIGN KEY (\"academy_id\") REFERENCES \"organisation\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"academy_membership\" ADD CONSTRAINT \"academy_membership_member_id_fkey\" FOREIGN KEY (\"member_id\") REFERENCES \"organisation\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"programme\" ADD CONSTRAINT \"programme_academy_id_fkey\" FOREIGN KEY (\"academy_id\") REFERENCES \"organisation\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"programme_track\" ADD CONSTRAINT \"programme_track_programme_id_fkey\" FOREIGN KEY (\"programme_id\") REFERENCES \"programme\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"cohort\" ADD CONSTRAINT \"cohort_programme_id_fkey\" FOREIGN KEY (\"programme_id\") REFERENCES \"programme\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"cohort\" ADD CONSTRAINT \"cohort_track_id_fkey\" FOREIGN KEY (\"track_id\") REFERENCES \"programme_track\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"cohort_facilitator\" ADD CONSTRAINT \"cohort_facilitator_cohort_id_fkey\" FOREIGN KEY (\"cohort_id\") REFERENCES \"cohort\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"cohort_facilitator\" ADD CONSTRAINT \"cohort_facilitator_user_id_fkey\" FOREIGN KEY (\"user_id\") REFERENCES \"user_account\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"cohort_facilitator\" ADD CONSTRAINT \"cohort_facilitator_organisation_id_fkey\" FOREIGN KEY (\"organisation_id\") REFERENCES \"organisation\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"module_template\" ADD CONSTRAINT \"module_template_programme_id_fkey\" FOREIGN KEY (\"programme_id\") REFERENCES \"programme\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"module_template\" ADD CONSTRAINT \"module_template_track_id_fkey\" FOREIGN KEY (\"track_id\") REFERENCES \"programme_track\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"cohort_session\" ADD CONSTRAINT \"cohort_session_cohort_id_fkey\" FOREIGN KEY (\"cohort_id\") REFERENCES \"cohort\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"cohort_session\" ADD CONSTRAINT \"cohort_session_module_template_id_fkey\" FOREIGN KEY (\"module_template_id\") REFERENCES \"module_template\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"cohort_session\" ADD CONSTRAINT \"cohort_session_facilitator_id_fkey\" FOREIGN KEY (\"facilitator_id\") REFERENCES \"cohort_facilitator\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"cohort_session\" DROP CONSTRAINT \"cohort_session_facilitator_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"cohort_session\" DROP CONSTRAINT \"cohort_session_module_template_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"cohort_session\" DROP CONSTRAINT \"cohort_session_cohort_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"module_template\" DROP CONSTRAINT \"module_template_track_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"module_template\" DROP CONSTRAINT \"module_template_programme_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"cohort_facilitator\" DROP CONSTRAINT \"cohort_facilitator_organisation_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"cohort_facilitator\" DROP CONSTRAINT \"cohort_facilitator_user_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"cohort_facilitator\" DROP CONSTRAINT \"cohort_facilitator_cohort_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"cohort\" DROP CONSTRAINT \"cohort_track_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"cohort\" DROP CONSTRAINT \"cohort_programme_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"programme_track\" DROP CONSTRAINT \"programme_track_programme_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"programme\" DROP CONSTRAINT \"programme_academy_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"academy_membership\" DROP CONSTRAINT \"academy_membership_member_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"academy_membership\" DROP CONSTRAINT \"academy_membership_academy_id_fkey\"");
    await queryRunner.query("DROP INDEX \"public\".\"cohort_session_cohort_id_starts_at_idx\"");
    await queryRunner.query("DROP TABLE \"cohort_session\"");
    await queryRunner.query("DROP TYPE \"public\".\"cohort_session_kind\"");
    await queryRunner.query("DROP INDEX \"public\".\"module_template_programme_id_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"module_template_track_id_idx\"");
    await queryRunner.query("DROP TABLE \"module_template\"");
    await queryRunner.query("DROP TYPE \"public\".\"delivery_mode\"");
    await queryRunner.query("DROP TYPE \"public\".\"module_kind\"");
    await queryRunner.query("DROP INDEX \"public\".\"cohort_facilitator_cohort_id_idx\"");
    await queryRunner.query("DROP TABLE \"cohort_facilitator\"");
    await queryRunner.query("DROP INDEX \"public\".\"cohort_programme_id_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"cohort_track_id_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"cohort_status_idx\"");
    await queryRunner.query("DROP TABLE \"cohort\"");
    await queryRunner.query("DROP TYPE \"public\".\"cohort_status\"");
    await queryRunner.query("DROP TYPE \"public\".\"allocation_policy\"");
    await queryRunner.query("DROP INDEX \"public\".\"programme_track_programme_id_idx\"");
    await queryRunner.query("DROP TABLE \"programme_track\"");
    await queryRunner.query("DROP INDEX \"public\".\"programme_academy_id_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"programme_status_idx\"");
    await queryRunner.query("DROP TABLE \"programme\"");
    await queryRunner.query("DROP TYPE \"public\".\"programme_status\"");
    await queryRunner.query("DROP INDEX \"public\".\"academy_membership_academy_id_member_id_key\"");
    await queryRunner.query("DROP INDEX \"public\".\"academy_membership_member_id_idx\"");
    await queryRunner.query("DROP TABLE \"academy_membership\"");
  }
}
