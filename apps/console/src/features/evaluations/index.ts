import { Role } from "@ascent/domain";
import { type ConsoleFeature, lazyPage } from "../../lib/consoleFeature";
import { PublicLayout } from "../catalogue";
import { evaluationPaths, evaluationRoutes } from "./paths";

export { evaluationPaths } from "./paths";

/** Evaluations: the builder and results for academy staff; the answering page, public, from a participant's private link. */
export const evaluationsFeature: ConsoleFeature = {
  name: "evaluations",
  routes: [
    { path: evaluationPaths.evaluations, lazy: lazyPage(() => import("./EvaluationsPage"), (m) => m.EvaluationsPage) },
    { path: evaluationRoutes.programme, lazy: lazyPage(() => import("./ProgrammeEvaluationPage"), (m) => m.ProgrammeEvaluationPage) },
    { path: evaluationRoutes.results, lazy: lazyPage(() => import("./EvaluationResultsPage"), (m) => m.EvaluationResultsPage) },
  ],
  publicRoutes: [{ Component: PublicLayout, children: [{ path: evaluationRoutes.answer, lazy: lazyPage(() => import("./AnswerPage"), (m) => m.AnswerPage) }] }],
  navigation: { label: "Evaluations", to: evaluationPaths.evaluations, roles: [Role.ADMIN, Role.PROGRAMME_MANAGER] },
};
