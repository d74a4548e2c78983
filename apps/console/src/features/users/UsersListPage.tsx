import { usersQuery } from "@ascent/client";
import { Role, roleLabels } from "@ascent/domain";
import { Anchor, Badge, Box, Button, Checkbox, Group, MultiSelect, Table, VisuallyHidden } from "@mantine/core";
import { Link } from "react-router";
import { useQuery } from "urql";
import { paths } from "../../app/paths";
import { Absent } from "../../components/Absent";
import { CursorPagination } from "../../components/CursorPagination";
import { DebouncedSearchInput } from "../../components/DebouncedSearchInput";
import { EmptyState } from "../../components/EmptyState";
import { ErrorState } from "../../components/ErrorState";
import { LoadingState } from "../../components/LoadingState";
import { PageHeader } from "../../components/PageHeader";
import { RequireRole } from "../../components/RequireRole";
import { pageVariables, useCursorListParams } from "../../components/useCursorListParams";
import { usePageTitle } from "../../lib/usePageTitle";
import { isRole, roleOptions } from "./userOptions";

export const USERS_PAGE_SIZE = 25;

/** Query-string keys of the list's filters. */
const KEYS = { search: "q", role: "role", includeDeactivated: "deactivated" } as const;
const FILTER_KEYS = Object.values(KEYS);

export function UsersListPage() {
  return (
    <RequireRole roles={[Role.ADMIN]} title="Users">
      <UsersList />
    </RequireRole>
  );
}

function UsersList() {
  usePageTitle("Users");
  const list = useCursorListParams(FILTER_KEYS);
  const search = list.query.get(KEYS.search)?.trim() ?? "";
  const roles = list.query.getAll(KEYS.role).filter(isRole);
  const includeDeactivated = list.query.get(KEYS.includeDeactivated) === "1";

  const [{ data, fetching, error }, reexecute] = useQuery({
    query: usersQuery,
    variables: {
      ...pageVariables(list.position, USERS_PAGE_SIZE),
      filter: { search: search || null, roles: roles.length > 0 ? roles : null, includeDeactivated },
    },
    requestPolicy: "cache-and-network",
  });

  const connection = data?.users;
  const users = connection?.edges.map((edge) => edge.node) ?? [];

  function renderResults() {
    if (error && !connection) return <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: "network-only" })} />;
    if (!connection) return <LoadingState label="Loading users" lines={8} />;
    if (users.length === 0) {
      return (
        <EmptyState
          title="No users match"
          description="Try a different search, or remove some filters."
          action={
            <Button variant="default" onClick={list.clearFilters}>
              Clear filters
            </Button>
          }
        />
      );
    }
    return (
      <>
        <Table.ScrollContainer minWidth={800}>
          <Table striped highlightOnHover verticalSpacing="sm">
            <Table.Caption>
              <VisuallyHidden>Users, by name</VisuallyHidden>
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Name</Table.Th>
                <Table.Th>Email</Table.Th>
                <Table.Th>Role</Table.Th>
                <Table.Th>Organisation</Table.Th>
                <Table.Th>Status</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {users.map((user) => (
                <Table.Tr key={user.id}>
                  <Table.Td>
                    <Anchor component={Link} to={paths.user(user.id)} fw={500}>
                      {user.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{user.email}</Table.Td>
                  <Table.Td>{roleLabels[user.role]}</Table.Td>
                  <Table.Td>{user.organisation?.name ?? <Absent />}</Table.Td>
                  <Table.Td>
                    <Badge color={user.active ? "green.9" : "gray.7"} variant="light">
                      {user.active ? "Active" : "Deactivated"}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <CursorPagination
          noun="users"
          page={list.position.page}
          pageSize={USERS_PAGE_SIZE}
          shown={users.length}
          connection={connection}
          onPrevious={list.goToPreviousPage}
          onNext={list.goToNextPage}
        />
      </>
    );
  }

  return (
    <>
      <PageHeader
        title="Users"
        actions={
          <Button component={Link} to={paths.newUser}>
            New user
          </Button>
        }
      />
      <Group align="flex-end" gap="md" mb="md" role="search" aria-label="Filter users">
        <DebouncedSearchInput
          label="Search"
          placeholder="Name or email"
          value={search}
          onSearch={(value) => list.setFilter(KEYS.search, value, { replace: true })}
        />
        <MultiSelect
          label="Role"
          placeholder={roles.length ? undefined : "Any role"}
          data={roleOptions}
          value={roles}
          onChange={(values) => list.setFilter(KEYS.role, values.filter(isRole))}
          clearable
          w={280}
        />
        <Checkbox
          label="Show deactivated users"
          checked={includeDeactivated}
          onChange={(event) => list.setFilter(KEYS.includeDeactivated, event.currentTarget.checked ? "1" : null)}
          mb={8}
        />
        {list.hasFilters ? (
          <Button variant="subtle" onClick={list.clearFilters}>
            Clear filters
          </Button>
        ) : null}
      </Group>
      {error && connection ? <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: "network-only" })} /> : null}
      <Box aria-busy={fetching}>{renderResults()}</Box>
    </>
  );
}
