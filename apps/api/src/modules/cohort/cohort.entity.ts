import { AllocationPolicy, CohortStatus } from "@ascent/domain";
import { Field, Int, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, type Relation } from "typeorm";
import { toGlobalId } from "../../graphql/relay/global-id";
import { Node } from "../../graphql/relay/node";
import { ProgrammeTrack, Programme } from "../programme";

@Entity("cohort")
@Index("cohort_programme_id_idx", ["programmeId"])
@Index("cohort_track_id_idx", ["trackId"])
@Index("cohort_status_idx", ["status"])
@ObjectType({ implements: Node, description: "A run of a programme (and track) with its places, application window and sessions." })
export class Cohort implements Node {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  get globalId(): string {
    return toGlobalId("Cohort", this.id);
  }

  @Column({ name: "programme_id", type: "uuid" })
  programmeId: string;

  @ManyToOne(() => Programme, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "programme_id", foreignKeyConstraintName: "cohort_programme_id_fkey" })
  programme?: Relation<Programme>;

  @Column({ name: "track_id", type: "uuid", nullable: true })
  trackId: string | null;

  @ManyToOne(() => ProgrammeTrack, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "track_id", foreignKeyConstraintName: "cohort_track_id_fkey" })
  track?: Relation<ProgrammeTrack>;

  @Field()
  @Column({ type: "varchar", length: 200 })
  name: string;

  @Field(() => Int, { description: "How many places the cohort has." })
  @Column({ type: "int" })
  capacity: number;

  @Field(() => AllocationPolicy)
  @Column({ name: "allocation_policy", type: "enum", enum: AllocationPolicy, enumName: "allocation_policy" })
  allocationPolicy: AllocationPolicy;

  @Field(() => Date, { nullable: true, description: "When applications open (an instant; see applicationsOpenAtLondon)." })
  @Column({ name: "applications_open_at", type: "timestamptz", precision: 3, nullable: true })
  applicationsOpenAt: Date | null;

  @Field(() => Date, { nullable: true, description: "When applications close (an instant; see applicationsCloseAtLondon)." })
  @Column({ name: "applications_close_at", type: "timestamptz", precision: 3, nullable: true })
  applicationsCloseAt: Date | null;

  @Field({ description: "First day, YYYY-MM-DD (London)." })
  @Column({ name: "starts_on", type: "date" })
  startsOn: string;

  @Field({ description: "Last day, YYYY-MM-DD (London)." })
  @Column({ name: "ends_on", type: "date" })
  endsOn: string;

  /** As last set; GraphQL reports the effective status (an open cohort past its window is closed). */
  @Column({ type: "enum", enum: CohortStatus, enumName: "cohort_status" })
  status: CohortStatus;

  @Field()
  @CreateDateColumn({ name: "created_at", type: "timestamptz", precision: 3 })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ name: "updated_at", type: "timestamptz", precision: 3 })
  updatedAt: Date;
}
