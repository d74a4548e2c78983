import { applicationsCohortQuery, cohortApplicationsCsvQuery, type ApplicationsCohortQuery } from "@ascent/client";
import { Alert, Anchor, Button, Group, Text } from "@mantine/core";
import { useState, type ReactNode } from "react";
import { Link, NavLink, useParams } from "react-router";
import { useClient, useQuery } from "urql";
import { BackLink } from "../../components/BackLink";
import { ErrorState } from "../../components/ErrorState";
import { LoadingState } from "../../components/LoadingState";
import { PageHeader } from "../../components/PageHeader";
import { problemSentence } from "../../lib/graphqlErrors";
import { usePageTitle } from "../../lib/usePageTitle";
import { applicationsCsvFileName, downloadCsv } from "./downloadCsv";
import { staffApplicationPaths } from "./paths";

export type ApplicationsCohort = NonNullable<ApplicationsCohortQuery["cohort"]>;

/** Refetches place counts whenever an application changes (urql's document cache keys on typenames). */
export const APPLICATION_TYPENAMES = { additionalTypenames: ["Application"] };

function CsvButton({ cohortId }: { cohortId: string }) {
  const client = useClient();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  async function download() {
    setBusy(true);
    setProblem(null);
    const result = await client.query(cohortApplicationsCsvQuery, { id: cohortId }, { requestPolicy: "network-only" }).toPromise();
    setBusy(false);
    const cohort = result.data?.cohort;
    if (result.error || !cohort?.applicationsCsv) {
      setProblem(result.error ? problemSentence(result.error) : "The export could not be made.");
      return;
    }
    downloadCsv(cohort.applicationsCsv, applicationsCsvFileName(cohort.name));
  }
  return (
    <>
      <Button variant="default" onClick={download} loading={busy}>
        Download CSV
      </Button>
      {problem ? (
        <Alert color="red" role="alert" title="No export">
          {problem}
        </Alert>
      ) : null}
    </>
  );
}

const TABS = [
  { label: "Queue", to: staffApplicationPaths.queue },
  { label: "Waiting list", to: staffApplicationPaths.waitlist },
  { label: "Panel", to: staffApplicationPaths.panel, panelOnly: true },
] as const;

/**
 * The frame of a cohort's staff screens: title, the way back to the cohort,
 * links between queue, waiting list and panel, and the CSV export.
 */
export function CohortApplicationsFrame({ title, children }: { title: string; children: (cohort: ApplicationsCohort) => ReactNode }) {
  const { cohortId = "" } = useParams();
  const [{ data, error }, reexecute] = useQuery({ query: applicationsCohortQuery, variables: { id: cohortId }, requestPolicy: "cache-and-network", context: APPLICATION_TYPENAMES });
  const cohort = data?.cohort;
  usePageTitle(cohort ? `${title}: ${cohort.name}` : title);
  const back = <BackLink to={`/cohorts/${cohortId}`}>Back to the cohort</BackLink>;
  if (error && !data) {
    return (
      <>
        <PageHeader title={title} above={back} />
        <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: "network-only" })} />
      </>
    );
  }
  if (!data) {
    return (
      <>
        <PageHeader title={title} above={back} />
        <LoadingState label="Loading the cohort" lines={6} />
      </>
    );
  }
  if (!cohort?.placeCounts) {
    return (
      <>
        <PageHeader title={title} above={back} />
        <Text>
          There is no cohort of your academy at this address.{" "}
          <Anchor component={Link} to="/cohorts">
            See all cohorts
          </Anchor>
          .
        </Text>
      </>
    );
  }
  const counts = cohort.placeCounts;
  return (
    <>
      <PageHeader title={`${title}: ${cohort.name}`} above={back} actions={<CsvButton cohortId={cohort.id} />} />
      <Group component="nav" aria-label="Applications to this cohort" gap="md" mb="sm">
        {TABS.filter((tab) => !("panelOnly" in tab) || cohort.allocationPolicy === "PANEL_SELECTION").map((tab) => (
          <Anchor key={tab.label} component={NavLink} to={tab.to(cohort.id)} end fw={600} style={({ isActive }: { isActive: boolean }) => (isActive ? { textDecoration: "underline" } : undefined)}>
            {tab.label}
          </Anchor>
        ))}
      </Group>
      <Text size="sm" mb="md">
        {cohort.placesRemaining} of {cohort.capacity} places free · {counts.held} held · {counts.offered} offered · {counts.accepted} accepted · {counts.waitlisted} waiting
        {cohort.allocationPolicy === "PANEL_SELECTION" ? ` · ${counts.underReview} under review` : ""}
      </Text>
      {children(cohort)}
    </>
  );
}

