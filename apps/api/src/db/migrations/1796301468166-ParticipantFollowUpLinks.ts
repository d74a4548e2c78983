import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Follow-up links name a participant (also one added by hand): the
 * participant's link version, raised on withdrawal to revoke links mailed before.
 */
export class ParticipantFollowUpLinks1796301468166 implements MigrationInterface {
  name = "ParticipantFollowUpLinks1796301468166";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"participant\" ADD \"link_version\" integer NOT NULL DEFAULT '1'");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"participant\" DROP COLUMN \"link_version\"");
  }
}
