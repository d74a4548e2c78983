import { Field, Int, ObjectType } from "type-graphql";
import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, type Relation } from "typeorm";
import { Cohort } from "../cohort";

/** How long a cohort holds a place for an endorsement and leaves an offer open; absent means the defaults. */
@Entity("cohort_application_settings")
@ObjectType()
export class CohortApplicationSettings {
  @PrimaryColumn({ name: "cohort_id", type: "uuid" })
  cohortId: string;

  @OneToOne(() => Cohort, { onDelete: "CASCADE" })
  @JoinColumn({ name: "cohort_id", foreignKeyConstraintName: "cohort_application_settings_cohort_id_fkey" })
  cohort?: Relation<Cohort>;

  @Field(() => Int, { description: "Days a place is held while the line manager is asked to endorse." })
  @Column({ name: "hold_days", type: "int" })
  holdDays: number;

  @Field(() => Int, { description: "Days an applicant has to accept an offered place." })
  @Column({ name: "offer_response_days", type: "int" })
  offerResponseDays: number;
}
