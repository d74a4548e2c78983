import { Role } from "@ascent/domain";
import type { ConsoleFeature } from "../../lib/consoleFeature";
import { CreateProgrammePage } from "./CreateProgrammePage";
import { EditProgrammeDetailsPage } from "./EditProgrammeDetailsPage";
import { programmePaths } from "./paths";
import { ProgrammePage } from "./ProgrammePage";
import { ProgrammesListPage } from "./ProgrammesListPage";

export { programmePaths } from "./paths";
export { eligibilityFromFragment } from "./programmeFormValues";

export const programmesFeature: ConsoleFeature = {
  name: "programmes",
  routes: [
    { path: programmePaths.programmes, Component: ProgrammesListPage },
    { path: programmePaths.newProgramme, Component: CreateProgrammePage },
    { path: programmePaths.programme(":id"), Component: ProgrammePage },
    { path: programmePaths.editProgramme(":id"), Component: EditProgrammeDetailsPage },
  ],
  navigation: { label: "Programmes", to: programmePaths.programmes, roles: [Role.ADMIN, Role.PROGRAMME_MANAGER] },
};
