import { ParticipantStatus } from "@ascent/domain";
import { Field, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from "typeorm";
import { toGlobalId } from "../../graphql/relay/global-id";
import { Node } from "../../graphql/relay/node";
import { Cohort } from "../cohort";
import { Application } from "./application.entity";

/**
 * Enrolment in a cohort, made when an applicant accepts their offer. Kept
 * minimal: attendance, mentoring and completion arrive with delivery.
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

  @Column({ name: "application_id", type: "uuid" })
  applicationId: string;

  @ManyToOne(() => Application, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "application_id", foreignKeyConstraintName: "participant_application_id_fkey" })
  application?: Relation<Application>;

  @Field(() => ParticipantStatus)
  @Column({ type: "enum", enum: ParticipantStatus, enumName: "participant_status" })
  status: ParticipantStatus;

  @Field()
  @CreateDateColumn({ name: "created_at", type: "timestamptz", precision: 3 })
  createdAt: Date;
}
