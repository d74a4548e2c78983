import { ApiScope, partnerWith, Role } from "@ascent/domain";
import { Arg, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import { Allow } from "../../graphql/auth-checker";
import type { RequestContext } from "../../graphql/context";
import { ProgrammeImpact, SetProgrammeImpactBaselineInput, SetProgrammeImpactBaselinePayload } from "./dto/impact.dto";
import { ImpactService } from "./impact.service";

@Resolver()
export class ImpactResolver {
  constructor(private readonly impact: ImpactService) {}

  @Allow(Role.ADMIN, Role.PROGRAMME_MANAGER, partnerWith(ApiScope.APPLICATIONS_READ), partnerWith(ApiScope.OUTCOMES_WRITE))
  @Query(() => ProgrammeImpact, {
    nullable: true,
    description:
      "Share promoted within 6, 12 and 24 months of completion, participants against the comparison group, with 95% intervals, the difference and a verdict. Exact for the owning academy; disclosure-controlled for everyone else, who see no single cohort's figures. Null when the programme (or the cohort in it) is not visible.",
  })
  programmeImpact(@Ctx() ctx: RequestContext, @Arg("programmeId", () => ID) programmeId: string, @Arg("cohortId", () => ID, { nullable: true }) cohortId?: string | null): Promise<ProgrammeImpact | null> {
    return this.impact.programmeImpact(ctx, programmeId, cohortId);
  }

  @Allow(Role.ADMIN, Role.PROGRAMME_MANAGER)
  @Mutation(() => SetProgrammeImpactBaselinePayload, { description: "Sets (or with a null rate removes) the baseline promotion rate a programme's impact is set against." })
  setProgrammeImpactBaseline(@Ctx() ctx: RequestContext, @Arg("input", () => SetProgrammeImpactBaselineInput) input: SetProgrammeImpactBaselineInput): Promise<SetProgrammeImpactBaselinePayload> {
    return this.impact.setBaseline(ctx, input);
  }
}
