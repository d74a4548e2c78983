import type { ConsoleFeature } from "../../lib/consoleFeature";
import { CreateOrganisationPage } from "./CreateOrganisationPage";
import { EditOrganisationPage } from "./EditOrganisationPage";
import { OrganisationsListPage } from "./OrganisationsListPage";
import { organisationPaths } from "./paths";

export { organisationPaths } from "./paths";

export const organisationsFeature: ConsoleFeature = {
  name: "organisations",
  routes: [
    { path: organisationPaths.organisations, Component: OrganisationsListPage },
    { path: organisationPaths.newOrganisation, Component: CreateOrganisationPage },
    { path: organisationPaths.organisation(":id"), Component: EditOrganisationPage },
  ],
  navigation: { label: "Organisations", to: organisationPaths.organisations },
};
