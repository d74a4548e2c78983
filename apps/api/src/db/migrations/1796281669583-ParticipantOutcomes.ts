import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Career outcomes belong to a participant, so someone staff added by hand
 * (no application) can have one: participant_id, application_id nullable
 * (a comparison-group applicant still has only their application), at least
 * one of the two. Existing participants' outcomes get their participant.
 */
export class ParticipantOutcomes1796281669583 implements MigrationInterface {
  name = "ParticipantOutcomes1796281669583";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"career_outcome\" ADD \"participant_id\" uuid");
    await queryRunner.query("ALTER TABLE \"career_outcome\" DROP CONSTRAINT \"career_outcome_application_id_fkey\"");
    await queryRunner.query("DROP INDEX \"public\".\"career_outcome_application_kind_date_key\"");
    await queryRunner.query("ALTER TABLE \"career_outcome\" ALTER COLUMN \"application_id\" DROP NOT NULL");
    await queryRunner.query("CREATE UNIQUE INDEX \"career_outcome_participant_kind_date_key\" ON \"career_outcome\"  (\"participant_id\", \"kind\", \"effective_on\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"career_outcome_application_kind_date_key\" ON \"career_outcome\"  (\"application_id\", \"kind\", \"effective_on\") ");
    await queryRunner.query("UPDATE \"career_outcome\" o SET \"participant_id\" = pt.\"id\" FROM \"participant\" pt WHERE pt.\"application_id\" = o.\"application_id\"");
    await queryRunner.query("ALTER TABLE \"career_outcome\" ADD CONSTRAINT \"career_outcome_person_check\" CHECK (\"application_id\" IS NOT NULL OR \"participant_id\" IS NOT NULL)");
    await queryRunner.query("ALTER TABLE \"career_outcome\" ADD CONSTRAINT \"career_outcome_application_id_fkey\" FOREIGN KEY (\"application_id\") REFERENCES \"application\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"career_outcome\" ADD CONSTRAINT \"career_outcome_participant_id_fkey\" FOREIGN KEY (\"participant_id\") REFERENCES \"participant\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"career_outcome\" DROP CONSTRAINT \"career_outcome_participant_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"career_outcome\" DROP CONSTRAINT \"career_outcome_application_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"career_outcome\" DROP CONSTRAINT \"career_outcome_person_check\"");
    await queryRunner.query("DROP INDEX \"public\".\"career_outcome_application_kind_date_key\"");
    await queryRunner.query("DROP INDEX \"public\".\"career_outcome_participant_kind_date_key\"");
    // Outcomes of participants added by hand have nowhere to go back to.
    await queryRunner.query("DELETE FROM \"career_outcome\" WHERE \"application_id\" IS NULL");
    await queryRunner.query("ALTER TABLE \"career_outcome\" ALTER COLUMN \"application_id\" SET NOT NULL");
    await queryRunner.query("CREATE UNIQUE INDEX \"career_outcome_application_kind_date_key\" ON \"career_outcome\" (\"application_id\", \"kind\", \"effective_on\") ");
    await queryRunner.query("ALTER TABLE \"career_outcome\" ADD CONSTRAINT \"career_outcome_application_id_fkey\" FOREIGN KEY (\"application_id\") REFERENCES \"application\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"career_outcome\" DROP COLUMN \"participant_id\"");
  }
}
