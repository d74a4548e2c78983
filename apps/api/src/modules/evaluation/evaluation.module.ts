import { EvaluationPoint, EvaluationQuestionKind, KirkpatrickLevel, SelfRatingMeasure } from "@ascent/domain";
import { ChangeVerdict } from "@ascent/metrics";
import type { AppConfig } from "../../config";
import { defineModule } from "../../graphql/feature-module";
import { loadApplicationSettings } from "../application";
import { EvaluationAnsweringService } from "./evaluation-answering.service";
import { EvaluationBuilderService } from "./evaluation-builder.service";
import { EvaluationResultsService } from "./evaluation-results.service";
import { EvaluationAnswer, EvaluationInvitation, EvaluationRound } from "./evaluation-round.entity";
import { EvaluationSender } from "./evaluation-sending";
import { evaluationJobs } from "./evaluation.jobs";
import { EvaluationLinks } from "./evaluation.links";
import { createEvaluationLoaders } from "./evaluation.loaders";
import { EvaluationResolver, ProgrammeEvaluationResolver, QuestionnaireResolver } from "./evaluation.resolver";
import { EvaluationQuestionTemplate } from "./question-template.entity";
import { EvaluationQuestion, Questionnaire } from "./questionnaire.entity";

/** Stateless services, built once; links are signed with ASCENT_LINK_SECRET, as applications' are. */
function buildServices(config: AppConfig) {
  const settings = loadApplicationSettings(process.env, config.consoleUrl);
  const links = new EvaluationLinks(settings.linkSecret);
  const sender = new EvaluationSender(links, settings.consoleUrl);
  return { builder: new EvaluationBuilderService(), sender, answering: new EvaluationAnsweringService(links), reports: new EvaluationResultsService(sender) };
}

let services: ReturnType<typeof buildServices> | undefined;
const getServices = (config: AppConfig) => (services ??= buildServices(config));

export const evaluationModule = defineModule({
  name: "evaluation",
  entities: [EvaluationQuestionTemplate, Questionnaire, EvaluationQuestion, EvaluationRound, EvaluationInvitation, EvaluationAnswer],
  enums: [
    [EvaluationPoint, { name: "EvaluationPoint" }],
    [EvaluationQuestionKind, { name: "EvaluationQuestionKind", description: "LIKERT: a 1-5 scale with labelled ends; FREE_TEXT: the participant's own words." }],
    [KirkpatrickLevel, { name: "KirkpatrickLevel", description: "Kirkpatrick levels 1-3: REACTION, LEARNING, BEHAVIOUR." }],
    [SelfRatingMeasure, { name: "SelfRatingMeasure" }],
    [ChangeVerdict, { name: "ChangeVerdict", description: "Whether the 95% interval of a change lies above 0 (ROSE), below it (FELL), or includes it (INCONCLUSIVE)." }],
  ],
  loaders: createEvaluationLoaders,
  jobs: (config) => evaluationJobs(() => getServices(config).sender),
  setup: (config) => {
    const { builder, sender, answering, reports } = getServices(config);
    return {
      resolvers: [new EvaluationResolver(builder, sender, answering, reports), new QuestionnaireResolver(builder), new ProgrammeEvaluationResolver(builder)],
    };
  },
});
