import { AfcBand, CareerOutcomeKind, CareerOutcomeSource, OutcomeGroup } from "@ascent/domain";
import { Field, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from "typeorm";
import { toGlobalId } from "../../graphql/relay/global-id";
import { Node } from "../../graphql/relay/node";
import { Application } from "../application";

/**
 * One change in a person's career after applying to a programme: a
 * participant's, or a comparison-group applicant's (waitlisted, never
 * placed, agreed to be followed up). The person is their application.
 */
@Entity("career_outcome")
@Index("career_outcome_application_kind_date_key", ["applicationId", "kind", "effectiveOn"], { unique: true })
@ObjectType({ implements: Node, description: "A promotion, acting up, secondment, new role at the same band, or leaving the NHS, with its date and bands." })
export class CareerOutcome implements Node {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  get globalId(): string {
    return toGlobalId("CareerOutcome", this.id);
  }

  @Column({ name: "application_id", type: "uuid" })
  applicationId: string;

  @ManyToOne(() => Application, { onDelete: "CASCADE" })
  @JoinColumn({ name: "application_id", foreignKeyConstraintName: "career_outcome_application_id_fkey" })
  application?: Relation<Application>;

  @Field(() => OutcomeGroup, { description: "Whether the person was a participant or in the comparison group when it was recorded." })
  @Column({ name: "group", type: "enum", enum: OutcomeGroup, enumName: "outcome_group" })
  group: OutcomeGroup;

  @Field(() => CareerOutcomeKind)
  @Column({ type: "enum", enum: CareerOutcomeKind, enumName: "career_outcome_kind" })
  kind: CareerOutcomeKind;

  @Field({ description: "When it took effect, YYYY-MM-DD." })
  @Column({ name: "effective_on", type: "date" })
  effectiveOn: string;

  @Field(() => AfcBand, { nullable: true })
  @Column({ name: "band_before", type: "varchar", length: 10, nullable: true })
  bandBefore: AfcBand | null;

  @Field(() => AfcBand, { nullable: true })
  @Column({ name: "band_after", type: "varchar", length: 10, nullable: true })
  bandAfter: AfcBand | null;

  @Field(() => CareerOutcomeSource, { description: "Who told us." })
  @Column({ type: "enum", enum: CareerOutcomeSource, enumName: "career_outcome_source" })
  source: CareerOutcomeSource;

  @Column({ name: "recorded_by_user_id", type: "uuid", nullable: true })
  recordedByUserId: string | null;

  @Column({ name: "recorded_by_token_id", type: "uuid", nullable: true })
  recordedByTokenId: string | null;

  @Field()
  @CreateDateColumn({ name: "recorded_at", type: "timestamptz", precision: 3 })
  recordedAt: Date;
}
