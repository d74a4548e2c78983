import type { RequestContext } from "../../graphql/context";
import { forbidden, notFound } from "../../graphql/errors";
import type { Participant } from "../application";
import type { Cohort } from "../cohort";
import { cohortVisibility, facilitatesCohort, managesAcademy, type Programme } from "../programme";

/**
 * Who does what in delivery:
 * - the owning academy's staff (programme managers of that academy, administrators) keep the roster: add, withdraw,
 *   complete, and read everything on it;
 * - they and the cohort's facilitators (only of the cohorts they facilitate) take registers;
 * - partner tokens (applications:read) read their own staff's participation and completion.
 */
export interface CohortPlace {
  cohort: Cohort;
  programme: Programme;
  manages: boolean;
  takesRegister: boolean;
}

/** The cohort with what the viewer may do there; null when the viewer may not see it at all. */
export async function cohortPlace(ctx: RequestContext, cohortId: string): Promise<CohortPlace | null> {
  const cohort = await ctx.loaders.cohortById.load(cohortId);
  const programme = cohort ? await ctx.loaders.programmeById.load(cohort.programmeId) : null;
  if (!cohort || !programme) return null;
  const visible = await cohortVisibility(ctx);
  if (!visible(cohort, programme)) return null;
  const manages = managesAcademy(ctx, programme.academyId);
  return { cohort, programme, manages, takesRegister: manages || (await facilitatesCohort(ctx, cohort.id)) };
}

/** For a mutation naming a cohort: NOT_FOUND when invisible, FORBIDDEN when visible but not the viewer's to keep. */
export async function managedCohort(ctx: RequestContext, cohortId: string): Promise<CohortPlace> {
  const place = await cohortPlace(ctx, cohortId);
  if (!place) throw notFound("That cohort");
  if (!place.manages) throw forbidden();
  return place;
}

/** Whether the viewer keeps the roster this participant is on. */
export async function keepsRosterOf(ctx: RequestContext, participant: Participant): Promise<boolean> {
  const cohort = await ctx.loaders.cohortById.load(participant.cohortId);
  const programme = cohort ? await ctx.loaders.programmeById.load(cohort.programmeId) : null;
  return programme !== null && managesAcademy(ctx, programme.academyId);
}
