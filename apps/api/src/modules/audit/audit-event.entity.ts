import { Field, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { Node } from "../../graphql/relay/node";
import { toGlobalId } from "../../graphql/relay/global-id";

/**
 * Who did what to which record, when. Written in the same transaction as the
 * change; the table refuses UPDATE and DELETE (a trigger in its migration).
 * Changed field names are kept, never their values.
 */
@Entity("audit_event")
@Index("audit_event_target_idx", ["targetType", "targetId"])
@Index("audit_event_actor_idx", ["actorUserId"])
@Index("audit_event_occurred_at_idx", ["occurredAt"])
@ObjectType({ implements: Node })
export class AuditEvent implements Node {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  get globalId(): string {
    return toGlobalId("AuditEvent", this.id);
  }

  @Field()
  @Column({ name: "occurred_at", type: "timestamptz", precision: 3, default: () => "now()" })
  occurredAt: Date;

  @Column({ name: "actor_user_id", type: "uuid", nullable: true })
  actorUserId: string | null;

  @Column({ name: "actor_token_id", type: "uuid", nullable: true })
  actorTokenId: string | null;

  @Field({ description: "ADMIN, PROGRAMME_MANAGER, FACILITATOR, PARTNER or ANONYMOUS." })
  @Column({ name: "actor_role", type: "varchar", length: 40 })
  actorRole: string;

  @Column({ name: "actor_organisation_id", type: "uuid", nullable: true })
  actorOrganisationId: string | null;

  @Field({ description: "The operation, e.g. createOrganisation." })
  @Column({ type: "varchar", length: 80 })
  operation: string;

  @Field()
  @Column({ name: "target_type", type: "varchar", length: 60 })
  targetType: string;

  @Column({ name: "target_id", type: "uuid", nullable: true })
  targetId: string | null;

  @Field(() => [String], { description: "Names of the fields that changed or were read; never their values." })
  @Column({ name: "changed_fields", type: "text", array: true, default: () => "'{}'" })
  changedFields: string[];

  @Field(() => String, { nullable: true })
  @Column({ name: "request_id", type: "varchar", length: 64, nullable: true })
  requestId: string | null;
}
