import { ModuleKind } from "@ascent/domain";
import { Field, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from "typeorm";
import { toGlobalId } from "../../graphql/relay/global-id";
import { Node } from "../../graphql/relay/node";
import { ModuleTemplate } from "../programme";
import { CohortFacilitator } from "./cohort-facilitator.entity";
import { Cohort } from "./cohort.entity";

/** One day (or part of a day) of a cohort: a workshop day, a module day, an Action Learning Set meeting. */
@Entity("cohort_session")
@Index("cohort_session_cohort_id_starts_at_idx", ["cohortId", "startsAt"])
// One meeting per Action Learning Set and curriculum module: generating meetings twice can't duplicate them.
@Index("cohort_session_learning_set_module_key", ["learningSetId", "moduleTemplateId"], { unique: true, where: "learning_set_id IS NOT NULL" })
@ObjectType("Session", { implements: Node, description: "A scheduled day or meeting of a cohort." })
export class CohortSession implements Node {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  get globalId(): string {
    return toGlobalId("Session", this.id);
  }

  @Column({ name: "cohort_id", type: "uuid" })
  cohortId: string;

  @ManyToOne(() => Cohort, { onDelete: "CASCADE" })
  @JoinColumn({ name: "cohort_id", foreignKeyConstraintName: "cohort_session_cohort_id_fkey" })
  cohort?: Relation<Cohort>;

  /** The template it was generated from, if any. */
  @Column({ name: "module_template_id", type: "uuid", nullable: true })
  moduleTemplateId: string | null;

  @ManyToOne(() => ModuleTemplate, { onDelete: "SET NULL" })
  @JoinColumn({ name: "module_template_id", foreignKeyConstraintName: "cohort_session_module_template_id_fkey" })
  moduleTemplate?: Relation<ModuleTemplate>;

  /**
   * The Action Learning Set this meeting is for (only its members are expected); null for a session of the whole cohort.
   * The relation names the entity by its name: the action-learning feature owns it and depends on this one.
   */
  @Column({ name: "learning_set_id", type: "uuid", nullable: true })
  learningSetId: string | null;

  @ManyToOne("LearningSet", { onDelete: "NO ACTION" })
  @JoinColumn({ name: "learning_set_id", foreignKeyConstraintName: "cohort_session_learning_set_id_fkey" })
  learningSet?: Relation<{ id: string }>;

  @Column({ name: "facilitator_id", type: "uuid", nullable: true })
  facilitatorId: string | null;

  @ManyToOne(() => CohortFacilitator, { onDelete: "SET NULL" })
  @JoinColumn({ name: "facilitator_id", foreignKeyConstraintName: "cohort_session_facilitator_id_fkey" })
  facilitator?: Relation<CohortFacilitator>;

  @Field()
  @Column({ type: "varchar", length: 200 })
  title: string;

  @Field(() => ModuleKind)
  @Column({ type: "enum", enum: ModuleKind, enumName: "cohort_session_kind" })
  kind: ModuleKind;

  @Field(() => Int, { description: "Day number within its module (1 for a one-day module)." })
  @Column({ name: "day_number", type: "int" })
  dayNumber: number;

  @Field({ description: "The instant it starts; see date/startTime for London wall-clock time." })
  @Column({ name: "starts_at", type: "timestamptz", precision: 3 })
  startsAt: Date;

  @Field()
  @Column({ name: "ends_at", type: "timestamptz", precision: 3 })
  endsAt: Date;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 300, nullable: true })
  venue: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: "online_url", type: "varchar", length: 2000, nullable: true })
  onlineUrl: string | null;
}
