import { Role } from "@ascent/domain";
import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import { Allow } from "../../graphql/auth-checker";
import type { RequestContext } from "../../graphql/context";
import { Programme } from "../programme";
import { CompletionRuleService } from "./completion-rule.service";
import { SetProgrammeCompletionRuleInput, SetProgrammeCompletionRulePayload } from "./dto/delivery.dto";
import { ProgrammeCompletionRule } from "./programme-completion-rule.entity";

@Resolver(() => Programme)
export class ProgrammeCompletionResolver {
  constructor(private readonly rules: CompletionRuleService) {}

  @Allow(Role.ADMIN, Role.PROGRAMME_MANAGER)
  @FieldResolver(() => ProgrammeCompletionRule, { nullable: true, description: "What the programme asks before a participant is marked completed; for its academy's staff." })
  completionRule(@Ctx() ctx: RequestContext, @Root() programme: Programme): Promise<ProgrammeCompletionRule | null> {
    return this.rules.ruleFor(ctx, programme);
  }

  @Allow(Role.ADMIN, Role.PROGRAMME_MANAGER)
  @Mutation(() => SetProgrammeCompletionRulePayload, { description: "Sets the programme's completion rule: a least share of sessions attended, a mentor or coach, the post-programme evaluation returned." })
  setProgrammeCompletionRule(@Ctx() ctx: RequestContext, @Arg("input", () => SetProgrammeCompletionRuleInput) input: SetProgrammeCompletionRuleInput): Promise<SetProgrammeCompletionRulePayload> {
    return this.rules.set(ctx, input);
  }
}
