import { Audience, EvaluationQuestionKind, KirkpatrickLevel, SelfRatingMeasure } from "@ascent/domain";
import { Field, ID, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from "typeorm";
import { Allow } from "../../graphql/auth-checker";
import { toGlobalId } from "../../graphql/relay/global-id";
import { Organisation } from "../organisation";

/**
 * A question in an academy's bank, from which questionnaires are built. Never
 * changed once made: a questionnaire copies its wording, so answers always
 * sit beside the words people actually saw.
 */
@Entity("evaluation_question_template")
@Index("evaluation_question_template_academy_id_idx", ["academyId"])
@ObjectType({ description: "A question in an academy's bank of evaluation questions." })
export class EvaluationQuestionTemplate {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  // Readable wherever the object is: who reaches it is decided by the field that returns it.
  @Allow(Audience.PUBLIC)
  @Field(() => ID, { name: "id", description: "Opaque global id." })
  get globalId(): string {
    return toGlobalId("EvaluationQuestionTemplate", this.id);
  }

  @Column({ name: "academy_id", type: "uuid" })
  academyId: string;

  @ManyToOne(() => Organisation, { onDelete: "CASCADE" })
  @JoinColumn({ name: "academy_id", foreignKeyConstraintName: "evaluation_question_template_academy_id_fkey" })
  academy?: Relation<Organisation>;

  @Field(() => EvaluationQuestionKind)
  @Column({ type: "enum", enum: EvaluationQuestionKind, enumName: "evaluation_question_kind" })
  kind: EvaluationQuestionKind;

  @Field()
  @Column({ type: "varchar", length: 300 })
  prompt: string;

  @Field(() => String, { nullable: true, description: "Likert: what 1 means, e.g. \"Not at all confident\"." })
  @Column({ name: "low_label", type: "varchar", length: 60, nullable: true })
  lowLabel: string | null;

  @Field(() => String, { nullable: true, description: "Likert: what 5 means, e.g. \"Very confident\"." })
  @Column({ name: "high_label", type: "varchar", length: 60, nullable: true })
  highLabel: string | null;

  @Field(() => KirkpatrickLevel, { description: "What the answer evidences: reaction (level 1), learning (2) or behaviour (3)." })
  @Column({ type: "enum", enum: KirkpatrickLevel, enumName: "kirkpatrick_level" })
  level: KirkpatrickLevel;

  @Field(() => SelfRatingMeasure, { nullable: true, description: "Likert self-ratings asked before and after, compared on the same people." })
  @Column({ type: "enum", enum: SelfRatingMeasure, enumName: "self_rating_measure", nullable: true })
  measure: SelfRatingMeasure | null;

  @Field()
  @CreateDateColumn({ name: "created_at", type: "timestamptz", precision: 3 })
  createdAt: Date;
}
