import { createBrowserRouter, Navigate } from "react-router";
import { NotFoundPage } from "../components/NotFoundPage";
import { UnexpectedErrorPage } from "../components/UnexpectedErrorPage";
import { AccountPage } from "../features/account/AccountPage";
import { ApiTokensListPage } from "../features/api-tokens/ApiTokensListPage";
import { CreateApiTokenPage } from "../features/api-tokens/CreateApiTokenPage";
import { AuditPage } from "../features/audit/AuditPage";
import { LoginPage } from "../features/auth/LoginPage";
import { RequireAuth } from "../features/auth/RequireAuth";
import { CatalogueListPage } from "../features/catalogue/CatalogueListPage";
import { CatalogueProgrammePage } from "../features/catalogue/CatalogueProgrammePage";
import { PublicLayout } from "../features/catalogue/PublicLayout";
import { CohortPage } from "../features/cohorts/CohortPage";
import { CohortsListPage } from "../features/cohorts/CohortsListPage";
import { CreateCohortPage } from "../features/cohorts/CreateCohortPage";
import { CreateOrganisationPage } from "../features/organisations/CreateOrganisationPage";
import { EditOrganisationPage } from "../features/organisations/EditOrganisationPage";
import { OrganisationsListPage } from "../features/organisations/OrganisationsListPage";
import { CreateProgrammePage } from "../features/programmes/CreateProgrammePage";
import { EditProgrammePage } from "../features/programmes/EditProgrammePage";
import { ProgrammesListPage } from "../features/programmes/ProgrammesListPage";
import { CreateUserPage } from "../features/users/CreateUserPage";
import { EditUserPage } from "../features/users/EditUserPage";
import { UsersListPage } from "../features/users/UsersListPage";
import { AppLayout } from "./AppLayout";
import { GraphQLClientProvider } from "./GraphQLClientProvider";
import { paths } from "./paths";

export const router = createBrowserRouter([
  {
    // The GraphQL client lives inside the router so that session changes can navigate.
    element: <GraphQLClientProvider />,
    errorElement: <UnexpectedErrorPage />,
    children: [
      { path: paths.login, element: <LoginPage /> },
      {
        // The public catalogue: its own simple layout, no sign-in.
        element: <PublicLayout />,
        children: [
          { path: paths.catalogue, element: <CatalogueListPage /> },
          { path: paths.catalogueProgramme(":id"), element: <CatalogueProgrammePage /> },
        ],
      },
      {
        element: <RequireAuth />,
        children: [
          {
            element: <AppLayout />,
            children: [
              { index: true, element: <Navigate to={paths.organisations} replace /> },
              { path: paths.organisations, element: <OrganisationsListPage /> },
              { path: paths.newOrganisation, element: <CreateOrganisationPage /> },
              { path: paths.organisation(":id"), element: <EditOrganisationPage /> },
              // Users, API tokens and the audit trail are for administrators; each page shows others "no access".
              { path: paths.users, element: <UsersListPage /> },
              { path: paths.newUser, element: <CreateUserPage /> },
              { path: paths.user(":id"), element: <EditUserPage /> },
              { path: paths.apiTokens, element: <ApiTokensListPage /> },
              { path: paths.newApiToken, element: <CreateApiTokenPage /> },
              { path: paths.audit, element: <AuditPage /> },
              { path: paths.account, element: <AccountPage /> },
              { path: paths.programmes, element: <ProgrammesListPage /> },
              { path: paths.newProgramme, element: <CreateProgrammePage /> },
              { path: paths.programme(":id"), element: <EditProgrammePage /> },
              { path: paths.cohorts, element: <CohortsListPage /> },
              { path: paths.newCohort, element: <CreateCohortPage /> },
              { path: paths.cohort(":id"), element: <CohortPage /> },
              // WRES pages load on first visit: their charts (recharts) stay out of the first download.
              { path: paths.wres, lazy: () => import("../features/wres/WresDashboardPage").then((m) => ({ Component: m.WresDashboardPage })) },
              { path: paths.wresNational, lazy: () => import("../features/wres/WresNationalPage").then((m) => ({ Component: m.WresNationalPage })) },
              { path: paths.wresUpload, lazy: () => import("../features/wres/WresUploadPage").then((m) => ({ Component: m.WresUploadPage })) },
              // Unknown addresses get the 404 inside the shell, after sign-in, so signed-out visitors learn nothing about routes.
              { path: "*", element: <NotFoundPage /> },
            ],
          },
        ],
      },
    ],
  },
]);
