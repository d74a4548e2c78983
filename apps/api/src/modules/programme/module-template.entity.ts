import { DeliveryMode, ModuleKind } from "@ascent/domain";
import { Field, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from "typeorm";
import { toGlobalId } from "../../graphql/relay/global-id";
import { Node } from "../../graphql/relay/node";
import { ProgrammeTrack } from "./programme-track.entity";
import { Programme } from "./programme.entity";

/**
 * One step of a curriculum. A template with a track belongs to that track;
 * one without belongs to every cohort of the programme.
 */
@Entity("module_template")
@Index("module_template_programme_id_idx", ["programmeId"])
@Index("module_template_track_id_idx", ["trackId"])
@ObjectType({ implements: Node, description: "A workshop, module, Action Learning Set or other step of a curriculum." })
export class ModuleTemplate implements Node {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  get globalId(): string {
    return toGlobalId("ModuleTemplate", this.id);
  }

  @Column({ name: "programme_id", type: "uuid" })
  programmeId: string;

  @ManyToOne(() => Programme, { onDelete: "CASCADE" })
  @JoinColumn({ name: "programme_id", foreignKeyConstraintName: "module_template_programme_id_fkey" })
  programme?: Relation<Programme>;

  @Column({ name: "track_id", type: "uuid", nullable: true })
  trackId: string | null;

  @ManyToOne(() => ProgrammeTrack, { onDelete: "CASCADE" })
  @JoinColumn({ name: "track_id", foreignKeyConstraintName: "module_template_track_id_fkey" })
  track?: Relation<ProgrammeTrack>;

  @Field()
  @Column({ type: "varchar", length: 200 })
  title: string;

  @Field(() => ModuleKind)
  @Column({ type: "enum", enum: ModuleKind, enumName: "module_kind" })
  kind: ModuleKind;

  @Field(() => Int, { description: "Scheduled days; 0 for ongoing mentoring, self-directed study or a questionnaire (no sessions)." })
  @Column({ name: "length_days", type: "int" })
  lengthDays: number;

  @Field(() => DeliveryMode, { nullable: true })
  @Column({ name: "delivery_mode", type: "enum", enum: DeliveryMode, enumName: "delivery_mode", nullable: true })
  deliveryMode: DeliveryMode | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  description: string | null;

  @Field(() => Int, { description: "Order in the curriculum, from 0." })
  @Column({ type: "int" })
  position: number;
}
