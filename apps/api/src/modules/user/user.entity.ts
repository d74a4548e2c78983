import { Role } from "@ascent/domain";
import { Field, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, type Relation } from "typeorm";
import { Organisation } from "../organisation";
import { Node } from "../../graphql/relay/node";
import { toGlobalId } from "../../graphql/relay/global-id";

@Entity("user_account")
@Index("user_account_email_key", { synchronize: false })
@ObjectType({ implements: Node, description: "A person who signs in to the console." })
export class User implements Node {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  get globalId(): string {
    return toGlobalId("User", this.id);
  }

  /** Stored as typed; uniqueness is case-insensitive (index on lower(email)). */
  @Field()
  @Column({ type: "varchar", length: 320 })
  email: string;

  @Field()
  @Column({ type: "varchar", length: 200 })
  name: string;

  @Field(() => Role)
  @Column({ type: "enum", enum: Role, enumName: "user_role" })
  role: Role;

  /** The academy (or facilitation provider) a programme manager or facilitator belongs to; null for admins. */
  @Column({ name: "organisation_id", type: "uuid", nullable: true })
  organisationId: string | null;

  @ManyToOne(() => Organisation, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "organisation_id", foreignKeyConstraintName: "user_account_organisation_id_fkey" })
  organisation?: Relation<Organisation>;

  /** argon2id; never leaves this class. */
  @Column({ name: "password_hash", type: "varchar", length: 255 })
  passwordHash: string;

  @Column({ name: "deactivated_at", type: "timestamptz", precision: 3, nullable: true })
  deactivatedAt: Date | null;

  @Field()
  @CreateDateColumn({ name: "created_at", type: "timestamptz", precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: "updated_at", type: "timestamptz", precision: 3 })
  updatedAt: Date;
}
