import type { RequestContext } from "../../graphql/context";
import { ConnectionArgs, OrderDirection } from "../../graphql/relay/connection-args";
import { expectGlobalId, fromGlobalId, toGlobalId } from "../../graphql/relay/global-id";
import { paginate } from "../../graphql/relay/paginate";
import { badUserInput } from "../../graphql/errors";
import { User } from "../user";
import { AuditEvent } from "./audit-event.entity";
import { AuditEventConnection, AuditEventFilter } from "./dto/audit.inputs";

export class AuditService {
  search(ctx: RequestContext, args: ConnectionArgs, filter: AuditEventFilter | null | undefined): Promise<AuditEventConnection> {
    const query = ctx.db.getRepository(AuditEvent).createQueryBuilder("a");
    if (filter?.actorId) query.andWhere("a.actor_user_id = :actorId", { actorId: expectGlobalId(filter.actorId, "User", "filter.actorId") });
    if (filter?.targetId) {
      const target = fromGlobalId(filter.targetId);
      if (!target) throw badUserInput("filter.targetId is not a valid id.", { argumentName: "filter.targetId" });
      query.andWhere("a.target_type = :targetType AND a.target_id = :targetId", { targetType: target.typeName, targetId: target.id });
    }
    if (filter?.operation) query.andWhere("a.operation = :operation", { operation: filter.operation });
    if (filter?.from) query.andWhere("a.occurred_at >= :from", { from: filter.from });
    if (filter?.to) query.andWhere("a.occurred_at <= :to", { to: filter.to });
    return paginate(query, args, { sortExpression: "a.occurred_at", direction: OrderDirection.DESC });
  }

  actorOf(ctx: RequestContext, event: AuditEvent): Promise<User | null> {
    return event.actorUserId ? ctx.loaders.userById.load(event.actorUserId) : Promise.resolve(null);
  }

  targetGlobalId(event: AuditEvent): string | null {
    return event.targetId ? toGlobalId(event.targetType, event.targetId) : null;
  }
}
