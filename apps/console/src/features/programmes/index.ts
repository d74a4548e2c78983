import { Role } from "@ascent/domain";
import { type ConsoleFeature, lazyPage } from "../../lib/consoleFeature";
import { programmePaths } from "./paths";

export { programmePaths } from "./paths";
export { eligibilityFromFragment } from "./programmeFormValues";

export const programmesFeature: ConsoleFeature = {
  name: "programmes",
  routes: [
    { path: programmePaths.programmes, lazy: lazyPage(() => import("./ProgrammesListPage"), (m) => m.ProgrammesListPage) },
    { path: programmePaths.newProgramme, lazy: lazyPage(() => import("./CreateProgrammePage"), (m) => m.CreateProgrammePage) },
    { path: programmePaths.programme(":id"), lazy: lazyPage(() => import("./ProgrammePage"), (m) => m.ProgrammePage) },
    { path: programmePaths.editProgramme(":id"), lazy: lazyPage(() => import("./EditProgrammeDetailsPage"), (m) => m.EditProgrammeDetailsPage) },
  ],
  navigation: { label: "Programmes", to: programmePaths.programmes, roles: [Role.ADMIN, Role.PROGRAMME_MANAGER] },
};
