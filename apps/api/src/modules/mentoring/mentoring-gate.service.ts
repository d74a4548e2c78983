import { formatLondonDate, localDateToNoonUtc, ParticipantStatus } from "@ascent/domain";
import { requestScoped, type RequestContext } from "../../graphql/context";
import { Participant } from "../application";
import type { Cohort } from "../cohort";
import type { MentoringGate } from "./dto/relationship.dto";
import { keepsDirectory } from "./mentoring-access";
import type { MentoringRelationship } from "./mentoring-relationship.entity";
import { rulesOf } from "./programme-mentoring-rules.service";

/** In place before the start: begun on or before the cohort's first day, and not ended before it. */
export const inPlaceBeforeStart = (relationship: MentoringRelationship, cohortStartsOn: string) =>
  relationship.startsOn <= cohortStartsOn && (relationship.endedOn === null || relationship.endedOn >= cohortStartsOn);

const day = (date: string) => formatLondonDate(localDateToNoonUtc(date));

/**
 * "A mentor or coach in place before the start": for each of a cohort's
 * participants, whether a pairing began by the cohort's first day.
 */
export class MentoringGateService {
  /**
   * The whole roster in enrolment order, for the academy's staff; null for anyone else. The gate and the board
   * are about every enrolled person, and a cohort is a room of people, so it is one list rather than pages.
   */
  async rosterOf(ctx: RequestContext, cohort: Cohort): Promise<Participant[] | null> {
    const programme = await ctx.loaders.programmeById.load(cohort.programmeId);
    if (!programme || !keepsDirectory(ctx, programme.academyId)) return null;
    return requestScoped(ctx, `mentoring roster ${cohort.id}`, () => ctx.db.getRepository(Participant).find({ where: { cohortId: cohort.id }, order: { createdAt: "ASC", id: "ASC" } }));
  }

  async gateOf(ctx: RequestContext, cohort: Cohort): Promise<MentoringGate | null> {
    const roster = await this.rosterOf(ctx, cohort);
    if (!roster) return null;
    // Someone who has left the programme needs no mentor.
    const participants = roster.filter((participant) => participant.status !== ParticipantStatus.WITHDRAWN);
    const rules = await rulesOf(ctx, cohort.programmeId);
    const pairings = await ctx.loaders.mentoringRelationshipsByParticipantId.loadMany(participants.map((p) => p.id));
    const missing = participants.flatMap((participant, index) => {
      const own = pairings[index] instanceof Error ? [] : (pairings[index] as MentoringRelationship[]);
      if (own.some((r) => inPlaceBeforeStart(r, cohort.startsOn))) return [];
      const running = own.find((r) => r.endedOn === null);
      const explanation = running
        ? `Paired from ${day(running.startsOn)}, after the start (${day(cohort.startsOn)})`
        : own.length > 0
          ? "Their pairing has ended; none in place"
          : "None yet";
      return [{ participant, explanation }];
    });
    return {
      required: rules.requiredBeforeStart,
      met: missing.length === 0,
      participantCount: participants.length,
      inPlaceCount: participants.length - missing.length,
      minimumMonths: rules.minimumMonths,
      missing,
    };
  }
}
