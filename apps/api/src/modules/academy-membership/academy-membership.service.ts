import { OrganisationKind, UserErrorCode } from "@ascent/domain";
import type { RequestContext } from "../../graphql/context";
import { runMutation } from "../../graphql/mutation";
import { fromGlobalId } from "../../graphql/relay/global-id";
import { UserError, userError, UserInputProblems } from "../../graphql/user-error";
import { recordAudit } from "../audit";
import { Organisation } from "../organisation";
import { AcademyMembership } from "./academy-membership.entity";
import { AcademyMemberInput, AcademyMembershipPayload } from "./dto/academy-membership.dto";

export class AcademyMembershipService {
  async membersOf(ctx: RequestContext, organisation: Organisation): Promise<Organisation[]> {
    if (organisation.kind !== OrganisationKind.ACADEMY) return [];
    const ids = await ctx.loaders.memberIdsByAcademyId.load(organisation.id);
    const members = (await ctx.loaders.organisationById.loadMany(ids)).filter((m): m is Organisation => m instanceof Organisation);
    return members.sort((a, b) => a.name.localeCompare(b.name, "en-GB"));
  }

  /** Adds (or, with remove, removes) a member; adding twice or removing a non-member is harmless. */
  change(ctx: RequestContext, input: AcademyMemberInput, remove: boolean): Promise<AcademyMembershipPayload> {
    return runMutation<AcademyMembershipPayload>(
      ctx,
      async (tx) => {
        const problems: UserError[] = [];
        const academy = await this.organisation(tx, input.academyId, "academyId", problems);
        const member = await this.organisation(tx, input.organisationId, "organisationId", problems);
        if (academy && academy.kind !== OrganisationKind.ACADEMY) problems.push(userError(["academyId"], UserErrorCode.INVALID, `${academy.name} is not a leadership academy.`));
        if (academy && member && academy.id === member.id) problems.push(userError(["organisationId"], UserErrorCode.INVALID, "An academy can't be a member of itself."));
        if (problems.length > 0 || !academy || !member) throw new UserInputProblems(problems);
        const changed = remove
          ? (await tx.db.getRepository(AcademyMembership).delete({ academyId: academy.id, memberId: member.id })).affected
          : (await tx.db.createQueryBuilder().insert().into(AcademyMembership).values({ academyId: academy.id, memberId: member.id }).orIgnore().execute()).raw.length;
        // Membership gives the academy's programme managers raw WRES access to the member: audited on both sides
        // (one event can name one target), so either organisation's trail shows it.
        if (changed) {
          const operation = remove ? "removeAcademyMember" : "addAcademyMember";
          await recordAudit(tx, { operation, targetType: "Organisation", targetId: academy.id, fields: ["members"] });
          await recordAudit(tx, { operation, targetType: "Organisation", targetId: member.id, fields: ["academies"] });
        }
        return { academy, member, userErrors: [] };
      },
      (userErrors) => ({ academy: null, member: null, userErrors }),
    );
  }

  private async organisation(tx: RequestContext, globalId: string, field: string, problems: UserError[]): Promise<Organisation | null> {
    const decoded = fromGlobalId(globalId);
    const organisation = decoded?.typeName === "Organisation" ? await tx.db.getRepository(Organisation).findOneBy({ id: decoded.id }) : null;
    if (!organisation) problems.push(userError([field], UserErrorCode.NOT_FOUND, "That organisation doesn't exist."));
    return organisation;
  }
}
