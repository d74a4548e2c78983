import { Role } from "@ascent/domain";
import type { RequestContext } from "../../graphql/context";
import type { Participant } from "../application";
import type { Cohort } from "../cohort";
import type { Programme } from "../programme";

/**
 * Mentoring belongs to an academy: its directory, and the pairings of the
 * participants of its programmes, with their check-in notes. Administrators
 * keep every academy's; programme managers their own academy's; nobody else
 * (facilitators and partners see participants, never their mentoring).
 */
export function directoryScope(ctx: RequestContext): { kind: "every" } | { kind: "academy"; academyId: string } | { kind: "none" } {
  const { viewer } = ctx;
  if (viewer.kind !== "user") return { kind: "none" };
  if (viewer.role === Role.ADMIN) return { kind: "every" };
  if (viewer.role === Role.PROGRAMME_MANAGER && viewer.user.organisationId) return { kind: "academy", academyId: viewer.user.organisationId };
  return { kind: "none" };
}

export const keepsDirectory = (ctx: RequestContext, academyId: string) => {
  const scope = directoryScope(ctx);
  return scope.kind === "every" || (scope.kind === "academy" && scope.academyId === academyId);
};

export interface ParticipantPlace {
  participant: Participant;
  cohort: Cohort;
  programme: Programme;
}

/** The participant with their cohort and programme when the viewer keeps that academy's mentoring; null otherwise (absent, as if it didn't exist). */
export async function mentoringPlaceOf(ctx: RequestContext, participant: Participant | null): Promise<ParticipantPlace | null> {
  if (!participant) return null;
  const cohort = await ctx.loaders.cohortById.load(participant.cohortId);
  const programme = cohort ? await ctx.loaders.programmeById.load(cohort.programmeId) : null;
  if (!cohort || !programme || !keepsDirectory(ctx, programme.academyId)) return null;
  return { participant, cohort, programme };
}
