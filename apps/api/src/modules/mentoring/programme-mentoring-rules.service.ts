import type { RequestContext } from "../../graphql/context";
import { forbidden, notFound } from "../../graphql/errors";
import { runMutation } from "../../graphql/mutation";
import { fromGlobalId } from "../../graphql/relay/global-id";
import { UserInputProblems } from "../../graphql/user-error";
import { recordAudit } from "../audit";
import { canSeeProgramme, type Programme } from "../programme";
import type { SetProgrammeMentoringRulesInput, SetProgrammeMentoringRulesPayload } from "./dto/rules.dto";
import { keepsDirectory } from "./mentoring-access";
import { minimumMonthsProblem } from "./mentoring.rules";
import { ProgrammeMentoringRules } from "./programme-mentoring-rules.entity";

/** A programme's mentoring rules; one that never set any asks nothing. */
export async function rulesOf(ctx: RequestContext, programmeId: string): Promise<ProgrammeMentoringRules> {
  return (await ctx.loaders.mentoringRulesByProgrammeId.load(programmeId)) ?? Object.assign(new ProgrammeMentoringRules(), { programmeId, requiredBeforeStart: false, minimumMonths: null });
}

export class ProgrammeMentoringRulesService {
  /** For the academy's staff; null for anyone else. */
  async rulesFor(ctx: RequestContext, programme: Programme): Promise<ProgrammeMentoringRules | null> {
    return keepsDirectory(ctx, programme.academyId) ? rulesOf(ctx, programme.id) : null;
  }

  set(ctx: RequestContext, input: SetProgrammeMentoringRulesInput): Promise<SetProgrammeMentoringRulesPayload> {
    return runMutation<SetProgrammeMentoringRulesPayload>(
      ctx,
      async (tx) => {
        const decoded = fromGlobalId(input.programmeId);
        const programme = decoded?.typeName === "Programme" ? await tx.loaders.programmeById.load(decoded.id) : null;
        // Refusals never reveal what the caller can't see: another academy's draft is absent, its published programme forbidden.
        if (!programme || !keepsDirectory(tx, programme.academyId)) throw programme && canSeeProgramme(tx, programme) ? forbidden() : notFound("That programme");
        const problem = minimumMonthsProblem(input.minimumMonths);
        if (problem) throw new UserInputProblems([problem]);
        const rules = { programmeId: programme.id, requiredBeforeStart: input.requiredBeforeStart, minimumMonths: input.minimumMonths ?? null };
        await tx.db.getRepository(ProgrammeMentoringRules).upsert(rules, ["programmeId"]);
        await recordAudit(tx, { operation: "setProgrammeMentoringRules", targetType: "Programme", targetId: programme.id, fields: ["requiredBeforeStart", "minimumMonths"] });
        return { rules: Object.assign(new ProgrammeMentoringRules(), rules), userErrors: [] };
      },
      (userErrors) => ({ rules: null, userErrors }),
    );
  }
}
