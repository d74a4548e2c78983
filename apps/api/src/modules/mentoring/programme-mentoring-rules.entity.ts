import { Field, Int, ObjectType } from "type-graphql";
import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn, type Relation } from "typeorm";
import { Programme } from "../programme";

/** What a programme asks of mentoring; a programme without a row asks nothing (no gate, no minimum). */
@Entity("programme_mentoring_rules")
@ObjectType({ description: "What a programme asks of mentoring and coaching." })
export class ProgrammeMentoringRules {
  @PrimaryColumn({ name: "programme_id", type: "uuid" })
  programmeId: string;

  @OneToOne(() => Programme, { onDelete: "CASCADE" })
  @JoinColumn({ name: "programme_id", foreignKeyConstraintName: "programme_mentoring_rules_programme_id_fkey" })
  programme?: Relation<Programme>;

  @Field({ description: "Whether every participant needs a mentor or coach in place before the cohort starts (the gate on the cohort page)." })
  @Column({ name: "required_before_start", type: "boolean" })
  requiredBeforeStart: boolean;

  @Field(() => Int, { nullable: true, description: "The shortest a relationship should last, in months (6 for the South East programme); null for none." })
  @Column({ name: "minimum_months", type: "int", nullable: true })
  minimumMonths: number | null;

  @UpdateDateColumn({ name: "updated_at", type: "timestamptz", precision: 3 })
  updatedAt: Date;
}
