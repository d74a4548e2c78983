import { programmesQuery } from "@ascent/client";
import { deliveryModeLabels, Role } from "@ascent/domain";
import { Anchor, Box, Button, Group, MultiSelect, Table, Text, VisuallyHidden } from "@mantine/core";
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
import { isProgrammeStatus, programmeStatusOptions } from "./programmeOptions";
import { ProgrammeStatusBadge } from "./ProgrammeStatusBadge";

export const PROGRAMMES_PAGE_SIZE = 25;

/** Query-string keys of the list's filters. */
const KEYS = { search: "q", status: "status" } as const;
const FILTER_KEYS = Object.values(KEYS);

/** Programme managers and administrators build programmes; the api enforces the same. */
export const PROGRAMME_EDITORS = [Role.ADMIN, Role.PROGRAMME_MANAGER] as const;

export function ProgrammesListPage() {
  return (
    <RequireRole roles={PROGRAMME_EDITORS} title="Programmes">
      <ProgrammesList />
    </RequireRole>
  );
}

function ProgrammesList() {
  usePageTitle("Programmes");
  const list = useCursorListParams(FILTER_KEYS);
  const search = list.query.get(KEYS.search)?.trim() ?? "";
  const statuses = list.query.getAll(KEYS.status).filter(isProgrammeStatus);

  const [{ data, fetching, error }, reexecute] = useQuery({
    query: programmesQuery,
    variables: {
      ...pageVariables(list.position, PROGRAMMES_PAGE_SIZE),
      filter: { search: search || null, status: statuses.length > 0 ? statuses : null },
    },
    requestPolicy: "cache-and-network",
  });

  const connection = data?.programmes;
  const programmes = connection?.edges.map((edge) => edge.node) ?? [];
  const retry = () => reexecute({ requestPolicy: "network-only" });

  function renderResults() {
    if (error && !connection) return <ErrorState error={error} onRetry={retry} />;
    if (!connection) return <LoadingState label="Loading programmes" lines={8} />;
    if (programmes.length === 0) {
      return list.hasFilters ? (
        <EmptyState
          title="No programmes match"
          description="Try a different search, or remove some filters."
          action={
            <Button variant="default" onClick={list.clearFilters}>
              Clear filters
            </Button>
          }
        />
      ) : (
        <EmptyState
          title="No programmes yet"
          description="Add the leadership and career-development programmes your academy runs."
          action={
            <Button component={Link} to={paths.newProgramme}>
              New programme
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
              <VisuallyHidden>Programmes, by title</VisuallyHidden>
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Title</Table.Th>
                <Table.Th>Academy</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th>Duration</Table.Th>
                <Table.Th>Delivery</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {programmes.map((programme) => (
                <Table.Tr key={programme.id}>
                  <Table.Td>
                    <Anchor component={Link} to={paths.programme(programme.id)} fw={500}>
                      {programme.title}
                    </Anchor>
                    <Text size="sm" c="dimmed" lineClamp={2}>
                      {programme.summary}
                    </Text>
                  </Table.Td>
                  <Table.Td>{programme.academy.name}</Table.Td>
                  <Table.Td>
                    <ProgrammeStatusBadge status={programme.status} />
                  </Table.Td>
                  <Table.Td>{programme.duration}</Table.Td>
                  <Table.Td>
                    {programme.deliveryModes.length > 0 ? programme.deliveryModes.map((mode) => deliveryModeLabels[mode]).join(", ") : <Absent spoken="not set" />}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <CursorPagination
          noun="programmes"
          page={list.position.page}
          pageSize={PROGRAMMES_PAGE_SIZE}
          shown={programmes.length}
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
        title="Programmes"
        actions={
          <Button component={Link} to={paths.newProgramme}>
            New programme
          </Button>
        }
      />
      <Group align="flex-end" gap="md" mb="md" role="search" aria-label="Filter programmes">
        <DebouncedSearchInput
          label="Search"
          placeholder="Title or summary"
          value={search}
          onSearch={(value) => list.setFilter(KEYS.search, value, { replace: true })}
        />
        <MultiSelect
          label="Status"
          placeholder={statuses.length ? undefined : "Any status"}
          data={programmeStatusOptions}
          value={statuses}
          onChange={(values) => list.setFilter(KEYS.status, values.filter(isProgrammeStatus))}
          clearable
          w={280}
        />
        {list.hasFilters ? (
          <Button variant="subtle" onClick={list.clearFilters}>
            Clear filters
          </Button>
        ) : null}
      </Group>
      {error && connection ? <ErrorState error={error} onRetry={retry} /> : null}
      <Box aria-busy={fetching}>{renderResults()}</Box>
    </>
  );
}
