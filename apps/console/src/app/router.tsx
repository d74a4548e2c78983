import { createBrowserRouter, Navigate } from "react-router";
import { NotFoundPage } from "../components/NotFoundPage";
import { UnexpectedErrorPage } from "../components/UnexpectedErrorPage";
import { RequireAuth } from "../features/auth";
import { AppLayout } from "./AppLayout";
import { features, START_PATH } from "./features";
import { GraphQLClientProvider } from "./GraphQLClientProvider";

export const router = createBrowserRouter([
  {
    // The GraphQL client lives inside the router so that session changes can navigate.
    element: <GraphQLClientProvider />,
    errorElement: <UnexpectedErrorPage />,
    children: [
      ...features.flatMap((feature) => feature.publicRoutes ?? []),
      {
        element: <RequireAuth />,
        children: [
          {
            element: <AppLayout />,
            children: [
              { index: true, element: <Navigate to={START_PATH} replace /> },
              ...features.flatMap((feature) => feature.routes ?? []),
              // Unknown addresses get the 404 inside the shell, after sign-in, so signed-out visitors learn nothing about routes.
              { path: "*", element: <NotFoundPage /> },
            ],
          },
        ],
      },
    ],
  },
]);
