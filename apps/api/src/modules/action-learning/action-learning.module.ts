import { defineModule } from "../../graphql/feature-module";
import { createActionLearningLoaders } from "./action-learning.loaders";
import { LearningSetMember } from "./learning-set-member.entity";
import { LearningSet } from "./learning-set.entity";
import { CohortLearningSetsResolver, LearningSetResolver, ProgrammeLearningSetsResolver, SessionLearningSetResolver } from "./learning-set.resolver";
import { LearningSetService } from "./learning-set.service";
import { ProgrammeLearningSetRules } from "./programme-learning-set-rules.entity";

export const actionLearningModule = defineModule({
  name: "action-learning",
  entities: [LearningSet, LearningSetMember, ProgrammeLearningSetRules],
  loaders: createActionLearningLoaders,
  setup: () => {
    const sets = new LearningSetService();
    return {
      resolvers: [new LearningSetResolver(sets), new CohortLearningSetsResolver(sets), new SessionLearningSetResolver(sets), new ProgrammeLearningSetsResolver(sets)],
      nodes: { LearningSet: (ctx, id) => sets.findById(ctx, id) },
    };
  },
});
