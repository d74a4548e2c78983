import type { WresReturnInput } from "@ascent/metrics";
import { Field, Int, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from "typeorm";
import { Node } from "../../graphql/relay/node";
import { toGlobalId } from "../../graphql/relay/global-id";
import { Organisation } from "../organisation";

/** How a return reached Ascent. */
export enum WresReturnSource {
  /** submitWresReturn with structured input (a partner's code, or the console's form). */
  API = "API",
  /** The console's CSV upload (parsed in the browser, sent as structured input). */
  CSV = "CSV",
  /** Generated demo data. */
  DEMO = "DEMO",
}
registerEnumType(WresReturnSource, { name: "WresReturnSource" });

/**
 * One version of an organisation's WRES return for one data year: the raw
 * counts as submitted (validated by `validateWresReturn`), never computed
 * figures. A resubmission supersedes the current version; history is kept.
 * At most one current version per organisation and year (partial unique index).
 *
 * Visible only to those who own the organisation's data (see `disclosureLevelFor`).
 */
@Entity("wres_return")
@Index("wres_return_current_key", ["organisationId", "year"], { unique: true, where: "superseded_at IS NULL" })
@Index("wres_return_version_key", ["organisationId", "year", "version"], { unique: true })
@Index("wres_return_current_year_idx", ["year"], { where: "superseded_at IS NULL" })
@ObjectType({ implements: Node, description: "One version of an organisation's WRES return for a data year (raw counts; its owners only)." })
export class WresReturn implements Node {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  get globalId(): string {
    return toGlobalId("WresReturn", this.id);
  }

  @Column({ name: "organisation_id", type: "uuid" })
  organisationId: string;

  @ManyToOne(() => Organisation, { onDelete: "CASCADE" })
  @JoinColumn({ name: "organisation_id", foreignKeyConstraintName: "wres_return_organisation_id_fkey" })
  organisation?: Relation<Organisation>;

  @Field(() => Int, { description: "The data year (workforce at 31 March of that year)." })
  @Column({ type: "int" })
  year: number;

  @Field(() => Int, { description: "1 for the first submission for the year, then 2, 3, ..." })
  @Column({ type: "int" })
  version: number;

  /** The raw return as submitted; `validateWresReturn` passed on it. */
  @Column({ type: "jsonb" })
  input: WresReturnInput;

  @Field(() => WresReturnSource)
  @Column({ type: "varchar", length: 10 })
  source: WresReturnSource;

  @Column({ name: "submitted_by_user_id", type: "uuid", nullable: true })
  submittedByUserId: string | null;

  @Column({ name: "submitted_by_token_id", type: "uuid", nullable: true })
  submittedByTokenId: string | null;

  @Field()
  @Column({ name: "submitted_at", type: "timestamptz", precision: 3, default: () => "now()" })
  submittedAt: Date;

  @Field(() => Date, { nullable: true, description: "When a later version replaced this one; null for the current version." })
  @Column({ name: "superseded_at", type: "timestamptz", precision: 3, nullable: true })
  supersededAt: Date | null;
}
