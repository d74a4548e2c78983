import type { RequestContext } from "../../graphql/context";
import { viewerOrganisationId } from "../../graphql/context";
import { AuditEvent } from "./audit-event.entity";

export interface AuditRecord {
  operation: string;
  targetType: string;
  targetId: string | null;
  /** Field names only; never values. */
  fields?: string[];
}

function actorRoleOf(ctx: RequestContext): string {
  if (ctx.viewer.kind === "user") return ctx.viewer.role;
  return ctx.viewer.kind === "partner" ? "PARTNER" : "ANONYMOUS";
}

/** Writes an audit event with ctx's manager, so it commits or rolls back with the change it records. */
export async function recordAudit(ctx: RequestContext, record: AuditRecord): Promise<void> {
  await ctx.db.getRepository(AuditEvent).insert({
    actorUserId: ctx.viewer.kind === "user" ? ctx.viewer.user.id : null,
    actorTokenId: ctx.viewer.kind === "partner" ? ctx.viewer.tokenId : null,
    actorRole: actorRoleOf(ctx),
    actorOrganisationId: viewerOrganisationId(ctx.viewer),
    operation: record.operation,
    targetType: record.targetType,
    targetId: record.targetId,
    changedFields: record.fields ?? [],
    requestId: ctx.requestId,
  });
}

/**
 * Records that a partner token read raw, unsuppressed records (its own
 * organisation's). Console users' reads are not logged: their access is
 * governed by role and academy, and logging every page view would drown the trail.
 */
export async function recordPartnerRead(ctx: RequestContext, record: AuditRecord): Promise<void> {
  if (ctx.viewer.kind === "partner") await recordAudit(ctx, record);
}
