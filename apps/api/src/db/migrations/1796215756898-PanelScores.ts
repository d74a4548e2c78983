import { MigrationInterface, QueryRunner } from "typeorm";

export class PanelScores1796215756898 implements MigrationInterface {
  name = "PanelScores1796215756898";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"application_score\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"application_id\" uuid NOT NULL, \"reviewer_id\" uuid NOT NULL, \"scores\" jsonb NOT NULL, \"total\" integer NOT NULL, \"comment\" text, \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_7927054db8f35399ff341592d83\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"application_score_reviewer_key\" ON \"application_score\"  (\"application_id\", \"reviewer_id\") ");
    // The mean of the reviewers' totals, kept as it was (nothing scored yet before this).
    await queryRunner.query("ALTER TABLE \"application\" ALTER COLUMN \"panel_score\" TYPE double precision");
    await queryRunner.query("ALTER TABLE \"application_score\" ADD CONSTRAINT \"application_score_application_id_fkey\" FOREIGN KEY (\"application_id\") REFERENCES \"application\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"application_score\" ADD CONSTRAINT \"application_score_reviewer_id_fkey\" FOREIGN KEY (\"reviewer_id\") REFERENCES \"user_account\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"application_score\" DROP CONSTRAINT \"application_score_reviewer_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"application_score\" DROP CONSTRAINT \"application_score_application_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"application\" ALTER COLUMN \"panel_score\" TYPE integer USING round(\"panel_score\")::integer");
    await queryRunner.query("DROP INDEX \"public\".\"application_score_reviewer_key\"");
    await queryRunner.query("DROP TABLE \"application_score\"");
  }
}
