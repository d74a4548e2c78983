import { cohortApplicationsQuery, type QueueApplicationFieldsFragment } from "@ascent/client";
import { ApplicationStatus, applicationStatusLabels, EndorsementStatus, endorsementStatusLabels, Role } from "@ascent/domain";
import { Anchor, Checkbox, MultiSelect, Select, Text } from "@mantine/core";
import { useMemo, useState } from "react";
import { Link } from "react-router";
import { useQuery } from "urql";
import { Absent } from "../../components/Absent";
import { CursorList, type ListColumn } from "../../components/CursorList";
import { DebouncedSearchInput } from "../../components/DebouncedSearchInput";
import { RequireRole } from "../../components/RequireRole";
import { pageVariables, useCursorListParams, type SortOptions } from "../../components/useCursorListParams";
import { formatLondonInstant } from "../../lib/londonTime";
import { ApplicationStatusBadge } from "./ApplicationStatusBadge";
import { BulkActionBar, type BulkAction, type BulkOutcome } from "./BulkActionBar";
import { BulkResults } from "./BulkResults";
import { APPLICATION_TYPENAMES, CohortApplicationsFrame, type ApplicationsCohort } from "./CohortApplicationsFrame";
import { staffApplicationPaths } from "./paths";

export const QUEUE_PAGE_SIZE = 25;
const KEYS = { status: "status", eligible: "eligible", endorsement: "endorsement", search: "q" } as const;
const sortOptions: SortOptions<"RECEIPT"> = { columns: { RECEIPT: { label: "Received", firstDirection: "ASC" } }, defaultField: "RECEIPT" };

const statusOptions = Object.values(ApplicationStatus).map((value) => ({ value, label: applicationStatusLabels[value] }));
const endorsementOptions = Object.values(EndorsementStatus).map((value) => ({ value, label: endorsementStatusLabels[value] }));
const isStatus = (value: string): value is ApplicationStatus => Object.hasOwn(applicationStatusLabels, value);
const isEndorsement = (value: string): value is EndorsementStatus => Object.hasOwn(endorsementStatusLabels, value);

export const applicantName = (application: Pick<QueueApplicationFieldsFragment, "applicantName" | "erasedAt">) => (application.erasedAt ? "(erased)" : (application.applicantName ?? "(no name)"));
export const employerOf = (application: Pick<QueueApplicationFieldsFragment, "organisation" | "organisationName">) => application.organisation?.name ?? application.organisationName;

export function ApplicantCell({ application }: { application: QueueApplicationFieldsFragment }) {
  return (
    <>
      <Anchor component={Link} to={staffApplicationPaths.application(application.id)} fw={600}>
        {applicantName(application)}
      </Anchor>
      <Text size="xs" c="dimmed">
        {application.reference}
        {application.jobTitle ? ` · ${application.jobTitle}` : ""}
      </Text>
    </>
  );
}

export function ApplicationQueuePage() {
  return (
    <RequireRole roles={[Role.ADMIN, Role.PROGRAMME_MANAGER]} title="Applications">
      <CohortApplicationsFrame title="Applications">{(cohort) => <Queue cohort={cohort} />}</CohortApplicationsFrame>
    </RequireRole>
  );
}

function Queue({ cohort }: { cohort: ApplicationsCohort }) {
  const list = useCursorListParams(Object.values(KEYS), sortOptions);
  const statuses = list.query.getAll(KEYS.status).filter(isStatus);
  const endorsements = list.query.getAll(KEYS.endorsement).filter(isEndorsement);
  const eligibleParam = list.query.get(KEYS.eligible);
  const search = list.query.get(KEYS.search)?.trim() ?? "";
  const [selected, setSelected] = useState<string[]>([]);
  const [outcome, setOutcome] = useState<{ title: string; results: BulkOutcome } | null>(null);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: cohortApplicationsQuery,
    variables: {
      ...pageVariables(list.position, QUEUE_PAGE_SIZE),
      filter: {
        cohortId: cohort.id,
        status: statuses.length ? (statuses as never) : null,
        endorsementStatus: endorsements.length ? (endorsements as never) : null,
        eligible: eligibleParam === "yes" ? true : eligibleParam === "no" ? false : null,
        search: search || null,
      },
      orderBy: { field: "RECEIPT" as never, direction: (list.sort?.direction ?? "ASC") as never },
    },
    requestPolicy: "cache-and-network",
    context: APPLICATION_TYPENAMES,
  });
  const rows = useMemo(() => data?.applications.edges.map((e) => e.node) ?? [], [data]);
  const names = useMemo(() => new Map(rows.map((row) => [row.id, `${applicantName(row)} (${row.reference})`])), [rows]);
  const toggle = (id: string, on: boolean) => setSelected((current) => (on ? [...current, id] : current.filter((x) => x !== id)));
  const pageIds = rows.map((row) => row.id);
  const allOnPage = pageIds.length > 0 && pageIds.every((id) => selected.includes(id));
  const actions: BulkAction[] =
    cohort.allocationPolicy === "PANEL_SELECTION" ? ["REJECT", "WITHDRAW", "RESEND_ENDORSEMENT_REQUEST", "OFFER_PLACE", "WAITLIST"] : ["REJECT", "WITHDRAW", "RESEND_ENDORSEMENT_REQUEST"];

  const columns: ListColumn<QueueApplicationFieldsFragment, "RECEIPT">[] = [
    {
      header: "Select",
      hiddenHeader: true,
      cell: (row) => <Checkbox aria-label={`Select ${applicantName(row)} (${row.reference})`} checked={selected.includes(row.id)} onChange={(event) => toggle(row.id, event.currentTarget.checked)} />,
    },
    { header: "No.", nowrap: true, cell: (row) => row.receiptNumber },
    { header: "Applicant", unlabelledOnPhone: true, cell: (row) => <ApplicantCell application={row} /> },
    { header: "Employer", cell: (row) => employerOf(row) ?? <Absent /> },
    {
      header: "Status",
      cell: (row) => (
        <>
          <ApplicationStatusBadge status={row.status} />
          {row.waitlistPosition ? <Text size="xs">Position {row.waitlistPosition}</Text> : null}
          {!row.eligible && row.status !== "INELIGIBLE" ? <Text size="xs">Not eligible</Text> : null}
        </>
      ),
    },
    { header: "Endorsement", cell: (row) => endorsementStatusLabels[row.endorsement.status] },
    { header: "Received", nowrap: true, sortField: "RECEIPT", cell: (row) => formatLondonInstant(row.receivedAt) },
  ];

  return (
    <>
      {outcome ? <BulkResults title={outcome.title} results={outcome.results} nameOf={(id) => names.get(id) ?? id} /> : null}
      <Checkbox
        mb="sm"
        label="Select every application on this page"
        checked={allOnPage}
        disabled={pageIds.length === 0}
        onChange={(event) => setSelected((current) => (event.currentTarget.checked ? [...new Set([...current, ...pageIds])] : current.filter((id) => !pageIds.includes(id))))}
      />
      <BulkActionBar
        selected={selected}
        actions={actions}
        onClear={() => setSelected([])}
        onDone={(title, results) => {
          setOutcome({ title, results });
          setSelected([]);
          reexecute({ requestPolicy: "network-only" });
        }}
      />
      <CursorList
        noun="applications"
        caption={`Applications to ${cohort.name}, by receipt, ${list.sort?.direction === "DESC" ? "newest" : "oldest"} first`}
        list={list}
        pageSize={QUEUE_PAGE_SIZE}
        connection={data?.applications}
        fetching={fetching}
        error={error}
        retry={() => reexecute({ requestPolicy: "network-only" })}
        columns={columns}
        rowKey={(row) => row.id}
        minWidth={900}
        filters={
          <>
            <DebouncedSearchInput label="Search" placeholder="Name, email or reference" value={search} onSearch={(value) => list.setFilter(KEYS.search, value, { replace: true })} />
            <MultiSelect label="Status" placeholder={statuses.length ? undefined : "Any status"} data={statusOptions} value={statuses} onChange={(values) => list.setFilter(KEYS.status, values)} clearable w={{ base: "100%", sm: 260 }} />
            <Select
              label="Eligibility"
              data={[
                { value: "", label: "Eligible or not" },
                { value: "yes", label: "Eligible" },
                { value: "no", label: "Not eligible" },
              ]}
              value={eligibleParam ?? ""}
              onChange={(value) => list.setFilter(KEYS.eligible, value || null)}
              allowDeselect={false}
              w={{ base: "100%", sm: 180 }}
            />
            <MultiSelect
              label="Endorsement"
              placeholder={endorsements.length ? undefined : "Any endorsement"}
              data={endorsementOptions}
              value={endorsements}
              onChange={(values) => list.setFilter(KEYS.endorsement, values)}
              clearable
              w={{ base: "100%", sm: 260 }}
            />
          </>
        }
        empty={{ title: "No applications yet", description: "Applications appear here as they arrive, in the order the server received them." }}
      />
    </>
  );
}
