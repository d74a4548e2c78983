import { WresTargetGroup } from "@ascent/domain";
import { Field, Float, Int, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, type Relation } from "typeorm";
import { Node } from "../../graphql/relay/node";
import { toGlobalId } from "../../graphql/relay/global-id";
import { Organisation } from "../organisation";

/**
 * A Model Employer aspiration: the BME share an organisation aims for in a
 * group of staff (a band group, or the board) by a year. Set by the
 * organisation itself; data, not code.
 */
@Entity("wres_target")
@Index("wres_target_key", ["organisationId", "group", "year"], { unique: true })
@ObjectType({ implements: Node, description: "A Model Employer aspiration: the BME share an organisation aims for in a group of staff by a year." })
export class WresTarget implements Node {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  get globalId(): string {
    return toGlobalId("WresTarget", this.id);
  }

  @Column({ name: "organisation_id", type: "uuid" })
  organisationId: string;

  @ManyToOne(() => Organisation, { onDelete: "CASCADE" })
  @JoinColumn({ name: "organisation_id", foreignKeyConstraintName: "wres_target_organisation_id_fkey" })
  organisation?: Relation<Organisation>;

  @Field(() => WresTargetGroup)
  @Column({ type: "enum", enum: WresTargetGroup, enumName: "wres_target_group" })
  group: WresTargetGroup;

  @Field(() => Int, { description: "The data year by which the share should be reached." })
  @Column({ type: "int" })
  year: number;

  @Field(() => Float, { description: "Target BME share as a fraction in [0, 1] (0.19 = 19%)." })
  @Column({ type: "double precision" })
  share: number;

  @Field()
  @CreateDateColumn({ name: "created_at", type: "timestamptz", precision: 3 })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ name: "updated_at", type: "timestamptz", precision: 3 })
  updatedAt: Date;
}
