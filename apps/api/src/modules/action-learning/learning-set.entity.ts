import { Field, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, type Relation } from "typeorm";
import { toGlobalId } from "../../graphql/relay/global-id";
import { Node } from "../../graphql/relay/node";
import { Cohort, CohortFacilitator } from "../cohort";

/**
 * An Action Learning Set: a small group of a cohort's participants with one of
 * the cohort's facilitators. Its meetings are the cohort's sessions that name
 * it (cohort_session.learning_set_id), so registers and calendars apply to them.
 */
@Entity("learning_set")
@Index("learning_set_cohort_name_key", ["cohortId", "name"], { unique: true })
@ObjectType({ implements: Node, description: "An Action Learning Set: a small group within a cohort, with a facilitator and its own meetings." })
export class LearningSet implements Node {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  get globalId(): string {
    return toGlobalId("LearningSet", this.id);
  }

  @Column({ name: "cohort_id", type: "uuid" })
  cohortId: string;

  @ManyToOne(() => Cohort, { onDelete: "CASCADE" })
  @JoinColumn({ name: "cohort_id", foreignKeyConstraintName: "learning_set_cohort_id_fkey" })
  cohort?: Relation<Cohort>;

  @Field({ description: "As staff named it, e.g. \"Set A\"." })
  @Column({ type: "varchar", length: 60 })
  name: string;

  @Column({ name: "facilitator_id", type: "uuid", nullable: true })
  facilitatorId: string | null;

  @ManyToOne(() => CohortFacilitator, { onDelete: "SET NULL" })
  @JoinColumn({ name: "facilitator_id", foreignKeyConstraintName: "learning_set_facilitator_id_fkey" })
  facilitator?: Relation<CohortFacilitator>;

  @Field()
  @CreateDateColumn({ name: "created_at", type: "timestamptz", precision: 3 })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ name: "updated_at", type: "timestamptz", precision: 3 })
  updatedAt: Date;
}
