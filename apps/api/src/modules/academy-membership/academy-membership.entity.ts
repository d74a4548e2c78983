import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from "typeorm";
import { Organisation } from "../organisation";

/** An organisation that is a member of an academy ("member organisations only" programmes). */
@Entity("academy_membership")
@Index("academy_membership_academy_id_member_id_key", ["academyId", "memberId"], { unique: true })
@Index("academy_membership_member_id_idx", ["memberId"])
export class AcademyMembership {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ name: "academy_id", type: "uuid" })
  academyId: string;

  @ManyToOne(() => Organisation, { onDelete: "CASCADE" })
  @JoinColumn({ name: "academy_id", foreignKeyConstraintName: "academy_membership_academy_id_fkey" })
  academy?: Relation<Organisation>;

  @Column({ name: "member_id", type: "uuid" })
  memberId: string;

  @ManyToOne(() => Organisation, { onDelete: "CASCADE" })
  @JoinColumn({ name: "member_id", foreignKeyConstraintName: "academy_membership_member_id_fkey" })
  member?: Relation<Organisation>;

  @CreateDateColumn({ name: "created_at", type: "timestamptz", precision: 3 })
  createdAt: Date;
}
