import { AfcBand, ParticipantStatus } from "@ascent/domain";
import { Field, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from "typeorm";
import { toGlobalId } from "../../graphql/relay/global-id";
import { Node } from "../../graphql/relay/node";
import { Cohort } from "../cohort";
import { Organisation } from "../organisation";
import { Application } from "./application.entity";

/**
 * A person on a cohort's roster: enrolled when an applicant accepts their
 * offer (the application holds their details), or added by academy staff
 * with a reason (then the participant holds its own details and has no
 * application). See participant-details.ts for reading either.
 */
@Entity("participant")
@Index("participant_application_key", ["applicationId"], { unique: true })
@Index("participant_cohort_id_idx", ["cohortId"])
@ObjectType({ implements: Node, description: "A person enrolled in a cohort." })
export class Participant implements Node {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  get globalId(): string {
    return toGlobalId("Participant", this.id);
  }

  @Column({ name: "cohort_id", type: "uuid" })
  cohortId: string;

  @ManyToOne(() => Cohort, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "cohort_id", foreignKeyConstraintName: "participant_cohort_id_fkey" })
  cohort?: Relation<Cohort>;

  /** Null for someone added by hand. */
  @Column({ name: "application_id", type: "uuid", nullable: true })
  applicationId: string | null;

  @ManyToOne(() => Application, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "application_id", foreignKeyConstraintName: "participant_application_id_fkey" })
  application?: Relation<Application>;

  @Field(() => ParticipantStatus)
  @Column({ type: "enum", enum: ParticipantStatus, enumName: "participant_status" })
  status: ParticipantStatus;

  // ---- Details of someone added by hand (null for those enrolled from an application: read participant-details.ts) ----

  @Column({ name: "person_name", type: "varchar", length: 200, nullable: true })
  personName: string | null;

  @Column({ name: "person_email", type: "varchar", length: 320, nullable: true })
  personEmail: string | null;

  @Column({ name: "organisation_id", type: "uuid", nullable: true })
  organisationId: string | null;

  @ManyToOne(() => Organisation, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "organisation_id", foreignKeyConstraintName: "participant_organisation_id_fkey" })
  organisation?: Relation<Organisation>;

  @Column({ name: "organisation_name", type: "varchar", length: 200, nullable: true })
  organisationName: string | null;

  @Column({ name: "job_title", type: "varchar", length: 200, nullable: true })
  jobTitle: string | null;

  @Column({ type: "varchar", length: 10, nullable: true })
  band: AfcBand | null;

  @Column({ name: "added_reason", type: "varchar", length: 500, nullable: true })
  addedReason: string | null;

  // ---- Delivery ----

  @Column({ name: "withdrawn_reason", type: "varchar", length: 500, nullable: true })
  withdrawnReason: string | null;

  /** Raised to invalidate every follow-up link given out before (withdrawal). */
  @Column({ name: "link_version", type: "int", default: 1 })
  linkVersion: number;

  @Field(() => Date, { nullable: true, description: "When staff marked them completed." })
  @Column({ name: "completed_at", type: "timestamptz", precision: 3, nullable: true })
  completedAt: Date | null;

  @Field()
  @CreateDateColumn({ name: "created_at", type: "timestamptz", precision: 3 })
  createdAt: Date;
}
