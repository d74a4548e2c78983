import { AfcBand, MentoringOffer } from "@ascent/domain";
import { Field, Int, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from "typeorm";
import { toGlobalId } from "../../graphql/relay/global-id";
import { Node } from "../../graphql/relay/node";
import { Organisation } from "../organisation";

/** A person an academy can pair with participants as a mentor or coach. */
@Entity("mentor")
@Index("mentor_academy_email_key", ["academyId", "email"], { unique: true })
@ObjectType({ implements: Node, description: "Someone in an academy's directory of mentors and coaches." })
export class Mentor implements Node {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  get globalId(): string {
    return toGlobalId("Mentor", this.id);
  }

  @Column({ name: "academy_id", type: "uuid" })
  academyId: string;

  @ManyToOne(() => Organisation, { onDelete: "CASCADE" })
  @JoinColumn({ name: "academy_id", foreignKeyConstraintName: "mentor_academy_id_fkey" })
  academy?: Relation<Organisation>;

  @Field()
  @Column({ type: "varchar", length: 200 })
  name: string;

  @Field({ description: "Work email, as typed (compared without case)." })
  @Column({ type: "varchar", length: 320 })
  email: string;

  @Column({ name: "organisation_id", type: "uuid" })
  organisationId: string;

  @ManyToOne(() => Organisation, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "organisation_id", foreignKeyConstraintName: "mentor_organisation_id_fkey" })
  organisation?: Relation<Organisation>;

  @Field(() => AfcBand, { nullable: true, description: "Their Agenda for Change band; null for medical staff or people outside the NHS." })
  @Column({ type: "enum", enum: AfcBand, enumName: "mentor_band", nullable: true })
  band: AfcBand | null;

  @Field(() => MentoringOffer)
  @Column({ type: "enum", enum: MentoringOffer, enumName: "mentoring_offer" })
  offers: MentoringOffer;

  @Field(() => [String], { description: "Areas they can help with, e.g. \"finance\", \"clinical leadership\"." })
  @Column({ type: "varchar", length: 100, array: true, default: () => "'{}'" })
  expertise: string[];

  @Field(() => Int, { description: "How many participants they can support at one time." })
  @Column({ type: "int" })
  capacity: number;

  @Field()
  @CreateDateColumn({ name: "created_at", type: "timestamptz", precision: 3 })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: "When they left the directory: no longer suggested or paired; pairings already running carry on." })
  @Column({ name: "retired_at", type: "timestamptz", precision: 3, nullable: true })
  retiredAt: Date | null;
}
