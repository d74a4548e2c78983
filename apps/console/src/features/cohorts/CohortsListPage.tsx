import { cohortsQuery, programmeOptionsQuery, type CohortFilter, type ProgrammeOptionsQuery } from "@ascent/client";
import { Role } from "@ascent/domain";
import { Anchor, Box, Button, Group, Select, Table, Text, VisuallyHidden } from "@mantine/core";
import { Link } from "react-router";
import { useQuery } from "urql";
import { paths } from "../../app/paths";
import { Absent } from "../../components/Absent";
import { CursorPagination } from "../../components/CursorPagination";
import { EmptyState } from "../../components/EmptyState";
import { ErrorState } from "../../components/ErrorState";
import { LoadingState } from "../../components/LoadingState";
import { PageHeader } from "../../components/PageHeader";
import { RemoteSearchSelect } from "../../components/RemoteSearchSelect";
import { pageVariables, useCursorListParams } from "../../components/useCursorListParams";
import { usePageTitle } from "../../lib/usePageTitle";
import { useSignedInUser } from "../auth/signedInUserContext";
import { cohortStatusOptions, isCohortStatus } from "../programmes/programmeOptions";
import { CohortStatusBadge } from "./CohortStatusBadge";
import { formatLondonDay } from "./londonDates";

export const COHORTS_PAGE_SIZE = 25;

/** Query-string keys of the list's filters. */
const KEYS = { programme: "programme", status: "status" } as const;
const FILTER_KEYS = Object.values(KEYS);

/** The status filter's extra choice: open, and inside the application window now. */
const APPLYING = "APPLYING";
const statusFilterOptions = [{ value: APPLYING, label: "Taking applications now" }, ...cohortStatusOptions];

/** Administrators and programme managers change cohorts; facilitators see them. */
export const COHORT_MANAGERS: readonly Role[] = [Role.ADMIN, Role.PROGRAMME_MANAGER];

const programmeOptions = (data: ProgrammeOptionsQuery) => data.programmes.edges.map(({ node }) => ({ value: node.id, label: node.title }));

function filterFor(programmeId: string | null, status: string | null): CohortFilter {
  return {
    programmeId,
    ...(status === APPLYING ? { openForApplications: true } : status && isCohortStatus(status) ? { status: [status] } : {}),
  };
}

export function CohortsListPage() {
  usePageTitle("Cohorts");
  const user = useSignedInUser();
  const canManage = COHORT_MANAGERS.includes(user.role);
  const list = useCursorListParams(FILTER_KEYS);
  const programmeId = list.query.get(KEYS.programme) || null;
  const statusParam = list.query.get(KEYS.status);
  const status = statusParam === APPLYING || (statusParam && isCohortStatus(statusParam)) ? statusParam : null;

  const [{ data, fetching, error }, reexecute] = useQuery({
    query: cohortsQuery,
    variables: { ...pageVariables(list.position, COHORTS_PAGE_SIZE), filter: filterFor(programmeId, status) },
    requestPolicy: "cache-and-network",
  });

  const connection = data?.cohorts;
  const cohorts = connection?.edges.map((edge) => edge.node) ?? [];
  const retry = () => reexecute({ requestPolicy: "network-only" });
  // The chosen programme's title, for the picker when the page opens from a bookmarked address.
  const chosenProgramme = programmeId ? cohorts.find((cohort) => cohort.programme.id === programmeId)?.programme : undefined;

  function renderResults() {
    if (error && !connection) return <ErrorState error={error} onRetry={retry} />;
    if (!connection) return <LoadingState label="Loading cohorts" lines={8} />;
    if (cohorts.length === 0) {
      return list.hasFilters ? (
        <EmptyState
          title="No cohorts match"
          description="Try another programme or status, or clear the filters."
          action={
            <Button variant="default" onClick={list.clearFilters}>
              Clear filters
            </Button>
          }
        />
      ) : (
        <EmptyState
          title="No cohorts yet"
          description="A cohort is one run of a programme, with its places, application window and sessions."
          action={
            canManage ? (
              <Button component={Link} to={paths.newCohort}>
                New cohort
              </Button>
            ) : undefined
          }
        />
      );
    }
    return (
      <>
        <Table.ScrollContainer minWidth={900}>
          <Table striped highlightOnHover verticalSpacing="sm">
            <Table.Caption>
              <VisuallyHidden>Cohorts, by start date</VisuallyHidden>
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Cohort</Table.Th>
                <Table.Th>Programme</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th>Places left</Table.Th>
                <Table.Th>Applications close</Table.Th>
                <Table.Th>Starts</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {cohorts.map((cohort) => (
                <Table.Tr key={cohort.id}>
                  <Table.Td>
                    <Anchor component={Link} to={paths.cohort(cohort.id)} fw={500}>
                      {cohort.name}
                    </Anchor>
                    {cohort.track ? (
                      <Text size="sm" c="dimmed">
                        {cohort.track.name}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td>{cohort.programme.title}</Table.Td>
                  <Table.Td>
                    <CohortStatusBadge status={cohort.status} />
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: "nowrap" }}>
                    {cohort.placesRemaining} of {cohort.capacity}
                  </Table.Td>
                  <Table.Td>{cohort.applicationsCloseAtLondon?.text ?? <Absent spoken="no window set" />}</Table.Td>
                  <Table.Td>
                    <time dateTime={cohort.startsOn}>{formatLondonDay(cohort.startsOn)}</time>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <CursorPagination
          noun="cohorts"
          page={list.position.page}
          pageSize={COHORTS_PAGE_SIZE}
          shown={cohorts.length}
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
        title="Cohorts"
        actions={
          canManage ? (
            <Button component={Link} to={programmeId ? `${paths.newCohort}?programme=${encodeURIComponent(programmeId)}` : paths.newCohort}>
              New cohort
            </Button>
          ) : undefined
        }
      />
      <Group align="flex-end" gap="md" mb="md" role="search" aria-label="Filter cohorts">
        <RemoteSearchSelect
          label="Programme"
          placeholder="Any programme"
          clearable
          query={programmeOptionsQuery}
          toOptions={programmeOptions}
          value={programmeId}
          initialOption={chosenProgramme ? { value: chosenProgramme.id, label: chosenProgramme.title } : null}
          onChange={(value) => list.setFilter(KEYS.programme, value)}
          nothingFound="No programme matches"
          w={360}
        />
        <Select
          label="Status"
          placeholder="Any status"
          clearable
          data={statusFilterOptions}
          value={status}
          onChange={(value) => list.setFilter(KEYS.status, value)}
          w={260}
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
