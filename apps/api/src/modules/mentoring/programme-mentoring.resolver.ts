import { Role } from "@ascent/domain";
import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import { Allow } from "../../graphql/auth-checker";
import type { RequestContext } from "../../graphql/context";
import { Programme } from "../programme";
import { SetProgrammeMentoringRulesInput, SetProgrammeMentoringRulesPayload } from "./dto/rules.dto";
import { ProgrammeMentoringRules } from "./programme-mentoring-rules.entity";
import { ProgrammeMentoringRulesService } from "./programme-mentoring-rules.service";

@Resolver(() => Programme)
export class ProgrammeMentoringResolver {
  constructor(private readonly rules: ProgrammeMentoringRulesService) {}

  @Allow(Role.ADMIN, Role.PROGRAMME_MANAGER)
  @FieldResolver(() => ProgrammeMentoringRules, { nullable: true, description: "What the programme asks of mentoring; for its academy's staff." })
  mentoringRules(@Ctx() ctx: RequestContext, @Root() programme: Programme): Promise<ProgrammeMentoringRules | null> {
    return this.rules.rulesFor(ctx, programme);
  }

  @Allow(Role.ADMIN, Role.PROGRAMME_MANAGER)
  @Mutation(() => SetProgrammeMentoringRulesPayload, { description: "Sets whether a mentor or coach is needed before the start, and the minimum length of a relationship in months." })
  setProgrammeMentoringRules(@Ctx() ctx: RequestContext, @Arg("input", () => SetProgrammeMentoringRulesInput) input: SetProgrammeMentoringRulesInput): Promise<SetProgrammeMentoringRulesPayload> {
    return this.rules.set(ctx, input);
  }
}
