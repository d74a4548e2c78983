import { Field, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from "typeorm";
import { toGlobalId } from "../../graphql/relay/global-id";
import { Node } from "../../graphql/relay/node";
import { Organisation } from "../organisation";
import { User } from "../user";
import { Cohort } from "./cohort.entity";

/**
 * Who facilitates a cohort: a user (role FACILITATOR), a provider
 * organisation (such as Thresholds Ltd), or a named person without an account.
 */
@Entity("cohort_facilitator")
@Index("cohort_facilitator_cohort_id_idx", ["cohortId"])
@ObjectType({ implements: Node, description: "A facilitator of a cohort: a person or a provider organisation." })
export class CohortFacilitator implements Node {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  get globalId(): string {
    return toGlobalId("CohortFacilitator", this.id);
  }

  @Column({ name: "cohort_id", type: "uuid" })
  cohortId: string;

  @ManyToOne(() => Cohort, { onDelete: "CASCADE" })
  @JoinColumn({ name: "cohort_id", foreignKeyConstraintName: "cohort_facilitator_cohort_id_fkey" })
  cohort?: Relation<Cohort>;

  @Column({ name: "user_id", type: "uuid", nullable: true })
  userId: string | null;

  @ManyToOne(() => User, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "user_id", foreignKeyConstraintName: "cohort_facilitator_user_id_fkey" })
  user?: Relation<User>;

  @Column({ name: "organisation_id", type: "uuid", nullable: true })
  organisationId: string | null;

  @ManyToOne(() => Organisation, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "organisation_id", foreignKeyConstraintName: "cohort_facilitator_organisation_id_fkey" })
  organisation?: Relation<Organisation>;

  /** For a person without an account; for users and organisations their own name is shown. */
  @Column({ type: "varchar", length: 200, nullable: true })
  name: string | null;

  @Field(() => String, { nullable: true, description: "What they do, e.g. \"Action Learning Sets facilitator\"." })
  @Column({ type: "varchar", length: 200, nullable: true })
  role: string | null;

  @Column({ type: "int" })
  position: number;
}
