import { userQuery, type UserDetailsFragment } from "@ascent/client";
import { Role } from "@ascent/domain";
import { Anchor, Text } from "@mantine/core";
import { Link, useParams } from "react-router";
import { useQuery } from "urql";
import { userPaths } from "./paths";
import { BackLink } from "../../components/BackLink";
import { ErrorState } from "../../components/ErrorState";
import { LoadingState } from "../../components/LoadingState";
import { PageHeader } from "../../components/PageHeader";
import { RequireRole } from "../../components/RequireRole";
import { usePageTitle } from "../../lib/usePageTitle";
import { EditUserForm } from "./EditUserForm";
import { UserAccessSection } from "./UserAccessSection";

export function EditUserPage() {
  return (
    <RequireRole roles={[Role.ADMIN]} title="User">
      <EditUser />
    </RequireRole>
  );
}

function EditUser() {
  const { id = "" } = useParams();
  const [{ data, error }, reexecute] = useQuery({ query: userQuery, variables: { id } });
  const node = data?.node;
  const user: UserDetailsFragment | null = node?.__typename === "User" ? node : null;
  usePageTitle(user ? user.name : data ? "User not found" : "User");
  const back = <BackLink to={userPaths.users}>Back to users</BackLink>;

  if (error && !data) {
    return (
      <>
        <PageHeader title="User" above={back} />
        <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: "network-only" })} />
      </>
    );
  }
  if (!data) {
    return (
      <>
        <PageHeader title="User" above={back} />
        <LoadingState label="Loading the user" lines={6} />
      </>
    );
  }
  if (!user) {
    return (
      <>
        <PageHeader title="User not found" above={back} />
        <Text>
          There is no user at this address. The link may be wrong.{" "}
          <Anchor component={Link} to={userPaths.users}>
            See all users
          </Anchor>
          .
        </Text>
      </>
    );
  }

  return (
    <>
      <PageHeader title={user.name} above={back} />
      <Text c="dimmed" mb="md">
        {user.email}
      </Text>
      {/* Keyed by id so moving to another user starts a fresh form. */}
      <EditUserForm key={user.id} user={user} />
      <UserAccessSection user={user} />
    </>
  );
}
