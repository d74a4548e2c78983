import { cohortApplicationsQuery, type QueueApplicationFieldsFragment } from "@ascent/client";
import { Role } from "@ascent/domain";
import { Anchor, Button, Checkbox, Group, Paper, Stack, Text, VisuallyHidden } from "@mantine/core";
import { useMemo, useState } from "react";
import { Link } from "react-router";
import { useQuery } from "urql";
import { Absent } from "../../components/Absent";
import { CursorList, type ListColumn } from "../../components/CursorList";
import { FormProblems } from "../../components/FormProblems";
import { RequireRole } from "../../components/RequireRole";
import { pageVariables, useCursorListParams } from "../../components/useCursorListParams";
import { useSignedInUser } from "../../lib/signedInUser";
import { ApplicantCell, applicantName, employerOf } from "./ApplicationQueuePage";
import { useBulkAction, type BulkAction, type BulkOutcome } from "./BulkActionBar";
import { BulkResults } from "./BulkResults";
import { APPLICATION_TYPENAMES, CohortApplicationsFrame, type ApplicationsCohort } from "./CohortApplicationsFrame";
import { staffApplicationPaths } from "./paths";

/** The shortlist is chosen from the page shown, best first (25 keeps the query within the api's cost limit). */
const PANEL_PAGE_SIZE = 25;

export const formatMean = (value: number | null | undefined) => (value === null || value === undefined ? null : Number.isInteger(value) ? String(value) : value.toFixed(2));

export function PanelPage() {
  return (
    <RequireRole roles={[Role.ADMIN, Role.PROGRAMME_MANAGER]} title="Panel">
      <CohortApplicationsFrame title="Panel">{(cohort) => <Panel cohort={cohort} />}</CohortApplicationsFrame>
    </RequireRole>
  );
}

function Panel({ cohort }: { cohort: ApplicationsCohort }) {
  const user = useSignedInUser();
  const list = useCursorListParams([]);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: cohortApplicationsQuery,
    variables: { ...pageVariables(list.position, PANEL_PAGE_SIZE), filter: { cohortId: cohort.id, status: ["SUBMITTED"] as never }, orderBy: { field: "RANKING" as never, direction: "ASC" as never } },
    requestPolicy: "cache-and-network",
    context: APPLICATION_TYPENAMES,
  });
  const rows = useMemo(() => data?.applications.edges.map((e) => e.node) ?? [], [data]);
  const rankOf = useMemo(() => new Map(rows.map((row, index) => [row.id, (list.position.page - 1) * PANEL_PAGE_SIZE + index + 1])), [rows, list.position.page]);
  const names = useMemo(() => new Map(rows.map((row) => [row.id, `${applicantName(row)} (${row.reference})`])), [rows]);
  const [shortlist, setShortlist] = useState<string[] | null>(null);
  const [outcome, setOutcome] = useState<{ title: string; results: BulkOutcome } | null>(null);
  const { run, busy, problems } = useBulkAction((title, results) => {
    setOutcome({ title, results });
    setShortlist(null);
    reexecute({ requestPolicy: "network-only" });
  });
  // Until staff change it, the shortlist is the top of the ranking: as many scored applications as there are free places.
  const suggested = useMemo(() => rows.filter((row) => row.meanScore !== null).slice(0, cohort.placesRemaining).map((row) => row.id), [rows, cohort.placesRemaining]);
  const chosen = shortlist ?? suggested;
  const inRankOrder = (ids: readonly string[]) => rows.map((row) => row.id).filter((id) => ids.includes(id));
  const rest = rows.map((row) => row.id).filter((id) => !chosen.includes(id));
  const act = (ids: readonly string[], action: BulkAction) => run(inRankOrder(ids), action, null);
  const criteriaMissing = cohort.programme.selectionCriteria.length === 0;

  const columns: ListColumn<QueueApplicationFieldsFragment>[] = [
    {
      header: "Shortlist",
      cell: (row) => (
        <Checkbox
          aria-label={`Shortlist ${applicantName(row)} (${row.reference})`}
          checked={chosen.includes(row.id)}
          onChange={(event) => {
            const on = event.currentTarget.checked;
            setShortlist((current) => (on ? [...(current ?? suggested), row.id] : (current ?? suggested).filter((id) => id !== row.id)));
          }}
        />
      ),
    },
    { header: "Rank", nowrap: true, cell: (row) => rankOf.get(row.id) },
    { header: "Applicant", unlabelledOnPhone: true, cell: (row) => <ApplicantCell application={row} /> },
    { header: "Employer", cell: (row) => employerOf(row) ?? <Absent /> },
    { header: "Mean score", nowrap: true, cell: (row) => formatMean(row.meanScore) ?? "Not scored" },
    { header: "Reviews", nowrap: true, cell: (row) => row.panelScores.length },
    {
      header: "Your score",
      cell: (row) => {
        const mine = row.panelScores.find((score) => score.reviewer?.id === user.id);
        return (
          <Anchor component={Link} to={staffApplicationPaths.score(row.id)}>
            {mine ? `${mine.total}: change` : "Score"}
            <VisuallyHidden>{` ${applicantName(row)}`}</VisuallyHidden>
          </Anchor>
        );
      },
    },
  ];

  return (
    <>
      {criteriaMissing ? (
        <Text mb="md">
          The programme has no selection criteria yet, so applications can't be scored.{" "}
          <Anchor component={Link} to={`/programmes/${cohort.programme.id}`}>
            Add them on the programme's page
          </Anchor>
          .
        </Text>
      ) : (
        <Text size="sm" mb="md">
          Applications under review, ranked by the mean of the reviewers' totals (criteria: {cohort.programme.selectionCriteria.map((c) => `${c.title}, out of ${c.maxScore}`).join("; ")}). Ties and unscored applications
          follow receipt. The waiting list follows the same ranking.
        </Text>
      )}
      {outcome ? <BulkResults title={outcome.title} results={outcome.results} nameOf={(id) => names.get(id) ?? id} /> : null}
      {rows.length > 0 ? (
        <Paper withBorder p="md" mb="md" component="section" aria-label="Offers from the ranking">
          <Stack gap="sm">
            <Text fw={600}>
              Shortlist: {chosen.length} of {rows.length}; {cohort.placesRemaining} places free
            </Text>
            <FormProblems title="Nothing was done" problems={problems} />
            <Group>
              <Button onClick={() => act(chosen, "OFFER_PLACE")} disabled={chosen.length === 0} loading={busy}>
                Offer places to the shortlist ({chosen.length})
              </Button>
              <Button variant="default" onClick={() => act(rest, "WAITLIST")} disabled={rest.length === 0} loading={busy}>
                Put the others on the waiting list ({rest.length})
              </Button>
            </Group>
          </Stack>
        </Paper>
      ) : null}
      <CursorList
        noun="applications under review"
        caption={`Applications to ${cohort.name} under review, ranked by mean panel score`}
        list={list}
        pageSize={PANEL_PAGE_SIZE}
        connection={data?.applications}
        fetching={fetching}
        error={error}
        retry={() => reexecute({ requestPolicy: "network-only" })}
        columns={columns}
        rowKey={(row) => row.id}
        empty={{ title: "Nothing to review", description: "Every application has been decided: see the queue and the waiting list." }}
      />
    </>
  );
}
