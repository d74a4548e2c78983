import { ApplicationActor, ApplicationStatus, TransitionReason } from "@ascent/domain";
import { Field, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from "typeorm";
import { Application } from "./application.entity";

/** One change of an application's status: who, when, why. Rows are only ever added. */
@Entity("application_transition")
@Index("application_transition_application_idx", ["applicationId", "occurredAt"])
@ObjectType({ description: "A step in an application's timeline." })
export class ApplicationTransition {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ name: "application_id", type: "uuid" })
  applicationId: string;

  @ManyToOne(() => Application, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "application_id", foreignKeyConstraintName: "application_transition_application_id_fkey" })
  application?: Relation<Application>;

  @Field(() => ApplicationStatus, { nullable: true, description: "Null for the arrival." })
  @Column({ name: "from_status", type: "enum", enum: ApplicationStatus, enumName: "application_status", nullable: true })
  fromStatus: ApplicationStatus | null;

  @Field(() => ApplicationStatus)
  @Column({ name: "to_status", type: "enum", enum: ApplicationStatus, enumName: "application_status" })
  toStatus: ApplicationStatus;

  @Field(() => TransitionReason)
  @Column({ type: "varchar", length: 40 })
  reason: TransitionReason;

  @Field(() => ApplicationActor)
  @Column({ type: "varchar", length: 20 })
  actor: ApplicationActor;

  /** The staff member, when staff made the change. */
  @Column({ name: "actor_user_id", type: "uuid", nullable: true })
  actorUserId: string | null;

  /** Free text from whoever made the change (a reason to reject, a withdrawal note); erased with the applicant. */
  @Column({ type: "text", nullable: true })
  note: string | null;

  @Field()
  @Column({ name: "occurred_at", type: "timestamptz", precision: 6, default: () => "clock_timestamp()" })
  occurredAt: Date;
}
