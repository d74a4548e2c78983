import { MentoringKind, MentoringLengthState, MentoringOffer, SuggestionRule } from "@ascent/domain";
import { defineModule } from "../../graphql/feature-module";
import { CohortMentoringResolver } from "./cohort-mentoring.resolver";
import { Mentor } from "./mentor.entity";
import { MentorResolver } from "./mentor.resolver";
import { MentorService } from "./mentor.service";
import { MentoringCheckIn } from "./mentoring-check-in.entity";
import { MentoringGateService } from "./mentoring-gate.service";
import { MentoringRelationship } from "./mentoring-relationship.entity";
import { MentoringRelationshipResolver } from "./mentoring-relationship.resolver";
import { MentoringService } from "./mentoring.service";
import { createMentoringLoaders } from "./mentoring.loaders";
import { OrganisationMentoringResolver } from "./organisation-mentoring.resolver";
import { ParticipantMentoringResolver } from "./participant-mentoring.resolver";
import { ProgrammeMentoringRules } from "./programme-mentoring-rules.entity";
import { ProgrammeMentoringRulesService } from "./programme-mentoring-rules.service";
import { ProgrammeMentoringResolver } from "./programme-mentoring.resolver";

export const mentoringModule = defineModule({
  name: "mentoring",
  entities: [Mentor, MentoringRelationship, MentoringCheckIn, ProgrammeMentoringRules],
  enums: [
    [MentoringOffer, { name: "MentoringOffer" }],
    [MentoringKind, { name: "MentoringKind", description: "Whether a pairing is with a mentor or a coach." }],
    [MentoringLengthState, { name: "MentoringLengthState", description: "A relationship against the programme's minimum length; AT_RISK is the warning before it falls short." }],
    [SuggestionRule, { name: "MentorSuggestionRule", description: "The rules that rank suggested mentors and coaches." }],
  ],
  loaders: createMentoringLoaders,
  setup: () => {
    const mentors = new MentorService();
    const mentoring = new MentoringService();
    return {
      resolvers: [
        new MentorResolver(mentors),
        new OrganisationMentoringResolver(mentors),
        new MentoringRelationshipResolver(mentoring),
        new ParticipantMentoringResolver(mentoring),
        new CohortMentoringResolver(new MentoringGateService()),
        new ProgrammeMentoringResolver(new ProgrammeMentoringRulesService()),
      ],
      nodes: {
        Mentor: (ctx, id) => mentors.findById(ctx, id),
        MentoringRelationship: (ctx, id) => mentoring.findById(ctx, id),
      },
    };
  },
});
