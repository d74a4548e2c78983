import { Field, ID, InputType, ObjectType } from "type-graphql";
import { ConnectionType } from "../../../graphql/relay/connection";
import { AuditEvent } from "../audit-event.entity";

@InputType()
export class AuditEventFilter {
  @Field(() => ID, { nullable: true, description: "Events by this user." })
  actorId?: string | null;

  @Field(() => ID, { nullable: true, description: "Events about this object (any global id)." })
  targetId?: string | null;

  @Field(() => String, { nullable: true, description: "e.g. createOrganisation" })
  operation?: string | null;

  @Field(() => Date, { nullable: true })
  from?: Date | null;

  @Field(() => Date, { nullable: true })
  to?: Date | null;
}

@ObjectType()
export class AuditEventConnection extends ConnectionType(AuditEvent, "AuditEvent") {}
