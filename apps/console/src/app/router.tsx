import { createBrowserRouter, Navigate } from "react-router";
import { NotFoundPage } from "../components/NotFoundPage";
import { UnexpectedErrorPage } from "../components/UnexpectedErrorPage";
import { LoginPage } from "../features/auth/LoginPage";
import { RequireAuth } from "../features/auth/RequireAuth";
import { CreateOrganisationPage } from "../features/organisations/CreateOrganisationPage";
import { EditOrganisationPage } from "../features/organisations/EditOrganisationPage";
import { OrganisationsListPage } from "../features/organisations/OrganisationsListPage";
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
        element: <RequireAuth />,
        children: [
          {
            element: <AppLayout />,
            children: [
              { index: true, element: <Navigate to={paths.organisations} replace /> },
              { path: paths.organisations, element: <OrganisationsListPage /> },
              { path: paths.newOrganisation, element: <CreateOrganisationPage /> },
              { path: paths.organisation(":id"), element: <EditOrganisationPage /> },
              // Unknown addresses get the 404 inside the shell, after sign-in, so signed-out visitors learn nothing about routes.
              { path: "*", element: <NotFoundPage /> },
            ],
          },
        ],
      },
    ],
  },
]);
