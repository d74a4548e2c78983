import { Field, Float, ObjectType } from "type-graphql";
import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, type Relation, UpdateDateColumn } from "typeorm";
import { Programme } from "../programme";

/** The promotion rate an academy expects of comparable staff without the programme, e.g. its trusts' BME staff at the same bands. */
@Entity("programme_impact_baseline")
@ObjectType({ description: "A baseline promotion rate the academy entered for a programme." })
export class ProgrammeImpactBaseline {
  @PrimaryColumn({ name: "programme_id", type: "uuid" })
  programmeId: string;

  @OneToOne(() => Programme, { onDelete: "CASCADE" })
  @JoinColumn({ name: "programme_id", foreignKeyConstraintName: "programme_impact_baseline_programme_id_fkey" })
  programme?: Relation<Programme>;

  @Field(() => Float, { description: "Share promoted in a year, as a percentage (e.g. 8.5)." })
  @Column({ name: "annual_rate_percent", type: "numeric", precision: 5, scale: 2, transformer: { to: (value: number) => value, from: (value: string | null) => (value === null ? null : Number(value)) } })
  annualRatePercent: number;

  @Field({ description: "Where the figure comes from, as the academy wrote it." })
  @Column({ type: "varchar", length: 300 })
  source: string;

  @Field()
  @UpdateDateColumn({ name: "updated_at", type: "timestamptz", precision: 3 })
  updatedAt: Date;
}
