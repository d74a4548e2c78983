import { MigrationInterface, QueryRunner } from "typeorm";

export class ActionLearningSets1796228418184 implements MigrationInterface {
  name = "ActionLearningSets1796228418184";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"learning_set\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"cohort_id\" uuid NOT NULL, \"name\" character varying(60) NOT NULL, \"facilitator_id\" uuid, \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_4bb4b8861889693c987139670c8\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"learning_set_cohort_name_key\" ON \"learning_set\"  (\"cohort_id\", \"name\") ");
    await queryRunner.query("CREATE TABLE \"learning_set_member\" (\"participant_id\" uuid NOT NULL, \"learning_set_id\" uuid NOT NULL, \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_7cca66216da7145c18c76301e22\" PRIMARY KEY (\"participant_id\"))");
    await queryRunner.query("CREATE INDEX \"learning_set_member_learning_set_id_idx\" ON \"learning_set_member\"  (\"learning_set_id\") ");
    await queryRunner.query("CREATE TABLE \"programme_learning_set_rules\" (\"programme_id\" uuid NOT NULL, \"set_size\" integer NOT NULL, \"updated_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_4aa8c2adb9b48670ed393f8c220\" PRIMARY KEY (\"programme_id\"))");
    await queryRunner.query("ALTER TABLE \"cohort_session\" ADD \"learning_set_id\" uuid");
    await queryRunner.query("CREATE UNIQUE INDEX \"cohort_session_learning_set_module_key\" ON \"cohort_session\"  (\"learning_set_id\", \"module_template_id\") WHERE learning_set_id IS NOT NULL");
    await queryRunner.query("ALTER TABLE \"cohort_session\" ADD CONSTRAINT \"cohort_session_learning_set_id_fkey\" FOREIGN KEY (\"learning_set_id\") REFERENCES \"learning_set\"(\"id\") ON DELETE NO ACTION ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"learning_set\" ADD CONSTRAINT \"learning_set_cohort_id_fkey\" FOREIGN KEY (\"cohort_id\") REFERENCES \"cohort\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"learning_set\" ADD CONSTRAINT \"learning_set_facilitator_id_fkey\" FOREIGN KEY (\"facilitator_id\") REFERENCES \"cohort_facilitator\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"learning_set_member\" ADD CONSTRAINT \"learning_set_member_participant_id_fkey\" FOREIGN KEY (\"participant_id\") REFERENCES \"participant\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"learning_set_member\" ADD CONSTRAINT \"learning_set_member_learning_set_id_fkey\" FOREIGN KEY (\"learning_set_id\") REFERENCES \"learning_set\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"programme_learning_set_rules\" ADD CONSTRAINT \"programme_learning_set_rules_programme_id_fkey\" FOREIGN KEY (\"programme_id\") REFERENCES \"programme\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"programme_learning_set_rules\" DROP CONSTRAINT \"programme_learning_set_rules_programme_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"learning_set_member\" DROP CONSTRAINT \"learning_set_member_learning_set_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"learning_set_member\" DROP CONSTRAINT \"learning_set_member_participant_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"learning_set\" DROP CONSTRAINT \"learning_set_facilitator_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"learning_set\" DROP CONSTRAINT \"learning_set_cohort_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"cohort_session\" DROP CONSTRAINT \"cohort_session_learning_set_id_fkey\"");
    await queryRunner.query("DROP INDEX \"public\".\"cohort_session_learning_set_module_key\"");
    await queryRunner.query("ALTER TABLE \"cohort_session\" DROP COLUMN \"learning_set_id\"");
    await queryRunner.query("DROP TABLE \"programme_learning_set_rules\"");
    await queryRunner.query("DROP INDEX \"public\".\"learning_set_member_learning_set_id_idx\"");
    await queryRunner.query("DROP TABLE \"learning_set_member\"");
    await queryRunner.query("DROP INDEX \"public\".\"learning_set_cohort_name_key\"");
    await queryRunner.query("DROP TABLE \"learning_set\"");
  }
}
