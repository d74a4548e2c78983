import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn, type Relation } from "typeorm";
import { Programme } from "../programme";

/** A programme's Action Learning Set size; a programme without a row doesn't use sets. */
@Entity("programme_learning_set_rules")
export class ProgrammeLearningSetRules {
  @PrimaryColumn({ name: "programme_id", type: "uuid" })
  programmeId: string;

  @OneToOne(() => Programme, { onDelete: "CASCADE" })
  @JoinColumn({ name: "programme_id", foreignKeyConstraintName: "programme_learning_set_rules_programme_id_fkey" })
  programme?: Relation<Programme>;

  @Column({ name: "set_size", type: "int" })
  setSize: number;

  @UpdateDateColumn({ name: "updated_at", type: "timestamptz", precision: 3 })
  updatedAt: Date;
}
