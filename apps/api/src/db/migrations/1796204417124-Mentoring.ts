import { MigrationInterface, QueryRunner } from "typeorm";

export class Mentoring1796204417124 implements MigrationInterface {
  name = "Mentoring1796204417124";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TYPE \"public\".\"mentor_band\" AS ENUM('BAND_1', 'BAND_2', 'BAND_3', 'BAND_4', 'BAND_5', 'BAND_6', 'BAND_7', 'BAND_8A', 'BAND_8B', 'BAND_8C', 'BAND_8D', 'BAND_9', 'VSM')");
    await queryRunner.query("CREATE TYPE \"public\".\"mentoring_offer\" AS ENUM('MENTORING', 'COACHING', 'MENTORING_AND_COACHING')");
    await queryRunner.query("CREATE TABLE \"mentor\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"academy_id\" uuid NOT NULL, \"name\" character varying(200) NOT NULL, \"email\" character varying(320) NOT NULL, \"organisation_id\" uuid NOT NULL, \"band\" \"public\".\"mentor_band\", \"offers\" \"public\".\"mentoring_offer\" NOT NULL, \"expertise\" character varying(100) array NOT NULL DEFAULT '{}', \"capacity\" integer NOT NULL, \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_9fcebd0a40237e9b6defcbd9d74\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"mentor_academy_email_key\" ON \"mentor\"  (\"academy_id\", \"email\") ");
    await queryRunner.query("ALTER TABLE \"mentor\" ADD CONSTRAINT \"mentor_academy_id_fkey\" FOREIGN KEY (\"academy_id\") REFERENCES \"organisation\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"mentor\" ADD CONSTRAINT \"mentor_organisation_id_fkey\" FOREIGN KEY (\"organisation_id\") REFERENCES \"organisation\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"mentor\" DROP CONSTRAINT \"mentor_organisation_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"mentor\" DROP CONSTRAINT \"mentor_academy_id_fkey\"");
    await queryRunner.query("DROP INDEX \"public\".\"mentor_academy_email_key\"");
    await queryRunner.query("DROP TABLE \"mentor\"");
    await queryRunner.query("DROP TYPE \"public\".\"mentoring_offer\"");
    await queryRunner.query("DROP TYPE \"public\".\"mentor_band\"");
  }
}
