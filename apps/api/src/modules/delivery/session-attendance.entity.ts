import { AttendanceStatus } from "@ascent/domain";
import { Field, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation, UpdateDateColumn } from "typeorm";
import { Participant } from "../application";
import { CohortSession } from "../cohort";
import { User } from "../user";

/** One line of a session's register: a participant's attendance at it. */
@Entity("session_attendance")
@Index("session_attendance_session_participant_key", ["sessionId", "participantId"], { unique: true })
@Index("session_attendance_participant_id_idx", ["participantId"])
@ObjectType({ description: "A participant's attendance at one session." })
export class SessionAttendance {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ name: "session_id", type: "uuid" })
  sessionId: string;

  @ManyToOne(() => CohortSession, { onDelete: "CASCADE" })
  @JoinColumn({ name: "session_id", foreignKeyConstraintName: "session_attendance_session_id_fkey" })
  session?: Relation<CohortSession>;

  @Column({ name: "participant_id", type: "uuid" })
  participantId: string;

  @ManyToOne(() => Participant, { onDelete: "CASCADE" })
  @JoinColumn({ name: "participant_id", foreignKeyConstraintName: "session_attendance_participant_id_fkey" })
  participant?: Relation<Participant>;

  @Field(() => AttendanceStatus)
  @Column({ type: "enum", enum: AttendanceStatus, enumName: "attendance_status" })
  status: AttendanceStatus;

  @Column({ name: "recorded_by_user_id", type: "uuid", nullable: true })
  recordedByUserId: string | null;

  @ManyToOne(() => User, { onDelete: "SET NULL" })
  @JoinColumn({ name: "recorded_by_user_id", foreignKeyConstraintName: "session_attendance_recorded_by_user_id_fkey" })
  recordedBy?: Relation<User>;

  @Field({ description: "When this line was last saved." })
  @UpdateDateColumn({ name: "recorded_at", type: "timestamptz", precision: 3 })
  recordedAt: Date;
}
