import { usersQuery, type UsersQuery } from "@ascent/client";
import { Role, roleLabels } from "@ascent/domain";
import { Anchor, Button, Checkbox, MultiSelect } from "@mantine/core";
import { Link } from "react-router";
import { useQuery } from "urql";
import { userPaths } from "./paths";
import { Absent } from "../../components/Absent";
import { CursorList, type ListColumn } from "../../components/CursorList";
import { DebouncedSearchInput } from "../../components/DebouncedSearchInput";
import { PageHeader } from "../../components/PageHeader";
import { RequireRole } from "../../components/RequireRole";
import { StatusBadge } from "../../components/StatusBadge";
import { pageVariables, useCursorListParams } from "../../components/useCursorListParams";
import { usePageTitle } from "../../lib/usePageTitle";
import { isRole, roleOptions } from "./userOptions";

export const USERS_PAGE_SIZE = 25;

/** Query-string keys of the list's filters. */
const KEYS = { search: "q", role: "role", includeDeactivated: "deactivated" } as const;
const FILTER_KEYS = Object.values(KEYS);

type UserSummary = UsersQuery["users"]["edges"][number]["node"];

export function UsersListPage() {
  return (
    <RequireRole roles={[Role.ADMIN]} title="Users">
      <UsersList />
    </RequireRole>
  );
}

const columns: ListColumn<UserSummary>[] = [
  {
    header: "Name",
    unlabelledOnPhone: true,
    cell: (user) => (
      <Anchor component={Link} to={userPaths.user(user.id)} fw={500}>
        {user.name}
      </Anchor>
    ),
  },
  { header: "Email", cell: (user) => user.email },
  { header: "Role", cell: (user) => roleLabels[user.role] },
  { header: "Organisation", cell: (user) => user.organisation?.name ?? <Absent /> },
  { header: "Status", nowrap: true, cell: (user) => <StatusBadge label={user.active ? "Active" : "Deactivated"} dotColor={user.active ? "green.7" : "gray.6"} /> },
];

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

  return (
    <>
      <PageHeader
        title="Users"
        actions={
          <Button component={Link} to={userPaths.newUser}>
            New user
          </Button>
        }
      />
      <CursorList
        noun="users"
        caption="Users, by name"
        list={list}
        pageSize={USERS_PAGE_SIZE}
        connection={data?.users}
        fetching={fetching}
        error={error}
        retry={() => reexecute({ requestPolicy: "network-only" })}
        columns={columns}
        rowKey={(user) => user.id}
        filters={
          <>
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
              w={{ base: "100%", sm: 280 }}
            />
            <Checkbox
              label="Show deactivated users"
              checked={includeDeactivated}
              onChange={(event) => list.setFilter(KEYS.includeDeactivated, event.currentTarget.checked ? "1" : null)}
              mb={8}
            />
          </>
        }
        empty={{ title: "No users yet", description: "Add the people who run programmes and look after WRES data." }}
      />
    </>
  );
}
