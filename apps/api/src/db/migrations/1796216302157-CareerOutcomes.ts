import { MigrationInterface, QueryRunner } from "typeorm";

export class CareerOutcomes1796216302157 implements MigrationInterface {
  name = "CareerOutcomes1796216302157";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TYPE \"public\".\"outcome_group\" AS ENUM('PARTICIPANT', 'COMPARISON')");
    await queryRunner.query("CREATE TYPE \"public\".\"career_outcome_kind\" AS ENUM('PROMOTION', 'ACTING_UP', 'SECONDMENT', 'NEW_ROLE_SAME_BAND', 'LEFT_NHS')");
    await queryRunner.query("CREATE TYPE \"public\".\"career_outcome_source\" AS ENUM('STAFF', 'SELF_REPORTED', 'PARTNER')");
    await queryRunner.query("CREATE TABLE \"career_outcome\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"application_id\" uuid NOT NULL, \"group\" \"public\".\"outcome_group\" NOT NULL, \"kind\" \"public\".\"career_outcome_kind\" NOT NULL, \"effective_on\" date NOT NULL, \"band_before\" character varying(10), \"band_after\" character varying(10), \"source\" \"public\".\"career_outcome_source\" NOT NULL, \"recorded_by_user_id\" uuid, \"recorded_by_token_id\" uuid, \"recorded_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_bfad40ac55196330c605dd1c139\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"career_outcome_application_kind_date_key\" ON \"career_outcome\"  (\"application_id\", \"kind\", \"effective_on\") ");
    await queryRunner.query("CREATE TABLE \"programme_impact_baseline\" (\"programme_id\" uuid NOT NULL, \"annual_rate_percent\" numeric(5,2) NOT NULL, \"source\" character varying(300) NOT NULL, \"updated_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_406522d5708df1deb6b2d25c504\" PRIMARY KEY (\"programme_id\"))");
    await queryRunner.query("ALTER TABLE \"application\" ADD \"follow_up_consent_at\" TIMESTAMP(3) WITH TIME ZONE");
    await queryRunner.query("ALTER TABLE \"career_outcome\" ADD CONSTRAINT \"career_outcome_application_id_fkey\" FOREIGN KEY (\"application_id\") REFERENCES \"application\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"programme_impact_baseline\" ADD CONSTRAINT \"programme_impact_baseline_programme_id_fkey\" FOREIGN KEY (\"programme_id\") REFERENCES \"programme\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"programme_impact_baseline\" DROP CONSTRAINT \"programme_impact_baseline_programme_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"career_outcome\" DROP CONSTRAINT \"career_outcome_application_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"application\" DROP COLUMN \"follow_up_consent_at\"");
    await queryRunner.query("DROP TABLE \"programme_impact_baseline\"");
    await queryRunner.query("DROP INDEX \"public\".\"career_outcome_application_kind_date_key\"");
    await queryRunner.query("DROP TABLE \"career_outcome\"");
    await queryRunner.query("DROP TYPE \"public\".\"career_outcome_source\"");
    await queryRunner.query("DROP TYPE \"public\".\"career_outcome_kind\"");
    await queryRunner.query("DROP TYPE \"public\".\"outcome_group\"");
  }
}
