import { type ConsoleFeature, lazyPage } from "../../lib/consoleFeature";
import { organisationPaths } from "./paths";

export { organisationPaths } from "./paths";

export const organisationsFeature: ConsoleFeature = {
  name: "organisations",
  routes: [
    { path: organisationPaths.organisations, lazy: lazyPage(() => import("./OrganisationsListPage"), (m) => m.OrganisationsListPage) },
    { path: organisationPaths.newOrganisation, lazy: lazyPage(() => import("./CreateOrganisationPage"), (m) => m.CreateOrganisationPage) },
    { path: organisationPaths.organisation(":id"), lazy: lazyPage(() => import("./EditOrganisationPage"), (m) => m.EditOrganisationPage) },
  ],
  navigation: { label: "Organisations", to: organisationPaths.organisations },
};
