import { MigrationInterface, QueryRunner } from "typeorm";

export class Wres1795383462796 implements MigrationInterface {
  name = "Wres1795383462796";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"wres_return\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"organisation_id\" uuid NOT NULL, \"year\" integer NOT NULL, \"version\" integer NOT NULL, \"input\" jsonb NOT NULL, \"source\" character varying(10) NOT NULL, \"submitted_by_user_id\" uuid, \"submitted_by_token_id\" uuid, \"submitted_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"superseded_at\" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT \"PK_25d943b60b2414e410e78e06414\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"wres_return_current_year_idx\" ON \"wres_return\"  (\"year\") WHERE superseded_at IS NULL");
    await queryRunner.query("CREATE UNIQUE INDEX \"wres_return_version_key\" ON \"wres_return\"  (\"organisation_id\", \"year\", \"version\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"wres_return_current_key\" ON \"wres_return\"  (\"organisation_id\", \"year\") WHERE superseded_at IS NULL");
    await queryRunner.query("CREATE TYPE \"public\".\"wres_target_group\" AS ENUM('WHOLE_WORKFORCE', 'BANDS_1_TO_5', 'BANDS_6_TO_7', 'BAND_8A_AND_ABOVE', 'BAND_8A', 'BAND_8B', 'BAND_8C', 'BAND_8D', 'BAND_9', 'VSM', 'BOARD')");
    await queryRunner.query("CREATE TABLE \"wres_target\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"organisation_id\" uuid NOT NULL, \"group\" \"public\".\"wres_target_group\" NOT NULL, \"year\" integer NOT NULL, \"share\" double precision NOT NULL, \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_c60c6bc05e548d648d9cf0844ca\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"wres_target_key\" ON \"wres_target\"  (\"organisation_id\", \"group\", \"year\") ");
    await queryRunner.query("ALTER TABLE \"wres_return\" ADD CONSTRAINT \"wres_return_organisation_id_fkey\" FOREIGN KEY (\"organisation_id\") REFERENCES \"organisation\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"wres_target\" ADD CONSTRAINT \"wres_target_organisation_id_fkey\" FOREIGN KEY (\"organisation_id\") REFERENCES \"organisation\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"wres_target\" DROP CONSTRAINT \"wres_target_organisation_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"wres_return\" DROP CONSTRAINT \"wres_return_organisation_id_fkey\"");
    await queryRunner.query("DROP INDEX \"public\".\"wres_target_key\"");
    await queryRunner.query("DROP TABLE \"wres_target\"");
    await queryRunner.query("DROP TYPE \"public\".\"wres_target_group\"");
    await queryRunner.query("DROP INDEX \"public\".\"wres_return_current_key\"");
    await queryRunner.query("DROP INDEX \"public\".\"wres_return_version_key\"");
    await queryRunner.query("DROP INDEX \"public\".\"wres_return_current_year_idx\"");
    await queryRunner.query("DROP TABLE \"wres_return\"");
  }
}
