import { ParticipantStatus } from "@ascent/domain";
import { Field, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from "typeorm";
import type { RequestContext } from "../../graphql/context";
import { User } from "../user";
import { Participant } from "./participant.entity";

/** One change of a participant's status: who made it, when, and why. Never updated or deleted. */
@Entity("participant_transition")
@Index("participant_transition_participant_id_idx", ["participantId", "occurredAt"])
@ObjectType({ description: "A change of a participant's status." })
export class ParticipantTransition {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ name: "participant_id", type: "uuid" })
  participantId: string;

  @ManyToOne(() => Participant, { onDelete: "CASCADE" })
  @JoinColumn({ name: "participant_id", foreignKeyConstraintName: "participant_transition_participant_id_fkey" })
  participant?: Relation<Participant>;

  @Field(() => ParticipantStatus)
  @Column({ name: "from_status", type: "enum", enum: ParticipantStatus, enumName: "participant_status" })
  fromStatus: ParticipantStatus;

  @Field(() => ParticipantStatus)
  @Column({ name: "to_status", type: "enum", enum: ParticipantStatus, enumName: "participant_status" })
  toStatus: ParticipantStatus;

  @Field(() => String, { nullable: true, description: "Why, in the words of whoever made the change (a withdrawal's reason), or what caused it." })
  @Column({ type: "varchar", length: 500, nullable: true })
  reason: string | null;

  @Column({ name: "actor_user_id", type: "uuid", nullable: true })
  actorUserId: string | null;

  @ManyToOne(() => User, { onDelete: "SET NULL" })
  @JoinColumn({ name: "actor_user_id", foreignKeyConstraintName: "participant_transition_actor_user_id_fkey" })
  actor?: Relation<User>;

  @Field()
  @CreateDateColumn({ name: "occurred_at", type: "timestamptz", precision: 3 })
  occurredAt: Date;
}

/**
 * Moves a participant to a new status inside the caller's transaction,
 * keeping a row of the change (the participant's own history) beside the
 * audit trail the caller writes.
 */
export async function moveParticipant(
  tx: RequestContext,
  participant: Participant,
  to: ParticipantStatus,
  reason: string | null,
  extra: Partial<Pick<Participant, "withdrawnReason" | "completedAt">> = {},
): Promise<void> {
  if (participant.status === to) return;
  // Leaving the programme revokes every follow-up link mailed before.
  const changes = to === ParticipantStatus.WITHDRAWN ? { status: to, ...extra, linkVersion: participant.linkVersion + 1 } : { status: to, ...extra };
  await tx.db.getRepository(Participant).update({ id: participant.id }, changes);
  await tx.db.getRepository(ParticipantTransition).insert({
    participantId: participant.id,
    fromStatus: participant.status,
    toStatus: to,
    reason,
    actorUserId: tx.viewer.kind === "user" ? tx.viewer.user.id : null,
  });
  Object.assign(participant, changes);
}
