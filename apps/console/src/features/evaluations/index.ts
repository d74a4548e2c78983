import { Role } from "@ascent/domain";
import type { ConsoleFeature } from "../../lib/consoleFeature";
import { PublicLayout } from "../catalogue";
import { AnswerPage } from "./AnswerPage";
import { EvaluationResultsPage } from "./EvaluationResultsPage";
import { EvaluationsPage } from "./EvaluationsPage";
import { ProgrammeEvaluationPage } from "./ProgrammeEvaluationPage";
import { evaluationPaths, evaluationRoutes } from "./paths";

export { evaluationPaths } from "./paths";

/** Evaluations: the builder and results for academy staff; the answering page, public, from a participant's private link. */
export const evaluationsFeature: ConsoleFeature = {
  name: "evaluations",
  routes: [
    { path: evaluationPaths.evaluations, Component: EvaluationsPage },
    { path: evaluationRoutes.programme, Component: ProgrammeEvaluationPage },
    { path: evaluationRoutes.results, Component: EvaluationResultsPage },
  ],
  publicRoutes: [{ Component: PublicLayout, children: [{ path: evaluationRoutes.answer, Component: AnswerPage }] }],
  navigation: { label: "Evaluations", to: evaluationPaths.evaluations, roles: [Role.ADMIN, Role.PROGRAMME_MANAGER] },
};
