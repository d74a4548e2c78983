import { DeliveryMode, ProgrammeStatus } from "@ascent/domain";
import type { ApplicationQuestion, EligibilityRules, PositiveActionDeclaration, SelectionCriterion } from "@ascent/domain";
import { Field, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, type Relation } from "typeorm";
import { toGlobalId } from "../../graphql/relay/global-id";
import { Node } from "../../graphql/relay/node";
import { Organisation } from "../organisation";
import { ApplicationQuestionType, PositiveActionDeclarationType, SelectionCriterionType } from "./dto/application-form.types";

@Entity("programme")
@Index("programme_academy_id_idx", ["academyId"])
@Index("programme_status_idx", ["status"])
@ObjectType({ implements: Node, description: "A leadership or career-development programme run by an academy." })
export class Programme implements Node {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  get globalId(): string {
    return toGlobalId("Programme", this.id);
  }

  /** The owning academy; GraphQL loads it through a DataLoader. */
  @Column({ name: "academy_id", type: "uuid" })
  academyId: string;

  @ManyToOne(() => Organisation, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "academy_id", foreignKeyConstraintName: "programme_academy_id_fkey" })
  academy?: Relation<Organisation>;

  @Field()
  @Column({ type: "varchar", length: 200 })
  title: string;

  @Field({ description: "One or two sentences for lists and the catalogue." })
  @Column({ type: "varchar", length: 1000 })
  summary: string;

  @Field({ description: "The full description, plain text with blank lines between paragraphs." })
  @Column({ type: "text" })
  description: string;

  @Field(() => [String], { description: "In order." })
  @Column({ type: "jsonb" })
  aims: string[];

  @Field(() => [String], { description: "In order." })
  @Column({ name: "learning_outcomes", type: "jsonb" })
  learningOutcomes: string[];

  @Field(() => [String], { description: "In order." })
  @Column({ type: "jsonb" })
  benefits: string[];

  @Field(() => [DeliveryMode])
  @Column({ name: "delivery_modes", type: "jsonb" })
  deliveryModes: DeliveryMode[];

  @Field({ description: "As people say it, e.g. \"2 to 3 months\" or \"12 months\"." })
  @Column({ type: "varchar", length: 100 })
  duration: string;

  @Field(() => [String], { description: "What participants commit to, in order." })
  @Column({ type: "jsonb" })
  commitments: string[];

  @Field(() => [String], { description: "Roles the programme is aimed at, e.g. nurses, administrators." })
  @Column({ name: "target_roles", type: "jsonb" })
  targetRoles: string[];

  @Field(() => ProgrammeStatus)
  @Column({ type: "enum", enum: ProgrammeStatus, enumName: "programme_status" })
  status: ProgrammeStatus;

  /** The programme's rules; each track may override some of them. */
  @Column({ type: "jsonb" })
  eligibility: EligibilityRules;

  @Field(() => [ApplicationQuestionType], { description: "The programme's own questions on its application form, in order." })
  @Column({ name: "application_questions", type: "jsonb", default: () => "'[]'" })
  applicationQuestions: ApplicationQuestion[];

  @Field(() => [SelectionCriterionType], { description: "What a selection panel scores applications against, in order." })
  @Column({ name: "selection_criteria", type: "jsonb", default: () => "'[]'" })
  selectionCriteria: SelectionCriterion[];

  @Field(() => PositiveActionDeclarationType, { nullable: true, description: "For a positive-action programme: its own wording of the self-declaration and consent (a standard wording applies when null)." })
  @Column({ name: "positive_action_declaration", type: "jsonb", nullable: true })
  positiveActionDeclaration: PositiveActionDeclaration | null;

  @Field(() => Date, { nullable: true, description: "When it was last published." })
  @Column({ name: "published_at", type: "timestamptz", precision: 3, nullable: true })
  publishedAt: Date | null;

  @Field()
  @CreateDateColumn({ name: "created_at", type: "timestamptz", precision: 3 })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ name: "updated_at", type: "timestamptz", precision: 3 })
  updatedAt: Date;
}
