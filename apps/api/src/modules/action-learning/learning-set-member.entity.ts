import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from "typeorm";
import { Participant } from "../application";
import { LearningSet } from "./learning-set.entity";

/** A participant's place in a set. The participant is the key: one set per participant (and a participant has one cohort). */
@Entity("learning_set_member")
@Index("learning_set_member_learning_set_id_idx", ["learningSetId"])
export class LearningSetMember {
  @PrimaryColumn({ name: "participant_id", type: "uuid" })
  participantId: string;

  @ManyToOne(() => Participant, { onDelete: "CASCADE" })
  @JoinColumn({ name: "participant_id", foreignKeyConstraintName: "learning_set_member_participant_id_fkey" })
  participant?: Relation<Participant>;

  @Column({ name: "learning_set_id", type: "uuid" })
  learningSetId: string;

  @ManyToOne(() => LearningSet, { onDelete: "CASCADE" })
  @JoinColumn({ name: "learning_set_id", foreignKeyConstraintName: "learning_set_member_learning_set_id_fkey" })
  learningSet?: Relation<LearningSet>;

  @CreateDateColumn({ name: "created_at", type: "timestamptz", precision: 3 })
  createdAt: Date;
}
