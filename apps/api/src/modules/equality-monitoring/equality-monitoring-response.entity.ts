import type { EthnicityCode, MonitoringAgeBand, MonitoringReligion, MonitoringSex, MonitoringSexualOrientation, MonitoringYesNo } from "@ascent/domain";
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation, UpdateDateColumn } from "typeorm";
import { Application } from "../application";

/**
 * One applicant's optional equality monitoring answers (special category
 * data). Deliberately not a GraphQL type: nothing returns a row of this
 * table; it is read only by the fair-selection count, grouped by ethnicity.
 * The row goes when its application is deleted (foreign key) or erased
 * (the trigger in the migration fires when application.erased_at is set).
 * Null in a column means the question was left unanswered.
 */
@Entity("equality_monitoring_response")
export class EqualityMonitoringResponse {
  @PrimaryColumn({ name: "application_id", type: "uuid" })
  applicationId: string;

  @ManyToOne(() => Application, { onDelete: "CASCADE" })
  @JoinColumn({ name: "application_id", foreignKeyConstraintName: "equality_monitoring_response_application_id_fkey" })
  application?: Relation<Application>;

  /** When the applicant gave consent for these answers (the form's own consent, apart from the application's). */
  @Column({ name: "consented_at", type: "timestamptz", precision: 3 })
  consentedAt: Date;

  @Column({ type: "varchar", length: 1, nullable: true })
  ethnicity: EthnicityCode | null;

  @Column({ name: "age_band", type: "varchar", length: 20, nullable: true })
  ageBand: MonitoringAgeBand | null;

  @Column({ type: "varchar", length: 20, nullable: true })
  sex: MonitoringSex | null;

  @Column({ name: "gender_same_as_birth", type: "varchar", length: 20, nullable: true })
  genderSameAsBirth: MonitoringYesNo | null;

  @Column({ name: "sexual_orientation", type: "varchar", length: 20, nullable: true })
  sexualOrientation: MonitoringSexualOrientation | null;

  @Column({ type: "varchar", length: 20, nullable: true })
  disability: MonitoringYesNo | null;

  @Column({ type: "varchar", length: 20, nullable: true })
  religion: MonitoringReligion | null;

  @UpdateDateColumn({ name: "recorded_at", type: "timestamptz", precision: 3 })
  recordedAt: Date;
}
