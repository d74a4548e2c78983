import { Field, ID, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from "typeorm";
import { MentoringRelationship } from "./mentoring-relationship.entity";

/** A meeting of a mentor or coach with their participant, as academy staff recorded it. */
@Entity("mentoring_check_in")
@Index("mentoring_check_in_relationship_id_idx", ["relationshipId"])
@ObjectType({ description: "A recorded meeting of a mentoring or coaching pair. Only the academy's staff see it." })
export class MentoringCheckIn {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ name: "relationship_id", type: "uuid" })
  relationshipId: string;

  @ManyToOne(() => MentoringRelationship, { onDelete: "CASCADE" })
  @JoinColumn({ name: "relationship_id", foreignKeyConstraintName: "mentoring_check_in_relationship_id_fkey" })
  relationship?: Relation<MentoringRelationship>;

  @Field({ description: "The day they met, YYYY-MM-DD (London)." })
  @Column({ name: "held_on", type: "date" })
  heldOn: string;

  @Field(() => String, { nullable: true, description: "Staff's note of the meeting, as written; for the academy's staff only." })
  @Column({ type: "varchar", length: 2000, nullable: true })
  note: string | null;

  @Field()
  @CreateDateColumn({ name: "created_at", type: "timestamptz", precision: 3 })
  createdAt: Date;
}
