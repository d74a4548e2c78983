import { ApiScope, Role } from "@ascent/domain";
import type { RequestContext } from "../../graphql/context";
import { Connection } from "../../graphql/relay/connection";
import { ConnectionArgs, OrderDirection } from "../../graphql/relay/connection-args";
import { paginate } from "../../graphql/relay/paginate";
import { Cohort } from "../cohort";
import { cohortVisibility, managesAcademy } from "../programme";
import { Application } from "./application.entity";
import { participantDetails, participantDetailSql } from "./participant-details";
import { Participant } from "./participant.entity";

/**
 * Who may see a cohort's participants: its academy's staff, the cohort's
 * facilitators (to take attendance), and a partner token for its own staff.
 */
export class ParticipantService {
  async listForCohort(ctx: RequestContext, cohort: Cohort, args: ConnectionArgs): Promise<Connection<Participant>> {
    const query = ctx.db.getRepository(Participant).createQueryBuilder("pt").where("pt.cohort_id = :cohortId", { cohortId: cohort.id });
    const scope = await this.scope(ctx, cohort);
    if (scope === "none") query.andWhere("false");
    if (typeof scope === "object") query.andWhere(`${participantDetailSql("organisation_id")} = :own`, { own: scope.organisationId });
    return paginate(query, args, { sortExpression: `to_char(pt.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS')`, direction: OrderDirection.ASC });
  }

  async findVisible(ctx: RequestContext, id: string): Promise<Participant | null> {
    const participant = await ctx.db.getRepository(Participant).findOneBy({ id });
    const cohort = participant ? await ctx.loaders.cohortById.load(participant.cohortId) : null;
    if (!participant || !cohort) return null;
    const scope = await this.scope(ctx, cohort);
    if (scope === "all") return participant;
    if (scope === "none") return null;
    return (await participantDetails(ctx, participant)).organisationId === scope.organisationId ? participant : null;
  }

  async nameOf(ctx: RequestContext, participant: Participant): Promise<string | null> {
    return (await participantDetails(ctx, participant)).name;
  }

  async applicationOf(ctx: RequestContext, participant: Participant): Promise<Application | null> {
    return participant.applicationId ? ctx.loaders.applicationById.load(participant.applicationId) : null;
  }

  /** Who may see this cohort's participants: "all", "none", or a partner's own staff. */
  async scope(ctx: RequestContext, cohort: Cohort): Promise<"all" | "none" | { organisationId: string }> {
    const { viewer } = ctx;
    if (viewer.kind === "partner") return viewer.scopes.includes(ApiScope.APPLICATIONS_READ) ? { organisationId: viewer.organisationId } : "none";
    if (viewer.kind !== "user") return "none";
    const programme = await ctx.loaders.programmeById.load(cohort.programmeId);
    if (!programme) return "none";
    if (managesAcademy(ctx, programme.academyId)) return "all";
    // Facilitators: the cohorts they facilitate (cohortVisibility knows which); not the rest of the catalogue.
    if (viewer.role === Role.FACILITATOR) {
      const visible = await cohortVisibility(ctx);
      const facilitated = visible({ ...cohort, status: "PLANNED" } as Cohort, programme);
      return facilitated ? "all" : "none";
    }
    return "none";
  }
}
