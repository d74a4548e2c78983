import { MigrationInterface, QueryRunner } from "typeorm";

export class Access1795383032103 implements MigrationInterface {
  name = "Access1795383032103";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"api_token\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"label\" character varying(100) NOT NULL, \"organisation_id\" uuid NOT NULL, \"scopes\" text array NOT NULL, \"secret_hash\" character(64) NOT NULL, \"prefix\" character varying(24) NOT NULL, \"created_by_id\" uuid, \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"expires_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL, \"revoked_at\" TIMESTAMP(3) WITH TIME ZONE, \"last_used_at\" TIMESTAMP(3) WITH TIME ZONE, \"cost_budget\" double precision NOT NULL DEFAULT '1000', \"budget_updated_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_d862311c568d175c26f41bc6f98\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"api_token_organisation_id_idx\" ON \"api_token\"  (\"organisation_id\") ");
    await queryRunner.query("CREATE TABLE \"audit_event\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"occurred_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"actor_user_id\" uuid, \"actor_token_id\" uuid, \"actor_role\" character varying(40) NOT NULL, \"actor_organisation_id\" uuid, \"operation\" character varying(80) NOT NULL, \"target_type\" character varying(60) NOT NULL, \"target_id\" uuid, \"changed_fields\" text array NOT NULL DEFAULT '{}', \"request_id\" character varying(64), CONSTRAINT \"PK_481efbe8b0a403efe3f47a6528f\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"audit_event_occurred_at_idx\" ON \"audit_event\"  (\"occurred_at\") ");
    await queryRunner.query("CREATE INDEX \"audit_event_actor_idx\" ON \"audit_event\"  (\"actor_user_id\") ");
    await queryRunner.query("CREATE INDEX \"audit_event_target_idx\" ON \"audit_event\"  (\"target_type\", \"target_id\") ");
    await queryRunner.query("ALTER TABLE \"user_account\" ADD \"organisation_id\" uuid");
    await queryRunner.query("ALTER TABLE \"user_account\" ADD \"failed_login_count\" integer NOT NULL DEFAULT '0'");
    await queryRunner.query("ALTER TABLE \"user_account\" ADD \"locked_until\" TIMESTAMP(3) WITH TIME ZONE");
    await queryRunner.query("ALTER TABLE \"api_token\" ADD CONSTRAINT \"api_token_organisation_id_fkey\" FOREIGN KEY (\"organisation_id\") REFERENCES \"organisation\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"user_account\" ADD CONSTRAINT \"user_account_organisation_id_fkey\" FOREIGN KEY (\"organisation_id\") REFERENCES \"organisation\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    // The audit trail is append-only, whoever connects: no UPDATE, no DELETE.
    await queryRunner.query("CREATE FUNCTION audit_event_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit events cannot be changed or deleted'; END $$");
    await queryRunner.query("CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON \"audit_event\" FOR EACH ROW EXECUTE FUNCTION audit_event_is_append_only()");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TRIGGER audit_event_append_only ON \"audit_event\"");
    await queryRunner.query("DROP FUNCTION audit_event_is_append_only()");
    await queryRunner.query("ALTER TABLE \"user_account\" DROP CONSTRAINT \"user_account_organisation_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"api_token\" DROP CONSTRAINT \"api_token_organisation_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"user_account\" DROP COLUMN \"locked_until\"");
    await queryRunner.query("ALTER TABLE \"user_account\" DROP COLUMN \"failed_login_count\"");
    await queryRunner.query("ALTER TABLE \"user_account\" DROP COLUMN \"organisation_id\"");
    await queryRunner.query("DROP INDEX \"public\".\"audit_event_target_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"audit_event_actor_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"audit_event_occurred_at_idx\"");
    await queryRunner.query("DROP TABLE \"audit_event\"");
    await queryRunner.query("DROP INDEX \"public\".\"api_token_organisation_id_idx\"");
    await queryRunner.query("DROP TABLE \"api_token\"");
  }
}
