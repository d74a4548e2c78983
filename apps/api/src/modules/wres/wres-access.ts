import { ApiScope, DisclosureLevel, Role } from "@ascent/domain";
import { applyDisclosureControl, type IndicatorResult } from "@ascent/metrics";
import { requestScoped, type RequestContext } from "../../graphql/context";
import { AcademyMembership } from "../academy-membership";
import type { WresSettings } from "./wres.settings";

/** Figures released to the organisation's owners: unsuppressed. */
export const OWNER = "OWNER" as const;

/** OWNER (raw figures), or the disclosure level of `applyDisclosureControl`. */
export type WresDisclosureLevel = typeof OWNER | DisclosureLevel;

/**
 * THE ownership rule for WRES data: who sees an organisation's figures
 * unsuppressed. Everyone else gets them through disclosure control
 * (SUBNATIONAL: 1-7 suppressed, others rounded to 5).
 *
 * Owners: administrators; the organisation's own partner token; programme
 * managers of the organisation itself (an academy's own return) and of an
 * academy the organisation is a member of (academy_membership).
 * Facilitators and anonymous callers are never owners.
 */
export async function disclosureLevelFor(ctx: RequestContext, organisationId: string): Promise<WresDisclosureLevel> {
  const { viewer } = ctx;
  if (viewer.kind === "partner") return viewer.organisationId === organisationId ? OWNER : DisclosureLevel.SUBNATIONAL;
  if (viewer.kind === "user") {
    if (viewer.role === Role.ADMIN) return OWNER;
    const academyId = viewer.user.organisationId;
    if (viewer.role === Role.PROGRAMME_MANAGER && academyId) {
      if (academyId === organisationId) return OWNER;
      if (await ctx.db.getRepository(AcademyMembership).exists({ where: { academyId, memberId: organisationId } })) return OWNER;
    }
  }
  return DisclosureLevel.SUBNATIONAL;
}

/** The organisations whose figures a reader sees unsuppressed: every one, or a set. */
export type OwnedOrganisations = "ALL" | ReadonlySet<string>;

/**
 * Every organisation the viewer owns, by the rule of `disclosureLevelFor`:
 * what aggregates (England, regions) are released against. Once per request.
 */
export function ownedOrganisations(ctx: RequestContext): Promise<OwnedOrganisations> {
  return requestScoped(ctx, "wres owned organisations", async (): Promise<OwnedOrganisations> => {
    const { viewer } = ctx;
    if (viewer.kind === "partner") return new Set([viewer.organisationId]);
    if (viewer.kind !== "user") return new Set();
    if (viewer.role === Role.ADMIN) return "ALL";
    const academyId = viewer.user.organisationId;
    if (viewer.role !== Role.PROGRAMME_MANAGER || !academyId) return new Set();
    const members = await ctx.db.getRepository(AcademyMembership).find({ where: { academyId }, select: { memberId: true } });
    return new Set([academyId, ...members.map((member) => member.memberId)]);
  });
}

/** May the viewer submit returns and set targets for the organisation? Owners only, partners with wres:write. */
export async function maySubmitFor(ctx: RequestContext, organisationId: string): Promise<boolean> {
  const { viewer } = ctx;
  if (viewer.kind === "partner" && !viewer.scopes.includes(ApiScope.WRES_WRITE)) return false;
  if (viewer.kind === "user" && viewer.role === Role.FACILITATOR) return false;
  return (await disclosureLevelFor(ctx, organisationId)) === OWNER;
}

/** Releases a result at a level: owners get it as computed; everyone else through `applyDisclosureControl`. */
export function release(result: IndicatorResult, level: WresDisclosureLevel, settings: WresSettings): IndicatorResult {
  return level === OWNER ? result : applyDisclosureControl(result, settings.disclosure, level);
}
