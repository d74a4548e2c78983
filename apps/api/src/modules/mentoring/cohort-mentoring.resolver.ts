import { Role } from "@ascent/domain";
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { Allow } from "../../graphql/auth-checker";
import type { RequestContext } from "../../graphql/context";
import { Participant } from "../application";
import { Cohort } from "../cohort";
import { MentoringGate } from "./dto/relationship.dto";
import { MentoringGateService } from "./mentoring-gate.service";

@Resolver(() => Cohort)
export class CohortMentoringResolver {
  constructor(private readonly gates: MentoringGateService) {}

  @Allow(Role.ADMIN, Role.PROGRAMME_MANAGER)
  @FieldResolver(() => MentoringGate, { nullable: true, description: "\"A mentor or coach in place before the start\": met or not, and who is missing one. For the academy's staff." })
  mentoringGate(@Ctx() ctx: RequestContext, @Root() cohort: Cohort): Promise<MentoringGate | null> {
    return this.gates.gateOf(ctx, cohort);
  }

  @Allow(Role.ADMIN, Role.PROGRAMME_MANAGER)
  @FieldResolver(() => [Participant], { nullable: true, description: "The mentoring board: every participant, in enrolment order, for the academy's staff (ask each for `mentoring` and `mentorSuggestions`)." })
  mentoringBoard(@Ctx() ctx: RequestContext, @Root() cohort: Cohort): Promise<Participant[] | null> {
    return this.gates.rosterOf(ctx, cohort);
  }
}
