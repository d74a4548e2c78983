import { MigrationInterface, QueryRunner } from "typeorm";

export class Initial1795382558035 implements MigrationInterface {
  name = "Initial1795382558035";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TYPE \"public\".\"user_role\" AS ENUM('ADMIN', 'PROGRAMME_MANAGER', 'FACILITATOR')");
    await queryRunner.query("CREATE TABLE \"user_account\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"email\" character varying(320) NOT NULL, \"name\" character varying(200) NOT NULL, \"role\" \"public\".\"user_role\" NOT NULL, \"password_hash\" character varying(255) NOT NULL, \"deactivated_at\" TIMESTAMP(3) WITH TIME ZONE, \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_6acfec7285fdf9f463462de3e9f\" PRIMARY KEY (\"id\"))");
    // Emails are unique whatever their case; TypeORM can't express an index on lower(email).
    await queryRunner.query("CREATE UNIQUE INDEX \"user_account_email_key\" ON \"user_account\" (lower(\"email\"))");
    await queryRunner.query("CREATE TABLE \"session\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"token_hash\" character(64) NOT NULL, \"user_id\" uuid NOT NULL, \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"expires_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL, \"last_seen_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT \"PK_f55da76ac1c3ac420f444d2ff11\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"session_token_hash_key\" ON \"session\"  (\"token_hash\") ");
    await queryRunner.query("CREATE INDEX \"session_user_id_idx\" ON \"session\"  (\"user_id\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"organisation_kind\" AS ENUM('ACADEMY', 'TRUST', 'ICB', 'CCG', 'REGION', 'FACILITATION_PROVIDER', 'OTHER')");
    await queryRunner.query("CREATE TYPE \"public\".\"nhs_region\" AS ENUM('EAST_OF_ENGLAND', 'LONDON', 'MIDLANDS', 'NORTH_EAST_AND_YORKSHIRE', 'NORTH_WEST', 'SOUTH_EAST', 'SOUTH_WEST')");
    await queryRunner.query("CREATE TABLE \"organisation\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"name\" character varying(200) NOT NULL, \"kind\" \"public\".\"organisation_kind\" NOT NULL, \"ods_code\" character varying(6), \"region\" \"public\".\"nhs_region\", \"parent_id\" uuid, \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_c725ae234ef1b74cce43d2d00c1\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"organisation_parent_id_idx\" ON \"organisation\"  (\"parent_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"organisation_ods_code_key\" ON \"organisation\"  (\"ods_code\") WHERE ods_code IS NOT NULL");
    await queryRunner.query("ALTER TABLE \"session\" ADD CONSTRAINT \"session_user_id_fkey\" FOREIGN KEY (\"user_id\") REFERENCES \"user_account\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"organisation\" ADD CONSTRAINT \"organisation_parent_id_fkey\" FOREIGN KEY (\"parent_id\") REFERENCES \"organisation\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"organisation\" DROP CONSTRAINT \"organisation_parent_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"session\" DROP CONSTRAINT \"session_user_id_fkey\"");
    await queryRunner.query("DROP INDEX \"public\".\"organisation_ods_code_key\"");
    await queryRunner.query("DROP INDEX \"public\".\"organisation_parent_id_idx\"");
    await queryRunner.query("DROP TABLE \"organisation\"");
    await queryRunner.query("DROP TYPE \"public\".\"nhs_region\"");
    await queryRunner.query("DROP TYPE \"public\".\"organisation_kind\"");
    await queryRunner.query("DROP INDEX \"public\".\"session_user_id_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"session_token_hash_key\"");
    await queryRunner.query("DROP TABLE \"session\"");
    await queryRunner.query("DROP INDEX \"public\".\"user_account_email_key\"");
    await queryRunner.query("DROP TABLE \"user_account\"");
    await queryRunner.query("DROP TYPE \"public\".\"user_role\"");
  }
}
