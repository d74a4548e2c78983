import { MigrationInterface, QueryRunner } from "typeorm";
import { JOB_SCHEMA, jobSchemaSql } from "../../jobs";

/**
 * The outbox of messages to send, and pg-boss's job queue tables (schema
 * "pgboss", as pg-boss 10 creates them): both are created here, under the
 * migrations' advisory lock, so every database, test ones included, has them
 * before the first request. pg-boss upgrades its own schema after a version bump.
 */
export class MessagesAndJobs1796204088264 implements MigrationInterface {
  name = "MessagesAndJobs1796204088264";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"outbox_message\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"kind\" character varying(80) NOT NULL, \"to_address\" character varying(320) NOT NULL, \"subject\" character varying(300) NOT NULL, \"text_body\" text NOT NULL, \"html_body\" text, \"dedupe_key\" character varying(200), \"status\" character varying(10) NOT NULL DEFAULT 'PENDING', \"attempts\" integer NOT NULL DEFAULT '0', \"last_error\" character varying(80), \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"sent_at\" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT \"outbox_message_status_check\" CHECK (status IN ('PENDING', 'SENT', 'FAILED')), CONSTRAINT \"PK_2f36ee5236f2793f3e7bd554589\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"outbox_message_unsent_idx\" ON \"outbox_message\"  (\"created_at\") WHERE status <> 'SENT'");
    await queryRunner.query("CREATE UNIQUE INDEX \"outbox_message_dedupe_key_idx\" ON \"outbox_message\"  (\"dedupe_key\") WHERE dedupe_key IS NOT NULL");
    const [existing]: Array<{ installed: string | null }> = await queryRunner.query("SELECT to_regclass($1) AS installed", [`${JOB_SCHEMA}.version`]);
    if (!existing.installed) await queryRunner.query(jobSchemaSql());
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP SCHEMA IF EXISTS ${JOB_SCHEMA} CASCADE`);
    await queryRunner.query("DROP INDEX \"public\".\"outbox_message_dedupe_key_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"outbox_message_unsent_idx\"");
    await queryRunner.query("DROP TABLE \"outbox_message\"");
  }
}
