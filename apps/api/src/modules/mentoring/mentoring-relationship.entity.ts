import { MentoringKind } from "@ascent/domain";
import { Field, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from "typeorm";
import { toGlobalId } from "../../graphql/relay/global-id";
import { Node } from "../../graphql/relay/node";
import { Participant } from "../application";
import { Mentor } from "./mentor.entity";

/** A participant paired with a mentor or coach from their academy's directory, from a start date until it is ended. */
@Entity("mentoring_relationship")
// One running pairing per participant: the index, not a check beforehand, is what stops two at once.
@Index("mentoring_relationship_running_participant_key", ["participantId"], { unique: true, where: "ended_on IS NULL" })
@Index("mentoring_relationship_participant_id_idx", ["participantId"])
@Index("mentoring_relationship_mentor_id_idx", ["mentorId"])
@ObjectType({ implements: Node, description: "A participant's pairing with a mentor or coach." })
export class MentoringRelationship implements Node {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  get globalId(): string {
    return toGlobalId("MentoringRelationship", this.id);
  }

  @Column({ name: "participant_id", type: "uuid" })
  participantId: string;

  @ManyToOne(() => Participant, { onDelete: "CASCADE" })
  @JoinColumn({ name: "participant_id", foreignKeyConstraintName: "mentoring_relationship_participant_id_fkey" })
  participant?: Relation<Participant>;

  @Column({ name: "mentor_id", type: "uuid" })
  mentorId: string;

  @ManyToOne(() => Mentor, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "mentor_id", foreignKeyConstraintName: "mentoring_relationship_mentor_id_fkey" })
  mentor?: Relation<Mentor>;

  @Field(() => MentoringKind, { description: "Whether the directory entry is paired as a mentor or as a coach." })
  @Column({ type: "enum", enum: MentoringKind, enumName: "mentoring_kind" })
  kind: MentoringKind;

  @Field({ description: "First day, YYYY-MM-DD (London)." })
  @Column({ name: "starts_on", type: "date" })
  startsOn: string;

  @Field(() => String, { nullable: true, description: "When they plan to stop, YYYY-MM-DD; null while open-ended. Before the programme's minimum, the length is AT_RISK." })
  @Column({ name: "planned_end_on", type: "date", nullable: true })
  plannedEndOn: string | null;

  @Field(() => String, { nullable: true, description: "When it ended, YYYY-MM-DD; null while running." })
  @Column({ name: "ended_on", type: "date", nullable: true })
  endedOn: string | null;

  @Field(() => String, { nullable: true, description: "Why it ended, as staff wrote it." })
  @Column({ name: "end_reason", type: "varchar", length: 500, nullable: true })
  endReason: string | null;

  @Field(() => String, { nullable: true, description: "Why they were paired although they work at the same organisation; null otherwise." })
  @Column({ name: "same_organisation_reason", type: "varchar", length: 500, nullable: true })
  sameOrganisationReason: string | null;

  @Field()
  @CreateDateColumn({ name: "created_at", type: "timestamptz", precision: 3 })
  createdAt: Date;
}
