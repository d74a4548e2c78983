import type { EligibilityRules } from "@ascent/domain";
import { Field, Int, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, type Relation } from "typeorm";
import { toGlobalId } from "../../graphql/relay/global-id";
import { Node } from "../../graphql/relay/node";
import { Programme } from "./programme.entity";

@Entity("programme_track")
@Index("programme_track_programme_id_idx", ["programmeId"])
@ObjectType("Track", { implements: Node, description: "A route through a programme, usually by band, with its own modules and eligibility." })
export class ProgrammeTrack implements Node {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  get globalId(): string {
    return toGlobalId("Track", this.id);
  }

  @Column({ name: "programme_id", type: "uuid" })
  programmeId: string;

  @ManyToOne(() => Programme, { onDelete: "CASCADE" })
  @JoinColumn({ name: "programme_id", foreignKeyConstraintName: "programme_track_programme_id_fkey" })
  programme?: Relation<Programme>;

  @Field()
  @Column({ type: "varchar", length: 200 })
  name: string;

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  description: string | null;

  @Field(() => Int, { description: "Order among the programme's tracks, from 0." })
  @Column({ type: "int" })
  position: number;

  /** Only the rules this track sets; the rest come from the programme. Null: all inherited. */
  @Column({ type: "jsonb", nullable: true })
  eligibility: EligibilityRules | null;

  @Field()
  @CreateDateColumn({ name: "created_at", type: "timestamptz", precision: 3 })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ name: "updated_at", type: "timestamptz", precision: 3 })
  updatedAt: Date;
}
