import { ApiErrorCode } from "@ascent/domain";
import { Container } from "@mantine/core";
import { Navigate, Outlet, useLocation } from "react-router";
import { ErrorState } from "../../components/ErrorState";
import { LoadingState } from "../../components/LoadingState";
import { hasErrorCode } from "../../lib/graphqlErrors";
import { loginPathFor } from "./loginRedirect";
import { SignedInUserContext } from "../../lib/signedInUser";
import { useViewer } from "./useViewer";

/** Shows its child routes to signed-in users; sends everyone else to sign in, remembering where they were going. */
export function RequireAuth() {
  const { user, fetching, error, retry } = useViewer();
  const location = useLocation();

  if (error && !hasErrorCode(error, ApiErrorCode.UNAUTHENTICATED)) {
    return (
      <Container component="main" size="sm" py="xl">
        <ErrorState error={error} onRetry={retry} />
      </Container>
    );
  }
  if (!user && fetching) {
    return (
      <Container component="main" size="md" py="xl">
        <LoadingState label="Checking your session" />
      </Container>
    );
  }
  if (!user) return <Navigate to={loginPathFor(location)} replace />;

  return (
    <SignedInUserContext value={user}>
      <Outlet />
    </SignedInUserContext>
  );
}
