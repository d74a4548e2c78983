import { cohortsQuery, programmeOptionsQuery, type CohortFilter, type CohortsQuery, type ProgrammeOptionsQuery } from "@ascent/client";
import { CohortStatus, Role } from "@ascent/domain";
import { Anchor, Button, Select, Text } from "@mantine/core";
import { Link } from "react-router";
import { useQuery } from "urql";
import { cohortPaths } from "./paths";
import { Absent } from "../../components/Absent";
import { CursorList, type ListColumn } from "../../components/CursorList";
import { PageHeader } from "../../components/PageHeader";
import { RemoteSearchSelect } from "../../components/RemoteSearchSelect";
import { pageVariables, useCursorListParams } from "../../components/useCursorListParams";
import { usePageTitle } from "../../lib/usePageTitle";
import { useSignedInUser } from "../../lib/signedInUser";
import { cohortStatusOptions, isCohortStatus } from "../../lib/domainOptions";
import { CohortStatusBadge } from "./CohortStatusBadge";
import { formatLondonDay } from "../../lib/londonTime";

export const COHORTS_PAGE_SIZE = 25;

/** Query-string keys of the list's filters. */
const KEYS = { programme: "programme", status: "status" } as const;
const FILTER_KEYS = Object.values(KEYS);

const FINISHED: readonly CohortStatus[] = [CohortStatus.COMPLETED, CohortStatus.CANCELLED];

type CohortSummary = CohortsQuery["cohorts"]["edges"][number]["node"];

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

const columns: ListColumn<CohortSummary>[] = [
  {
    header: "Cohort",
    unlabelledOnPhone: true,
    cell: (cohort) => (
      <>
        <Anchor component={Link} to={cohortPaths.cohort(cohort.id)} fw={500}>
          {cohort.name}
        </Anchor>
        {cohort.track ? (
          <Text size="sm" c="dimmed">
            {cohort.track.name}
          </Text>
        ) : null}
      </>
    ),
  },
  { header: "Programme", cell: (cohort) => cohort.programme.title },
  { header: "Status", nowrap: true, cell: (cohort) => <CohortStatusBadge status={cohort.status} /> },
  {
    header: "Places left",
    nowrap: true,
    // Places are news only while a cohort can still fill them.
    cell: (cohort) => (FINISHED.includes(cohort.status) ? <Absent spoken="finished" /> : `${cohort.placesRemaining} of ${cohort.capacity}`),
  },
  { header: "Applications close", cell: (cohort) => cohort.applicationsCloseAtLondon?.text ?? <Absent spoken="no window set" /> },
  { header: "Starts", cell: (cohort) => <time dateTime={cohort.startsOn}>{formatLondonDay(cohort.startsOn)}</time> },
];

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

  // The chosen programme's title, for the picker when the page opens from a bookmarked address.
  const chosenProgramme = programmeId ? data?.cohorts.edges.find(({ node }) => node.programme.id === programmeId)?.node.programme : undefined;

  return (
    <>
      <PageHeader
        title="Cohorts"
        actions={
          canManage ? (
            <Button component={Link} to={programmeId ? `${cohortPaths.newCohort}?programme=${encodeURIComponent(programmeId)}` : cohortPaths.newCohort}>
              New cohort
            </Button>
          ) : undefined
        }
      />
      <CursorList
        noun="cohorts"
        caption="Cohorts: current and upcoming by start date, then finished ones"
        list={list}
        pageSize={COHORTS_PAGE_SIZE}
        connection={data?.cohorts}
        fetching={fetching}
        error={error}
        retry={() => reexecute({ requestPolicy: "network-only" })}
        columns={columns}
        rowKey={(cohort) => cohort.id}
        minWidth={900}
        filters={
          <>
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
              w={{ base: "100%", sm: 360 }}
            />
            <Select
              label="Status"
              placeholder="Any status"
              clearable
              data={statusFilterOptions}
              value={status}
              onChange={(value) => list.setFilter(KEYS.status, value)}
              w={{ base: "100%", sm: 260 }}
            />
          </>
        }
        empty={{
          title: "No cohorts yet",
          description: "A cohort is one run of a programme, with its places, application window and sessions.",
          action: canManage ? (
            <Button component={Link} to={cohortPaths.newCohort}>
              New cohort
            </Button>
          ) : undefined,
        }}
        noMatch={{ description: "Try another programme or status, or clear the filters." }}
      />
    </>
  );
}
