import { NhsRegion, OrganisationKind } from "@ascent/domain";
import { Field, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, type Relation } from "typeorm";
import { Node } from "../../graphql/relay/node";
import { toGlobalId } from "../../graphql/relay/global-id";

@Entity("organisation")
@Index("organisation_ods_code_key", ["odsCode"], { unique: true, where: "ods_code IS NOT NULL" })
@Index("organisation_parent_id_idx", ["parentId"])
@ObjectType({ implements: Node, description: "An academy, trust, ICB, facilitation provider or other body." })
export class Organisation implements Node {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  get globalId(): string {
    return toGlobalId("Organisation", this.id);
  }

  @Field()
  @Column({ type: "varchar", length: 200 })
  name: string;

  @Field(() => OrganisationKind)
  @Column({ type: "enum", enum: OrganisationKind, enumName: "organisation_kind" })
  kind: OrganisationKind;

  @Field(() => String, { nullable: true, description: "NHS Organisation Data Service code, e.g. RJ1." })
  @Column({ name: "ods_code", type: "varchar", length: 6, nullable: true })
  odsCode: string | null;

  @Field(() => NhsRegion, { nullable: true })
  @Column({ type: "enum", enum: NhsRegion, enumName: "nhs_region", nullable: true })
  region: NhsRegion | null;

  @Column({ name: "parent_id", type: "uuid", nullable: true })
  parentId: string | null;

  /** Only for the foreign key; GraphQL loads the parent through a DataLoader. */
  @ManyToOne(() => Organisation, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "parent_id", foreignKeyConstraintName: "organisation_parent_id_fkey" })
  parent?: Relation<Organisation>;

  @Field()
  @CreateDateColumn({ name: "created_at", type: "timestamptz", precision: 3 })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ name: "updated_at", type: "timestamptz", precision: 3 })
  updatedAt: Date;
}
