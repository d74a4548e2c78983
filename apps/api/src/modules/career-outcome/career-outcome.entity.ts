import { AfcBand, CareerOutcomeKind, CareerOutcomeSource, OutcomeGroup } from "@ascent/domain";
import { Field, ObjectType } from "type-graphql";
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from "typeorm";
import { toGlobalId } from "../../graphql/relay/global-id";
import { Node } from "../../graphql/relay/node";
import { Application, Participant } from "../application";

/**
 * One change in a person's career after applying to a programme: a
 * participant's, or a comparison-group applicant's (waitlisted, never
 * placed, agreed to be followed up). A participant's outcome belongs to the
 * participant (and also names their application when they applied; someone
 * staff added by hand has none); a comparison-group applicant's to their
 * application alone.
 */
@Entity("career_outcome")
@Index("career_outcome_application_kind_date_key", ["applicationId", "kind", "effectiveOn"], { unique: true })
@Index("career_outcome_participant_kind_date_key", ["participantId", "kind", "effectiveOn"], { unique: true })
@Check("career_outcome_person_check", `"application_id" IS NOT NULL OR "participant_id" IS NOT NULL`)
@ObjectType({ implements: Node, description: "A promotion, acting up, secondment, new role at the same band, or leaving the NHS, with its date and bands." })
export class CareerOutcome implements Node {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  get globalId(): string {
    return toGlobalId("CareerOutcome", this.id);
  }

  /** The person's application: null for a participant added by hand. */
  @Column({ name: "application_id", type: "uuid", nullable: true })
  applicationId: string | null;

  @ManyToOne(() => Application, { onDelete: "CASCADE" })
  @JoinColumn({ name: "application_id", foreignKeyConstraintName: "career_outcome_application_id_fkey" })
  application?: Relation<Application>;

  /** The participant: null for a comparison-group applicant (never a participant). */
  @Column({ name: "participant_id", type: "uuid", nullable: true })
  participantId: string | null;

  @ManyToOne(() => Participant, { onDelete: "CASCADE" })
  @JoinColumn({ name: "participant_id", foreignKeyConstraintName: "career_outcome_participant_id_fkey" })
  participant?: Relation<Participant>;

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
