import { Role } from "@ascent/domain";
import type { ConsoleFeature } from "../../lib/consoleFeature";
import { CreateProgrammePage } from "./CreateProgrammePage";
import { EditProgrammePage } from "./EditProgrammePage";
import { programmePaths } from "./paths";
import { ProgrammesListPage } from "./ProgrammesListPage";

export { programmePaths } from "./paths";
export { eligibilityFromFragment } from "./programmeFormValues";

export const programmesFeature: ConsoleFeature = {
  name: "programmes",
  routes: [
    { path: programmePaths.programmes, Component: ProgrammesListPage },
    { path: programmePaths.newProgramme, Component: CreateProgrammePage },
    { path: programmePaths.programme(":id"), Component: EditProgrammePage },
  ],
  navigation: { label: "Programmes", to: programmePaths.programmes, roles: [Role.ADMIN, Role.PROGRAMME_MANAGER] },
};
