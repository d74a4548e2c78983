import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Replaces the hard account lock (which anyone could trigger, and which
 * answered differently from a wrong password) with growing delays kept per
 * address+account, per account and per address (modules/auth/login-throttle.ts).
 * Written with raw SQL; no entity.
 */
export class SignInThrottle1796204641308 implements MigrationInterface {
  name = "SignInThrottle1796204641308";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TABLE \"login_throttle\"");
    await queryRunner.query(
      "CREATE TABLE \"login_throttle\" (\"key\" varchar(100) PRIMARY KEY, \"failures\" integer NOT NULL DEFAULT 0, \"window_started_at\" timestamptz(3) NOT NULL DEFAULT now(), \"last_failure_at\" timestamptz(3) NOT NULL DEFAULT now(), \"trusted_at\" timestamptz(3))",
    );
    await queryRunner.query("CREATE INDEX \"login_throttle_last_failure_at_idx\" ON \"login_throttle\" (\"last_failure_at\")");
    await queryRunner.query("ALTER TABLE \"user_account\" DROP COLUMN \"locked_until\"");
    await queryRunner.query("ALTER TABLE \"user_account\" DROP COLUMN \"failed_login_count\"");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"user_account\" ADD \"failed_login_count\" integer NOT NULL DEFAULT '0'");
    await queryRunner.query("ALTER TABLE \"user_account\" ADD \"locked_until\" TIMESTAMP(3) WITH TIME ZONE");
    await queryRunner.query("DROP TABLE \"login_throttle\"");
    await queryRunner.query(
      "CREATE TABLE \"login_throttle\" (\"key\" varchar(100) PRIMARY KEY, \"window_started_at\" timestamptz(3) NOT NULL DEFAULT now(), \"attempts\" integer NOT NULL DEFAULT 0)",
    );
  }
}
