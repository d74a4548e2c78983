import type { RequestContext } from "../../graphql/context";
import type { Participant } from "../application";
import type { CohortSession } from "../cohort";

/**
 * Who is expected at a session, for registers and attendance rates: for a
 * meeting of an Action Learning Set, the set's members (in the order they
 * joined; withdrawn ones included, so the register can show them as such);
 * for any other session, null, meaning everyone on the cohort's roster.
 * One query per batch of sessions (the request's DataLoaders). No scoping
 * here: call it for a session the caller has already been allowed to see.
 */
export async function expectedParticipantsAt(ctx: RequestContext, session: Pick<CohortSession, "learningSetId">): Promise<Participant[] | null> {
  if (!session.learningSetId) return null;
  const members = await ctx.loaders.learningSetMembersBySetId.load(session.learningSetId);
  const participants = await ctx.loaders.learningSetParticipantById.loadMany(members.map((m) => m.participantId));
  return participants.filter((p): p is Participant => p !== null && !(p instanceof Error));
}
