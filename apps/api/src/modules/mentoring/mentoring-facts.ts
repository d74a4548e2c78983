import { mentoringLength, MentoringLengthState } from "@ascent/domain";
import type { RequestContext } from "../../graphql/context";
import { inPlaceBeforeStart } from "./mentoring-gate.service";
import { todayInLondon } from "./mentoring.rules";
import { rulesOf } from "./programme-mentoring-rules.service";

/** What other features (the completion rule) may know of one participant's mentoring. */
export interface ParticipantMentoringFacts {
  /** A pairing is running now. */
  hasMentorOrCoach: boolean;
  /** A pairing was in place by the cohort's first day (the cohort page's gate). */
  inPlaceBeforeStart: boolean;
  /** A pairing has lasted the programme's minimum length (any pairing counts when the programme sets none). */
  metMinimumLength: boolean;
}

/**
 * The facts for one participant, through per-request loaders, so asking for a
 * whole roster costs a few queries, not one per person. No scoping here: the
 * calling feature has already decided the viewer may see this participant.
 */
export async function mentoringFactsOf(ctx: RequestContext, participant: { id: string; cohortId: string }): Promise<ParticipantMentoringFacts> {
  const cohort = await ctx.loaders.cohortById.load(participant.cohortId);
  const pairings = await ctx.loaders.mentoringRelationshipsByParticipantId.load(participant.id);
  const rules = cohort ? await rulesOf(ctx, cohort.programmeId) : null;
  const today = todayInLondon();
  return {
    hasMentorOrCoach: pairings.some((r) => r.endedOn === null),
    inPlaceBeforeStart: cohort !== null && pairings.some((r) => inPlaceBeforeStart(r, cohort.startsOn)),
    metMinimumLength: pairings.some((r) => {
      const { state } = mentoringLength({ ...r, minimumMonths: rules?.minimumMonths ?? null, today });
      return state === MentoringLengthState.MET || state === MentoringLengthState.NO_MINIMUM;
    }),
  };
}
