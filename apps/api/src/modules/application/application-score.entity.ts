import { Field, Int, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation, UpdateDateColumn } from "typeorm";
import { User } from "../user";
import { Application } from "./application.entity";

/** One criterion's score within a reviewer's score. */
export interface CriterionScoreValue {
  criterionKey: string;
  score: number;
}

/**
 * One reviewer's panel score of one application: a score per selection
 * criterion of the programme and a comment. A reviewer has one score per
 * application and may change it; the application's mean ranks the panel.
 */
@Entity("application_score")
@Index("application_score_reviewer_key", ["applicationId", "reviewerId"], { unique: true })
@ObjectType({ description: "A reviewer's panel score of an application." })
export class ApplicationScore {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ name: "application_id", type: "uuid" })
  applicationId: string;

  @ManyToOne(() => Application, { onDelete: "CASCADE" })
  @JoinColumn({ name: "application_id", foreignKeyConstraintName: "application_score_application_id_fkey" })
  application?: Relation<Application>;

  @Column({ name: "reviewer_id", type: "uuid" })
  reviewerId: string;

  @ManyToOne(() => User, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "reviewer_id", foreignKeyConstraintName: "application_score_reviewer_id_fkey" })
  reviewer?: Relation<User>;

  /** Per criterion, in the programme's order when scored. */
  @Column({ type: "jsonb" })
  scores: CriterionScoreValue[];

  @Field(() => Int, { description: "The sum of the criterion scores." })
  @Column({ type: "int" })
  total: number;

  /** Erased with the applicant: a reviewer's words about a person. */
  @Column({ type: "text", nullable: true })
  comment: string | null;

  @CreateDateColumn({ name: "created_at", type: "timestamptz", precision: 3 })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ name: "updated_at", type: "timestamptz", precision: 3 })
  updatedAt: Date;
}

