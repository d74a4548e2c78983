import { Field, Int, ObjectType } from "type-graphql";
import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn, type Relation } from "typeorm";
import { Programme } from "../programme";

/** What a programme asks before a participant is marked completed; a programme without a row asks nothing. */
@Entity("programme_completion_rule")
@ObjectType({ description: "What a programme asks before a participant is marked completed." })
export class ProgrammeCompletionRule {
  @PrimaryColumn({ name: "programme_id", type: "uuid" })
  programmeId: string;

  @OneToOne(() => Programme, { onDelete: "CASCADE" })
  @JoinColumn({ name: "programme_id", foreignKeyConstraintName: "programme_completion_rule_programme_id_fkey" })
  programme?: Relation<Programme>;

  @Field(() => Int, { nullable: true, description: "The least share of sessions attended, as a whole percentage (present or late counts; excused sessions count neither way); null for none." })
  @Column({ name: "minimum_attendance_percent", type: "int", nullable: true })
  minimumAttendancePercent: number | null;

  @Field({ description: "Whether a mentor or coach must be in place (a running pairing, or one that lasted the programme's minimum)." })
  @Column({ name: "mentor_or_coach_required", type: "boolean" })
  mentorOrCoachRequired: boolean;

  @Field({ description: "Whether the post-programme evaluation must have been returned." })
  @Column({ name: "post_programme_evaluation_required", type: "boolean" })
  postProgrammeEvaluationRequired: boolean;

  @UpdateDateColumn({ name: "updated_at", type: "timestamptz", precision: 3 })
  updatedAt: Date;
}
