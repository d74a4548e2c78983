import { MigrationInterface, QueryRunner } from "typeorm";

export class Evaluations1796216154989 implements MigrationInterface {
  name = "Evaluations1796216154989";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TYPE \"public\".\"evaluation_question_kind\" AS ENUM('LIKERT', 'FREE_TEXT')");
    await queryRunner.query("CREATE TYPE \"public\".\"kirkpatrick_level\" AS ENUM('REACTION', 'LEARNING', 'BEHAVIOUR')");
    await queryRunner.query("CREATE TYPE \"public\".\"self_rating_measure\" AS ENUM('CONFIDENCE', 'LEADERSHIP')");
    await queryRunner.query("CREATE TABLE \"evaluation_question_template\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"academy_id\" uuid NOT NULL, \"kind\" \"public\".\"evaluation_question_kind\" NOT NULL, \"prompt\" character varying(300) NOT NULL, \"low_label\" character varying(60), \"high_label\" character varying(60), \"level\" \"public\".\"kirkpatrick_level\" NOT NULL, \"measure\" \"public\".\"self_rating_measure\", \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_b7e951ea0eb9a9ccad8d0f94ba1\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"evaluation_question_template_academy_id_idx\" ON \"evaluation_question_template\"  (\"academy_id\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"evaluation_point\" AS ENUM('PRE_PROGRAMME', 'POST_PROGRAMME', 'FOLLOW_UP')");
    await queryRunner.query("CREATE TABLE \"evaluation_questionnaire\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"programme_id\" uuid NOT NULL, \"point\" \"public\".\"evaluation_point\" NOT NULL, \"follow_up_months\" integer NOT NULL DEFAULT '0', \"title\" character varying(200) NOT NULL, \"introduction\" character varying(2000) NOT NULL DEFAULT '', \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_51edfddb3813085f3fc971ae338\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"evaluation_questionnaire_point_key\" ON \"evaluation_questionnaire\"  (\"programme_id\", \"point\", \"follow_up_months\") ");
    await queryRunner.query("CREATE TABLE \"evaluation_question\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"questionnaire_id\" uuid NOT NULL, \"template_id\" uuid NOT NULL, \"position\" integer NOT NULL, \"required\" boolean NOT NULL, \"kind\" \"public\".\"evaluation_question_kind\" NOT NULL, \"prompt\" character varying(300) NOT NULL, \"low_label\" character varying(60), \"high_label\" character varying(60), \"level\" \"public\".\"kirkpatrick_level\" NOT NULL, \"measure\" \"public\".\"self_rating_measure\", CONSTRAINT \"PK_6ecc0e6614b9c4bc65c6de2c021\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"evaluation_question_position_key\" ON \"evaluation_question\"  (\"questionnaire_id\", \"position\") ");
    await queryRunner.query("CREATE TABLE \"evaluation_round\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"questionnaire_id\" uuid NOT NULL, \"cohort_id\" uuid NOT NULL, \"opened_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"closes_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT \"PK_5c3cb5633cc9a2a3247a7bed118\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"evaluation_round_key\" ON \"evaluation_round\"  (\"questionnaire_id\", \"cohort_id\") ");
    await queryRunner.query("CREATE TABLE \"evaluation_invitation\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"round_id\" uuid NOT NULL, \"participant_id\" uuid NOT NULL, \"sent_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"submitted_at\" TIMESTAMP(3) WITH TIME ZONE, \"updated_at\" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT \"PK_fafcf41906a3f8e0b171fd0c3fa\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"evaluation_invitation_participant_id_idx\" ON \"evaluation_invitation\"  (\"participant_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"evaluation_invitation_key\" ON \"evaluation_invitation\"  (\"round_id\", \"participant_id\") ");
    await queryRunner.query("CREATE TABLE \"evaluation_answer\" (\"invitation_id\" uuid NOT NULL, \"question_id\" uuid NOT NULL, \"rating\" smallint, \"text\" character varying(4000), CONSTRAINT \"PK_1405bf32ccba9d11d77463a91f5\" PRIMARY KEY (\"invitation_id\", \"question_id\"))");
    await queryRunner.query("ALTER TABLE \"evaluation_question_template\" ADD CONSTRAINT \"evaluation_question_template_academy_id_fkey\" FOREIGN KEY (\"academy_id\") REFERENCES \"organisation\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"evaluation_questionnaire\" ADD CONSTRAINT \"evaluation_questionnaire_programme_id_fkey\" FOREIGN KEY (\"programme_id\") REFERENCES \"programme\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"evaluation_question\" ADD CONSTRAINT \"evaluation_question_questionnaire_id_fkey\" FOREIGN KEY (\"questionnaire_id\") REFERENCES \"evaluation_questionnaire\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"evaluation_question\" ADD CONSTRAINT \"evaluation_question_template_id_fkey\" FOREIGN KEY (\"template_id\") REFERENCES \"evaluation_question_template\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"evaluation_round\" ADD CONSTRAINT \"evaluation_round_questionnaire_id_fkey\" FOREIGN KEY (\"questionnaire_id\") REFERENCES \"evaluation_questionnaire\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"evaluation_round\" ADD CONSTRAINT \"evaluation_round_cohort_id_fkey\" FOREIGN KEY (\"cohort_id\") REFERENCES \"cohort\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"evaluation_invitation\" ADD CONSTRAINT \"evaluation_invitation_round_id_fkey\" FOREIGN KEY (\"round_id\") REFERENCES \"evaluation_round\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"evaluation_invitation\" ADD CONSTRAINT \"evaluation_invitation_participant_id_fkey\" FOREIGN KEY (\"participant_id\") REFERENCES \"participant\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"evaluation_answer\" ADD CONSTRAINT \"evaluation_answer_invitation_id_fkey\" FOREIGN KEY (\"invitation_id\") REFERENCES \"evaluation_invitation\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"evaluation_answer\" ADD CONSTRAINT \"evaluation_answer_question_id_fkey\" FOREIGN KEY (\"question_id\") REFERENCES \"evaluation_question\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"evaluation_answer\" DROP CONSTRAINT \"evaluation_answer_question_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"evaluation_answer\" DROP CONSTRAINT \"evaluation_answer_invitation_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"evaluation_invitation\" DROP CONSTRAINT \"evaluation_invitation_participant_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"evaluation_invitation\" DROP CONSTRAINT \"evaluation_invitation_round_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"evaluation_round\" DROP CONSTRAINT \"evaluation_round_cohort_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"evaluation_round\" DROP CONSTRAINT \"evaluation_round_questionnaire_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"evaluation_question\" DROP CONSTRAINT \"evaluation_question_template_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"evaluation_question\" DROP CONSTRAINT \"evaluation_question_questionnaire_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"evaluation_questionnaire\" DROP CONSTRAINT \"evaluation_questionnaire_programme_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"evaluation_question_template\" DROP CONSTRAINT \"evaluation_question_template_academy_id_fkey\"");
    await queryRunner.query("DROP TABLE \"evaluation_answer\"");
    await queryRunner.query("DROP INDEX \"public\".\"evaluation_invitation_key\"");
    await queryRunner.query("DROP INDEX \"public\".\"evaluation_invitation_participant_id_idx\"");
    await queryRunner.query("DROP TABLE \"evaluation_invitation\"");
    await queryRunner.query("DROP INDEX \"public\".\"evaluation_round_key\"");
    await queryRunner.query("DROP TABLE \"evaluation_round\"");
    await queryRunner.query("DROP INDEX \"public\".\"evaluation_question_position_key\"");
    await queryRunner.query("DROP TABLE \"evaluation_question\"");
    await queryRunner.query("DROP INDEX \"public\".\"evaluation_questionnaire_point_key\"");
    await queryRunner.query("DROP TABLE \"evaluation_questionnaire\"");
    await queryRunner.query("DROP TYPE \"public\".\"evaluation_point\"");
    await queryRunner.query("DROP INDEX \"public\".\"evaluation_question_template_academy_id_idx\"");
    await queryRunner.query("DROP TABLE \"evaluation_question_template\"");
    await queryRunner.query("DROP TYPE \"public\".\"self_rating_measure\"");
    await queryRunner.query("DROP TYPE \"public\".\"kirkpatrick_level\"");
    await queryRunner.query("DROP TYPE \"public\".\"evaluation_question_kind\"");
  }
}
