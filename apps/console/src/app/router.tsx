import { Container } from "@mantine/core";
import { createBrowserRouter, Navigate } from "react-router";
import { NotFoundPage } from "../components/NotFoundPage";
import { RouteLoading } from "../components/RouteLoading";
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
    // Until the first page's code has arrived (pages load on first visit).
    hydrateFallbackElement: (
      <Container size="md" py="xl">
        <RouteLoading />
      </Container>
    ),
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
