import { AfcBand, ApplicationStatus, EndorsementStatus, MedicalGrade, StaffGroup } from "@ascent/domain";
import type { Answer, EligibilityReason } from "@ascent/domain";
import { Field, Int, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation, UpdateDateColumn } from "typeorm";
import { toGlobalId } from "../../graphql/relay/global-id";
import { Node } from "../../graphql/relay/node";
import { Cohort } from "../cohort";
import { Organisation } from "../organisation";

/**
 * One person's application to one cohort. Plain fields are what a partner
 * trust may read about its own staff; personal and assessment details are
 * field resolvers for academy staff only. Monitoring data is never here.
 */
@Entity("application")
@Index("application_reference_key", ["reference"], { unique: true })
@Index("application_cohort_receipt_key", ["cohortId", "receiptNumber"], { unique: true })
@Index("application_cohort_idempotency_key", ["cohortId", "idempotencyKey"], { unique: true })
@Index("application_cohort_status_idx", ["cohortId", "status"])
@Index("application_organisation_id_idx", ["organisationId"])
@ObjectType({ implements: Node, description: "An application to a cohort, from receipt to a place, the waiting list or a final outcome." })
export class Application implements Node {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  get globalId(): string {
    return toGlobalId("Application", this.id);
  }

  @Field({ description: "The reference the applicant is given, e.g. ASC-7K3P9QX2." })
  @Column({ type: "varchar", length: 16 })
  reference: string;

  @Column({ name: "cohort_id", type: "uuid" })
  cohortId: string;

  @ManyToOne(() => Cohort, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "cohort_id", foreignKeyConstraintName: "application_cohort_id_fkey" })
  cohort?: Relation<Cohort>;

  @Field(() => Int, { description: "1 for the cohort's first complete application received, 2 for the next: the order of first come, first served." })
  @Column({ name: "receipt_number", type: "int" })
  receiptNumber: number;

  @Field({ description: "When the server received the complete application (PostgreSQL's clock, shared by every api process)." })
  @Column({ name: "received_at", type: "timestamptz", precision: 6 })
  receivedAt: Date;

  /** Chosen by the applicant's form; a repeat with the same key returns this application. */
  @Column({ name: "idempotency_key", type: "varchar", length: 100 })
  idempotencyKey: string;

  @Field(() => ApplicationStatus)
  @Column({ type: "enum", enum: ApplicationStatus, enumName: "application_status" })
  status: ApplicationStatus;

  @Field({ description: "Whether it met the programme's rules when it arrived." })
  @Column({ type: "boolean" })
  eligible: boolean;

  @Column({ name: "eligibility_reasons", type: "jsonb", default: () => "'[]'" })
  eligibilityReasons: EligibilityReason[];

  /** Null once erased. */
  @Column({ name: "applicant_name", type: "varchar", length: 200, nullable: true })
  applicantName: string | null;

  @Column({ name: "applicant_email", type: "varchar", length: 320, nullable: true })
  applicantEmail: string | null;

  @Column({ name: "organisation_id", type: "uuid", nullable: true })
  organisationId: string | null;

  @ManyToOne(() => Organisation, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "organisation_id", foreignKeyConstraintName: "application_organisation_id_fkey" })
  organisation?: Relation<Organisation>;

  /** The employer as typed, when it is not in the organisations list. */
  @Column({ name: "organisation_name", type: "varchar", length: 200, nullable: true })
  organisationName: string | null;

  @Column({ name: "job_title", type: "varchar", length: 200, nullable: true })
  jobTitle: string | null;

  @Field(() => StaffGroup, { nullable: true })
  @Column({ name: "staff_group", type: "varchar", length: 40, nullable: true })
  staffGroup: StaffGroup | null;

  @Field(() => AfcBand, { nullable: true })
  @Column({ type: "varchar", length: 10, nullable: true })
  band: AfcBand | null;

  @Field(() => MedicalGrade, { nullable: true })
  @Column({ name: "medical_grade", type: "varchar", length: 40, nullable: true })
  medicalGrade: MedicalGrade | null;

  /**
   * The applicant's own positive-action declaration, given with its consent,
   * for eligibility only; not equality monitoring data, never shown to partners.
   */
  @Column({ name: "positive_action_declared", type: "boolean", nullable: true })
  positiveActionDeclared: boolean | null;

  @Column({ name: "positive_action_consent_at", type: "timestamptz", precision: 3, nullable: true })
  positiveActionConsentAt: Date | null;

  @Column({ name: "mentor_or_coach_identified", type: "boolean", nullable: true })
  mentorOrCoachIdentified: boolean | null;

  /** When the applicant agreed to be asked about their career afterwards (the comparison group if never placed); null when not. */
  @Column({ name: "follow_up_consent_at", type: "timestamptz", precision: 3, nullable: true })
  followUpConsentAt: Date | null;

  @Column({ type: "jsonb", default: () => "'[]'" })
  answers: Answer[];

  @Column({ name: "line_manager_name", type: "varchar", length: 200, nullable: true })
  lineManagerName: string | null;

  @Column({ name: "line_manager_email", type: "varchar", length: 320, nullable: true })
  lineManagerEmail: string | null;

  @Column({ name: "endorsement_status", type: "enum", enum: EndorsementStatus, enumName: "endorsement_status" })
  endorsementStatus: EndorsementStatus;

  @Column({ name: "endorsement_comment", type: "text", nullable: true })
  endorsementComment: string | null;

  @Column({ name: "endorsement_requested_at", type: "timestamptz", precision: 3, nullable: true })
  endorsementRequestedAt: Date | null;

  @Column({ name: "endorsement_decided_at", type: "timestamptz", precision: 3, nullable: true })
  endorsementDecidedAt: Date | null;

  @Column({ name: "endorsement_reminders_sent", type: "int", default: 0 })
  endorsementRemindersSent: number;

  @Field(() => Date, { nullable: true, description: "While AWAITING_ENDORSEMENT: when the held place passes to the next in line." })
  @Column({ name: "hold_expires_at", type: "timestamptz", precision: 3, nullable: true })
  holdExpiresAt: Date | null;

  @Field(() => Date, { nullable: true, description: "While OFFERED: the deadline to accept." })
  @Column({ name: "offer_expires_at", type: "timestamptz", precision: 3, nullable: true })
  offerExpiresAt: Date | null;

  /** Panel selection: the mean of the reviewers' totals (application_score); ranks the panel and the waiting list. */
  @Column({ name: "panel_score", type: "double precision", nullable: true })
  panelScore: number | null;

  /** Raised to invalidate every link given out before (erasure, a resent request). */
  @Column({ name: "link_version", type: "int", default: 1 })
  linkVersion: number;

  @Field(() => Date, { nullable: true, description: "When the applicant's personal data was erased on request; the status and cohort stay so counts stay right." })
  @Column({ name: "erased_at", type: "timestamptz", precision: 3, nullable: true })
  erasedAt: Date | null;

  @CreateDateColumn({ name: "created_at", type: "timestamptz", precision: 3 })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ name: "updated_at", type: "timestamptz", precision: 3 })
  updatedAt: Date;
}
