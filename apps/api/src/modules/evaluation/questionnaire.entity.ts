import { Audience, EvaluationPoint, evaluationPointLabel, EvaluationQuestionKind, KirkpatrickLevel, SelfRatingMeasure } from "@ascent/domain";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from "typeorm";
import { Allow } from "../../graphql/auth-checker";
import { toGlobalId } from "../../graphql/relay/global-id";
import { Programme } from "../programme";
import { EvaluationQuestionTemplate } from "./question-template.entity";

/** One questionnaire per programme and point (a follow-up per number of months). */
@Entity("evaluation_questionnaire")
@Index("evaluation_questionnaire_point_key", ["programmeId", "point", "followUpMonths"], { unique: true })
@ObjectType({ description: "A programme's questionnaire for one point: before, after, or a follow-up some months after the cohort ends." })
export class Questionnaire {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  // Readable wherever the object is: who reaches it is decided by the field that returns it.
  @Allow(Audience.PUBLIC)
  @Field(() => ID, { name: "id", description: "Opaque global id." })
  get globalId(): string {
    return toGlobalId("Questionnaire", this.id);
  }

  @Column({ name: "programme_id", type: "uuid" })
  programmeId: string;

  @ManyToOne(() => Programme, { onDelete: "CASCADE" })
  @JoinColumn({ name: "programme_id", foreignKeyConstraintName: "evaluation_questionnaire_programme_id_fkey" })
  programme?: Relation<Programme>;

  @Field(() => EvaluationPoint)
  @Column({ type: "enum", enum: EvaluationPoint, enumName: "evaluation_point" })
  point: EvaluationPoint;

  /** 0 except for follow-ups (so the unique index needs no expression). */
  @Column({ name: "follow_up_months", type: "int", default: 0 })
  followUpMonths: number;

  @Allow(Audience.PUBLIC)
  @Field(() => Int, { name: "followUpMonths", nullable: true, description: "Follow-ups: months after the cohort's last session; null otherwise." })
  get followUpMonthsOrNull(): number | null {
    return this.point === EvaluationPoint.FOLLOW_UP ? this.followUpMonths : null;
  }

  @Allow(Audience.PUBLIC)
  @Field({ description: "\"Before the programme\", \"Follow-up at 6 months\"." })
  get pointLabel(): string {
    return evaluationPointLabel(this.point, this.followUpMonths);
  }

  @Field()
  @Column({ type: "varchar", length: 200 })
  title: string;

  @Field({ description: "Shown above the questions." })
  @Column({ type: "varchar", length: 2000, default: "" })
  introduction: string;

  @Field()
  @CreateDateColumn({ name: "created_at", type: "timestamptz", precision: 3 })
  createdAt: Date;
}

/** A question as a questionnaire asks it: the template's wording, copied, with its place and whether it must be answered. */
@Entity("evaluation_question")
@Index("evaluation_question_position_key", ["questionnaireId", "position"], { unique: true })
@ObjectType({ description: "A question of a questionnaire." })
export class EvaluationQuestion {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  // Readable wherever the object is: who reaches it is decided by the field that returns it.
  @Allow(Audience.PUBLIC)
  @Field(() => ID, { name: "id", description: "Opaque global id." })
  get globalId(): string {
    return toGlobalId("EvaluationQuestion", this.id);
  }

  @Column({ name: "questionnaire_id", type: "uuid" })
  questionnaireId: string;

  @ManyToOne(() => Questionnaire, { onDelete: "CASCADE" })
  @JoinColumn({ name: "questionnaire_id", foreignKeyConstraintName: "evaluation_question_questionnaire_id_fkey" })
  questionnaire?: Relation<Questionnaire>;

  @Column({ name: "template_id", type: "uuid" })
  templateId: string;

  @ManyToOne(() => EvaluationQuestionTemplate, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "template_id", foreignKeyConstraintName: "evaluation_question_template_id_fkey" })
  template?: Relation<EvaluationQuestionTemplate>;

  @Field(() => Int, { description: "1 for the first question." })
  @Column({ type: "int" })
  position: number;

  @Field()
  @Column({ type: "boolean" })
  required: boolean;

  @Field(() => EvaluationQuestionKind)
  @Column({ type: "enum", enum: EvaluationQuestionKind, enumName: "evaluation_question_kind" })
  kind: EvaluationQuestionKind;

  @Field()
  @Column({ type: "varchar", length: 300 })
  prompt: string;

  @Field(() => String, { nullable: true })
  @Column({ name: "low_label", type: "varchar", length: 60, nullable: true })
  lowLabel: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: "high_label", type: "varchar", length: 60, nullable: true })
  highLabel: string | null;

  @Field(() => KirkpatrickLevel)
  @Column({ type: "enum", enum: KirkpatrickLevel, enumName: "kirkpatrick_level" })
  level: KirkpatrickLevel;

  @Field(() => SelfRatingMeasure, { nullable: true })
  @Column({ type: "enum", enum: SelfRatingMeasure, enumName: "self_rating_measure", nullable: true })
  measure: SelfRatingMeasure | null;
}
