import { mentorsQuery, type MentorSummaryFragment } from "@ascent/client";
import { afcBandLabels, mentoringOfferLabels, Role } from "@ascent/domain";
import { Anchor, Button } from "@mantine/core";
import { Link } from "react-router";
import { useQuery } from "urql";
import { Absent } from "../../components/Absent";
import { CursorList, type ListColumn } from "../../components/CursorList";
import { DebouncedSearchInput } from "../../components/DebouncedSearchInput";
import { PageHeader } from "../../components/PageHeader";
import { RequireRole } from "../../components/RequireRole";
import { pageVariables, useCursorListParams } from "../../components/useCursorListParams";
import { usePageTitle } from "../../lib/usePageTitle";
import { mentoringPaths } from "./paths";

export const MENTORS_PAGE_SIZE = 25;
const KEYS = { search: "q" } as const;

const columns: ListColumn<MentorSummaryFragment>[] = [
  {
    header: "Name",
    unlabelledOnPhone: true,
    cell: (mentor) => (
      <>
        <Anchor component={Link} to={mentoringPaths.editMentor(mentor.id)} fw={700}>
          {mentor.name}
        </Anchor>
        {mentor.retiredAt ? " (left the directory)" : null}
      </>
    ),
  },
  { header: "Email", cell: (mentor) => mentor.email },
  { header: "Organisation", cell: (mentor) => mentor.organisation?.name ?? <Absent /> },
  { header: "Band", nowrap: true, cell: (mentor) => (mentor.band ? afcBandLabels[mentor.band] : <Absent />) },
  { header: "Offers", cell: (mentor) => mentoringOfferLabels[mentor.offers] },
  {
    header: "Expertise",
    // Plain words rather than pills: areas are phrases, and pills cut long ones short.
    cell: (mentor) => (mentor.expertise.length > 0 ? mentor.expertise.join(", ") : <Absent />),
  },
  { header: "Mentees at a time", nowrap: true, cell: (mentor) => (mentor.runningPairings !== null ? `${mentor.runningPairings} of ${mentor.capacity}` : mentor.capacity) },
];

export function MentorsPage() {
  return (
    <RequireRole roles={[Role.ADMIN, Role.PROGRAMME_MANAGER]} title="Mentors and coaches">
      <Mentors />
    </RequireRole>
  );
}

function Mentors() {
  usePageTitle("Mentors and coaches");
  const list = useCursorListParams(Object.values(KEYS));
  const search = list.query.get(KEYS.search)?.trim() ?? "";
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: mentorsQuery,
    variables: { ...pageVariables(list.position, MENTORS_PAGE_SIZE), filter: { search: search || null } },
    requestPolicy: "cache-and-network",
  });
  const addButton = (
    <Button component={Link} to={mentoringPaths.newMentor}>
      Add to directory
    </Button>
  );

  return (
    <>
      <PageHeader title="Mentors and coaches" actions={addButton} />
      <CursorList
        noun="mentors and coaches"
        caption="Mentors and coaches, by name"
        list={list}
        pageSize={MENTORS_PAGE_SIZE}
        connection={data?.mentors}
        fetching={fetching}
        error={error}
        retry={() => reexecute({ requestPolicy: "network-only" })}
        columns={columns}
        rowKey={(mentor) => mentor.id}
        filters={
          <DebouncedSearchInput
            label="Search"
            placeholder="Name, email or expertise"
            value={search}
            onSearch={(value) => list.setFilter(KEYS.search, value || null, { replace: true })}
          />
        }
        empty={{
          title: "No mentors or coaches yet",
          description: "Add the people your academy can pair with participants: where they work, their band, what they can help with and how many people they can support at once.",
          action: addButton,
        }}
      />
    </>
  );
}
