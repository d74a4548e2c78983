import { MentoringKind, Role } from "@ascent/domain";
import { Arg, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { Allow } from "../../graphql/auth-checker";
import type { RequestContext } from "../../graphql/context";
import { Participant } from "../application";
import { MentorSuggestion } from "./dto/relationship.dto";
import { MentoringRelationship } from "./mentoring-relationship.entity";
import { MentoringService } from "./mentoring.service";

/** What mentoring adds to participants, for the academy's staff only (facilitators and partners see participants, not their mentoring). */
@Resolver(() => Participant)
export class ParticipantMentoringResolver {
  constructor(private readonly pairings: MentoringService) {}

  @Allow(Role.ADMIN, Role.PROGRAMME_MANAGER)
  @FieldResolver(() => MentoringRelationship, { nullable: true, description: "Their mentor or coach now; null when none (or not yours to see)." })
  mentoring(@Ctx() ctx: RequestContext, @Root() participant: Participant): Promise<MentoringRelationship | null> {
    return this.pairings.currentOf(ctx, participant);
  }

  @Allow(Role.ADMIN, Role.PROGRAMME_MANAGER)
  @FieldResolver(() => [MentoringRelationship], { nullable: true, description: "Every pairing, ended ones included, the latest first." })
  mentoringHistory(@Ctx() ctx: RequestContext, @Root() participant: Participant): Promise<MentoringRelationship[] | null> {
    return this.pairings.relationshipsOf(ctx, participant);
  }

  @Allow(Role.ADMIN, Role.PROGRAMME_MANAGER)
  @FieldResolver(() => [MentorSuggestion], {
    nullable: true,
    description:
      "Up to 5 people from the directory, best first, by rules shown with each: from a different organisation, a more senior band, expertise matching their role or the focus given, places left. The full, the retired and colleagues from their own organisation are never suggested.",
  })
  mentorSuggestions(
    @Ctx() ctx: RequestContext,
    @Root() participant: Participant,
    @Arg("kind", () => MentoringKind, { nullable: true, description: "Only those who offer this." }) kind?: MentoringKind | null,
    @Arg("focus", () => String, { nullable: true, description: "Words for what they want help with, e.g. \"finance\"." }) focus?: string | null,
  ): Promise<MentorSuggestion[] | null> {
    return this.pairings.suggestionsFor(ctx, participant, kind ?? null, focus ?? null);
  }
}
