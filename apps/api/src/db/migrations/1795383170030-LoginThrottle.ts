import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Per-address sign-in attempt counters, shared by every api process (no
 * in-memory counters: the api scales out). Written with raw SQL; no entity.
 */
export class LoginThrottle1795383170030 implements MigrationInterface {
  name = "LoginThrottle1795383170030";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TABLE \"login_throttle\" (\"key\" varchar(100) PRIMARY KEY, \"window_started_at\" timestamptz(3) NOT NULL DEFAULT now(), \"attempts\" integer NOT NULL DEFAULT 0)",
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TABLE \"login_throttle\"");
  }
}
