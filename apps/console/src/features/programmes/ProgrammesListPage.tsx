import { programmesQuery, type ProgrammesQuery } from "@ascent/client";
import { deliveryModeLabels, Role } from "@ascent/domain";
import { Anchor, Button, MultiSelect, Text } from "@mantine/core";
import { Link } from "react-router";
import { useQuery } from "urql";
import { programmePaths } from "./paths";
import { Absent } from "../../components/Absent";
import { CursorList, type ListColumn } from "../../components/CursorList";
import { DebouncedSearchInput } from "../../components/DebouncedSearchInput";
import { PageHeader } from "../../components/PageHeader";
import { RequireRole } from "../../components/RequireRole";
import { pageVariables, useCursorListParams } from "../../components/useCursorListParams";
import { usePageTitle } from "../../lib/usePageTitle";
import { isProgrammeStatus, programmeStatusOptions } from "../../lib/domainOptions";
import { ProgrammeStatusBadge } from "./ProgrammeStatusBadge";

export const PROGRAMMES_PAGE_SIZE = 25;

/** Query-string keys of the list's filters. */
const KEYS = { search: "q", status: "status" } as const;
const FILTER_KEYS = Object.values(KEYS);

type ProgrammeSummary = ProgrammesQuery["programmes"]["edges"][number]["node"];

/** Programme managers and administrators build programmes; the api enforces the same. */
export const PROGRAMME_EDITORS = [Role.ADMIN, Role.PROGRAMME_MANAGER] as const;

export function ProgrammesListPage() {
  return (
    <RequireRole roles={PROGRAMME_EDITORS} title="Programmes">
      <ProgrammesList />
    </RequireRole>
  );
}

const columns: ListColumn<ProgrammeSummary>[] = [
  {
    header: "Title",
    unlabelledOnPhone: true,
    cell: (programme) => (
      <>
        <Anchor component={Link} to={programmePaths.programme(programme.id)} fw={500}>
          {programme.title}
        </Anchor>
        <Text size="sm" c="dimmed" lineClamp={2}>
          {programme.summary}
        </Text>
      </>
    ),
  },
  { header: "Academy", cell: (programme) => programme.academy.name },
  { header: "Status", nowrap: true, cell: (programme) => <ProgrammeStatusBadge status={programme.status} /> },
  { header: "Duration", cell: (programme) => programme.duration },
  {
    header: "Delivery",
    cell: (programme) =>
      programme.deliveryModes.length > 0 ? programme.deliveryModes.map((mode) => deliveryModeLabels[mode]).join(", ") : <Absent spoken="not set" />,
  },
];

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

  return (
    <>
      <PageHeader
        title="Programmes"
        actions={
          <Button component={Link} to={programmePaths.newProgramme}>
            New programme
          </Button>
        }
      />
      <CursorList
        noun="programmes"
        caption="Programmes, by title"
        list={list}
        pageSize={PROGRAMMES_PAGE_SIZE}
        connection={data?.programmes}
        fetching={fetching}
        error={error}
        retry={() => reexecute({ requestPolicy: "network-only" })}
        columns={columns}
        rowKey={(programme) => programme.id}
        filters={
          <>
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
              w={{ base: "100%", sm: 280 }}
            />
          </>
        }
        empty={{
          title: "No programmes yet",
          description: "Add the leadership and career-development programmes your academy runs.",
          action: (
            <Button component={Link} to={programmePaths.newProgramme}>
              New programme
            </Button>
          ),
        }}
      />
    </>
  );
}
