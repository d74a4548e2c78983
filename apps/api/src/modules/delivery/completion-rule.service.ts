import { completionPercentProblem, UserErrorCode } from "@ascent/domain";
import type { RequestContext } from "../../graphql/context";
import { forbidden, notFound } from "../../graphql/errors";
import { runMutation } from "../../graphql/mutation";
import { fromGlobalId } from "../../graphql/relay/global-id";
import { userError, UserInputProblems } from "../../graphql/user-error";
import { recordAudit } from "../audit";
import { canSeeProgramme, managesAcademy, type Programme } from "../programme";
import type { SetProgrammeCompletionRuleInput, SetProgrammeCompletionRulePayload } from "./dto/delivery.dto";
import { ProgrammeCompletionRule } from "./programme-completion-rule.entity";
import { completionRuleOf } from "./roster.service";

export class CompletionRuleService {
  /** For the academy's staff; null for anyone else. */
  async ruleFor(ctx: RequestContext, programme: Programme): Promise<ProgrammeCompletionRule | null> {
    if (!managesAcademy(ctx, programme.academyId)) return null;
    return Object.assign(new ProgrammeCompletionRule(), { programmeId: programme.id }, await completionRuleOf(ctx, programme.id));
  }

  set(ctx: RequestContext, input: SetProgrammeCompletionRuleInput): Promise<SetProgrammeCompletionRulePayload> {
    return runMutation<SetProgrammeCompletionRulePayload>(
      ctx,
      async (tx) => {
        const decoded = fromGlobalId(input.programmeId);
        const programme = decoded?.typeName === "Programme" ? await tx.loaders.programmeById.load(decoded.id) : null;
        // Another academy's draft is absent, its published programme visible but not the caller's to change.
        if (!programme || !managesAcademy(tx, programme.academyId)) throw programme && canSeeProgramme(tx, programme) ? forbidden() : notFound("That programme");
        const problem = completionPercentProblem(input.minimumAttendancePercent);
        if (problem) throw new UserInputProblems([userError(["minimumAttendancePercent"], UserErrorCode.INVALID, problem)]);
        const rule = {
          programmeId: programme.id,
          minimumAttendancePercent: input.minimumAttendancePercent ?? null,
          mentorOrCoachRequired: input.mentorOrCoachRequired,
          postProgrammeEvaluationRequired: input.postProgrammeEvaluationRequired,
        };
        await tx.db.getRepository(ProgrammeCompletionRule).upsert(rule, ["programmeId"]);
        await recordAudit(tx, { operation: "setProgrammeCompletionRule", targetType: "Programme", targetId: programme.id, fields: ["minimumAttendancePercent", "mentorOrCoachRequired", "postProgrammeEvaluationRequired"] });
        return { rule: Object.assign(new ProgrammeCompletionRule(), rule), userErrors: [] };
      },
      (userErrors) => ({ rule: null, userErrors }),
    );
  }
}
