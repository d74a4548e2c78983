import { MentoringOffer } from "@ascent/domain";
import { defineModule } from "../../graphql/feature-module";
import { Mentor } from "./mentor.entity";
import { MentorResolver } from "./mentor.resolver";
import { MentorService } from "./mentor.service";
import { createMentoringLoaders } from "./mentoring.loaders";
import { OrganisationMentoringResolver } from "./organisation-mentoring.resolver";

export const mentoringModule = defineModule({
  name: "mentoring",
  entities: [Mentor],
  enums: [[MentoringOffer, { name: "MentoringOffer" }]],
  loaders: createMentoringLoaders,
  setup: () => {
    const mentors = new MentorService();
    return {
      resolvers: [new MentorResolver(mentors), new OrganisationMentoringResolver(mentors)],
      nodes: { Mentor: (ctx, id) => mentors.findById(ctx, id) },
    };
  },
});
