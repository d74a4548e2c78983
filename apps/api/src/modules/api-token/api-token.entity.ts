import { ApiScope } from "@ascent/domain";
import { Field, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from "typeorm";
import { Node } from "../../graphql/relay/node";
import { toGlobalId } from "../../graphql/relay/global-id";
import { Organisation } from "../organisation";

/**
 * A partner trust's API token. The secret is shown once at creation; only
 * its SHA-256 is stored (the secret is 256 random bits, so a slow hash adds
 * nothing), and it is compared in constant time.
 */
@Entity("api_token")
@ObjectType({ implements: Node, description: "A partner API token (its secret is never shown again after creation)." })
export class ApiToken implements Node {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  get globalId(): string {
    return toGlobalId("ApiToken", this.id);
  }

  @Field()
  @Column({ type: "varchar", length: 100 })
  label: string;

  @Index("api_token_organisation_id_idx")
  @Column({ name: "organisation_id", type: "uuid" })
  organisationId: string;

  @ManyToOne(() => Organisation, { onDelete: "CASCADE" })
  @JoinColumn({ name: "organisation_id", foreignKeyConstraintName: "api_token_organisation_id_fkey" })
  organisation?: Relation<Organisation>;

  @Field(() => [ApiScope])
  @Column({ type: "text", array: true })
  scopes: ApiScope[];

  @Column({ name: "secret_hash", type: "char", length: 64 })
  secretHash: string;

  @Field({ description: "The first characters of the token, to recognise it." })
  @Column({ type: "varchar", length: 24 })
  prefix: string;

  @Column({ name: "created_by_id", type: "uuid", nullable: true })
  createdById: string | null;

  @Field()
  @CreateDateColumn({ name: "created_at", type: "timestamptz", precision: 3 })
  createdAt: Date;

  @Field()
  @Column({ name: "expires_at", type: "timestamptz", precision: 3 })
  expiresAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ name: "revoked_at", type: "timestamptz", precision: 3, nullable: true })
  revokedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: "last_used_at", type: "timestamptz", precision: 3, nullable: true })
  lastUsedAt: Date | null;

  /** Query-cost budget (Shopify-style leaky bucket): points left at `budgetUpdatedAt`, capped at the setting when read (graphql/partner-cost.ts). */
  @Column({ name: "cost_budget", type: "double precision", default: 1000 })
  costBudget: number;

  @Column({ name: "budget_updated_at", type: "timestamptz", precision: 3, default: () => "now()" })
  budgetUpdatedAt: Date;
}
