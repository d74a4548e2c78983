import { cohortApplicationsQuery, type QueueApplicationFieldsFragment } from "@ascent/client";
import { endorsementStatusLabels, Role } from "@ascent/domain";
import { Text } from "@mantine/core";
import { useQuery } from "urql";
import { Absent } from "../../components/Absent";
import { CursorList, type ListColumn } from "../../components/CursorList";
import { RequireRole } from "../../components/RequireRole";
import { pageVariables, useCursorListParams } from "../../components/useCursorListParams";
import { formatLondonInstant } from "../../lib/londonTime";
import { ApplicantCell, employerOf } from "./ApplicationQueuePage";
import { APPLICATION_TYPENAMES, CohortApplicationsFrame, type ApplicationsCohort } from "./CohortApplicationsFrame";
import { formatMean } from "./PanelPage";

const WAITLIST_PAGE_SIZE = 25;

export function WaitlistPage() {
  return (
    <RequireRole roles={[Role.ADMIN, Role.PROGRAMME_MANAGER]} title="Waiting list">
      <CohortApplicationsFrame title="Waiting list">{(cohort) => <Waitlist cohort={cohort} />}</CohortApplicationsFrame>
    </RequireRole>
  );
}

function Waitlist({ cohort }: { cohort: ApplicationsCohort }) {
  const list = useCursorListParams([]);
  const panel = cohort.allocationPolicy === "PANEL_SELECTION";
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: cohortApplicationsQuery,
    variables: { ...pageVariables(list.position, WAITLIST_PAGE_SIZE), filter: { cohortId: cohort.id, status: ["WAITLISTED"] as never }, orderBy: { field: "RANKING" as never, direction: "ASC" as never } },
    requestPolicy: "cache-and-network",
    context: APPLICATION_TYPENAMES,
  });
  const columns: ListColumn<QueueApplicationFieldsFragment>[] = [
    { header: "Position", nowrap: true, cell: (row) => row.waitlistPosition },
    { header: "Applicant", unlabelledOnPhone: true, cell: (row) => <ApplicantCell application={row} /> },
    { header: "Employer", cell: (row) => employerOf(row) ?? <Absent /> },
    ...(panel ? [{ header: "Mean score", nowrap: true, cell: (row: QueueApplicationFieldsFragment) => formatMean(row.meanScore) ?? "Not scored" }] : []),
    { header: "Endorsement", cell: (row) => endorsementStatusLabels[row.endorsement.status] },
    { header: "Received", nowrap: true, cell: (row) => formatLondonInstant(row.receivedAt) },
  ];
  return (
    <>
      <Text size="sm" mb="md">
        {panel
          ? "In the panel's ranking: the highest mean score first, then receipt. When a place comes free, position 1 is offered it at once."
          : "In order of receipt. When a place comes free, position 1 is offered it at once (or it is held while their line manager is asked)."}
      </Text>
      <CursorList
        noun="people waiting"
        caption={`Waiting list of ${cohort.name}, by position`}
        list={list}
        pageSize={WAITLIST_PAGE_SIZE}
        connection={data?.applications}
        fetching={fetching}
        error={error}
        retry={() => reexecute({ requestPolicy: "network-only" })}
        columns={columns}
        rowKey={(row) => row.id}
        minWidth={700}
        empty={{ title: "No one is waiting", description: "Applicants join the waiting list when every place is held, offered or accepted." }}
      />
    </>
  );
}
