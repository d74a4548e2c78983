import { ApiScope, Role } from "@ascent/domain";
import type { RequestContext } from "../../graphql/context";
import { managesAcademy } from "../programme";

/**
 * Whose career outcomes a caller sees, person by person: administrators
 * everyone's; programme managers the people of their own academy's
 * programmes; a partner token (applications:read or outcomes:write) its own
 * organisation's staff. Facilitators see none.
 */
export type OutcomeScope = { kind: "every" } | { kind: "academy"; academyId: string } | { kind: "organisation"; organisationId: string } | { kind: "none" };

export function outcomeScope(ctx: RequestContext): OutcomeScope {
  const { viewer } = ctx;
  if (viewer.kind === "partner") {
    const reads = viewer.scopes.includes(ApiScope.APPLICATIONS_READ) || viewer.scopes.includes(ApiScope.OUTCOMES_WRITE);
    return reads ? { kind: "organisation", organisationId: viewer.organisationId } : { kind: "none" };
  }
  if (viewer.kind !== "user") return { kind: "none" };
  if (viewer.role === Role.ADMIN) return { kind: "every" };
  if (viewer.role === Role.PROGRAMME_MANAGER && viewer.user.organisationId) return { kind: "academy", academyId: viewer.user.organisationId };
  return { kind: "none" };
}

/**
 * Whether the caller sees this person's outcomes (and may record them, given
 * the role or scope to write): the person's cohort and employer, from their
 * application or, for a participant added by hand, the participant.
 */
export async function seesPersonOutcomes(ctx: RequestContext, person: { cohortId: string; organisationId: string | null }): Promise<boolean> {
  const scope = outcomeScope(ctx);
  if (scope.kind === "every") return true;
  if (scope.kind === "organisation") return person.organisationId === scope.organisationId;
  if (scope.kind !== "academy") return false;
  const cohort = await ctx.loaders.cohortById.load(person.cohortId);
  const programme = cohort ? await ctx.loaders.programmeById.load(cohort.programmeId) : null;
  return programme !== null && managesAcademy(ctx, programme.academyId);
}
