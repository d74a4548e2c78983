import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from "typeorm";
import { Cohort } from "../cohort";
import { Participant } from "../application";
import { EvaluationQuestion, Questionnaire } from "./questionnaire.entity";

/**
 * A questionnaire sent to one cohort: made once (by the timed sweep when its
 * window opens, or by staff sending it early), closed at the window's end or
 * earlier by staff. Results are released only once it is closed, so figures
 * never change in front of a reader as single answers arrive.
 */
@Entity("evaluation_round")
@Index("evaluation_round_key", ["questionnaireId", "cohortId"], { unique: true })
export class EvaluationRound {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ name: "questionnaire_id", type: "uuid" })
  questionnaireId: string;

  @ManyToOne(() => Questionnaire, { onDelete: "CASCADE" })
  @JoinColumn({ name: "questionnaire_id", foreignKeyConstraintName: "evaluation_round_questionnaire_id_fkey" })
  questionnaire?: Relation<Questionnaire>;

  @Column({ name: "cohort_id", type: "uuid" })
  cohortId: string;

  @ManyToOne(() => Cohort, { onDelete: "CASCADE" })
  @JoinColumn({ name: "cohort_id", foreignKeyConstraintName: "evaluation_round_cohort_id_fkey" })
  cohort?: Relation<Cohort>;

  @CreateDateColumn({ name: "opened_at", type: "timestamptz", precision: 3 })
  openedAt: Date;

  @Column({ name: "closes_at", type: "timestamptz", precision: 3 })
  closesAt: Date;
}

/** One participant's invitation to a round, and their answers once they reply (one response each, updated until the round closes). */
@Entity("evaluation_invitation")
@Index("evaluation_invitation_key", ["roundId", "participantId"], { unique: true })
@Index("evaluation_invitation_participant_id_idx", ["participantId"])
export class EvaluationInvitation {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ name: "round_id", type: "uuid" })
  roundId: string;

  @ManyToOne(() => EvaluationRound, { onDelete: "CASCADE" })
  @JoinColumn({ name: "round_id", foreignKeyConstraintName: "evaluation_invitation_round_id_fkey" })
  round?: Relation<EvaluationRound>;

  @Column({ name: "participant_id", type: "uuid" })
  participantId: string;

  @ManyToOne(() => Participant, { onDelete: "CASCADE" })
  @JoinColumn({ name: "participant_id", foreignKeyConstraintName: "evaluation_invitation_participant_id_fkey" })
  participant?: Relation<Participant>;

  @CreateDateColumn({ name: "sent_at", type: "timestamptz", precision: 3 })
  sentAt: Date;

  @Column({ name: "submitted_at", type: "timestamptz", precision: 3, nullable: true })
  submittedAt: Date | null;

  @Column({ name: "updated_at", type: "timestamptz", precision: 3, nullable: true })
  updatedAt: Date | null;
}

/** An answer: a rating for a Likert question, text for a free-text one. */
@Entity("evaluation_answer")
export class EvaluationAnswer {
  @Column({ name: "invitation_id", type: "uuid", primary: true })
  invitationId: string;

  @ManyToOne(() => EvaluationInvitation, { onDelete: "CASCADE" })
  @JoinColumn({ name: "invitation_id", foreignKeyConstraintName: "evaluation_answer_invitation_id_fkey" })
  invitation?: Relation<EvaluationInvitation>;

  @Column({ name: "question_id", type: "uuid", primary: true })
  questionId: string;

  @ManyToOne(() => EvaluationQuestion, { onDelete: "CASCADE" })
  @JoinColumn({ name: "question_id", foreignKeyConstraintName: "evaluation_answer_question_id_fkey" })
  question?: Relation<EvaluationQuestion>;

  @Column({ type: "smallint", nullable: true })
  rating: number | null;

  @Column({ type: "varchar", length: 4000, nullable: true })
  text: string | null;
}
