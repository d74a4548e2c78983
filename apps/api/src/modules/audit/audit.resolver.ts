import { Role } from "@ascent/domain";
import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { Allow } from "../../graphql/auth-checker";
import type { RequestContext } from "../../graphql/context";
import { ConnectionArgs } from "../../graphql/relay/connection-args";
import { User } from "../user";
import { AuditEvent } from "./audit-event.entity";
import { AuditService } from "./audit.service";
import { AuditEventConnection, AuditEventFilter } from "./dto/audit.inputs";

/** Read-only by design: there is no mutation for audit events, and the table refuses changes. */
@Resolver(() => AuditEvent)
export class AuditResolver {
  constructor(private readonly service: AuditService) {}

  @Allow(Role.ADMIN)
  @Query(() => AuditEventConnection, { description: "The audit trail, newest first." })
  auditEvents(
    @Ctx() ctx: RequestContext,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg("filter", () => AuditEventFilter, { nullable: true }) filter?: AuditEventFilter | null,
  ): Promise<AuditEventConnection> {
    return this.service.search(ctx, args, filter);
  }

  @Allow(Role.ADMIN)
  @FieldResolver(() => User, { nullable: true, description: "The user who acted; null for partner tokens." })
  actor(@Ctx() ctx: RequestContext, @Root() event: AuditEvent): Promise<User | null> {
    return this.service.actorOf(ctx, event);
  }

  @Allow(Role.ADMIN)
  @FieldResolver(() => ID, { nullable: true, description: "Global id of the object acted on." })
  targetId(@Root() event: AuditEvent): string | null {
    return this.service.targetGlobalId(event);
  }
}
