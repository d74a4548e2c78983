import { MentoringOffer } from "@ascent/domain";
import { defineModule } from "../../graphql/feature-module";
import { Mentor } from "./mentor.entity";
import { MentorResolver } from "./mentor.resolver";
import { MentorService } from "./mentor.service";

export const mentoringModule = defineModule({
  name: "mentoring",
  entities: [Mentor],
  enums: [[MentoringOffer, { name: "MentoringOffer" }]],
  setup: () => {
    const mentors = new MentorService();
    return {
      resolvers: [new MentorResolver(mentors)],
      nodes: { Mentor: (ctx, id) => mentors.findById(ctx, id) },
    };
  },
});
