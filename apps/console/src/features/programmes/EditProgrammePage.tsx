import { programmeQuery } from "@ascent/client";
import { cohortStatusLabels } from "@ascent/domain";
import { Anchor, Button, Group, List, Paper, Stack, Text, Title } from "@mantine/core";
import { Link, useParams } from "react-router";
import { useQuery } from "urql";
import { cohortPaths } from "../cohorts";
import { programmePaths } from "./paths";
import { BackLink } from "../../components/BackLink";
import { ErrorState } from "../../components/ErrorState";
import { LoadingState } from "../../components/LoadingState";
import { PageHeader } from "../../components/PageHeader";
import { RequireRole } from "../../components/RequireRole";
import { usePageTitle } from "../../lib/usePageTitle";
import { formatLondonDay } from "../../lib/londonTime";
import { EditProgrammeForm } from "./EditProgrammeForm";
import { PROGRAMME_EDITORS } from "./ProgrammesListPage";
import { ProgrammeStatusActions } from "./ProgrammeStatusActions";
import { ProgrammeStatusBadge } from "./ProgrammeStatusBadge";
import { TracksSection } from "./TracksSection";

const REFETCH_AFTER_CHANGES_TO = { additionalTypenames: ["Track", "Cohort"] };

export function EditProgrammePage() {
  return (
    <RequireRole roles={PROGRAMME_EDITORS} title="Programme">
      <EditProgramme />
    </RequireRole>
  );
}

function EditProgramme() {
  const { id = "" } = useParams();
  // A programme's first track (or cohort) is not in its cached answer yet, so name those types for urql to refetch it after they are added.
  const [{ data, error }, reexecute] = useQuery({ query: programmeQuery, variables: { id }, context: REFETCH_AFTER_CHANGES_TO });
  const programme = data?.programme;
  usePageTitle(programme ? programme.title : data ? "Programme not found" : "Programme");
  const back = <BackLink to={programmePaths.programmes}>Back to programmes</BackLink>;

  if (error && !data) {
    return (
      <>
        <PageHeader title="Programme" above={back} />
        <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: "network-only" })} />
      </>
    );
  }
  if (!data) {
    return (
      <>
        <PageHeader title="Programme" above={back} />
        <LoadingState label="Loading the programme" lines={8} />
      </>
    );
  }
  if (!programme) {
    return (
      <>
        <PageHeader title="Programme not found" above={back} />
        <Text>
          There is no programme at this address. It may have been removed, or the link may be wrong.{" "}
          <Anchor component={Link} to={programmePaths.programmes}>
            See all programmes
          </Anchor>
          .
        </Text>
      </>
    );
  }

  return (
    <>
      <PageHeader title={programme.title} above={back} />
      <Stack gap="lg">
        <Paper withBorder p="lg" component="section" aria-labelledby="status-heading" maw={880}>
          <Group justify="space-between" align="flex-start">
            <Stack gap={4}>
              <Title order={2} size="h4" id="status-heading">
                Status
              </Title>
              <Group gap="xs">
                <ProgrammeStatusBadge status={programme.status} />
                <Text size="sm" c="dimmed">
                  {programme.academy.name}
                </Text>
              </Group>
            </Stack>
            <ProgrammeStatusActions programme={programme} />
          </Group>
        </Paper>
        {/* Keyed by id so moving to another programme starts a fresh form. */}
        <EditProgrammeForm key={programme.id} programme={programme} />
        <TracksSection programmeId={programme.id} tracks={programme.tracks} />
        <Paper withBorder p="lg" component="section" aria-labelledby="cohorts-heading" maw={880}>
          <Group justify="space-between" mb="sm">
            <Title order={2} size="h4" id="cohorts-heading">
              Cohorts
            </Title>
            <Button component={Link} to={`${cohortPaths.newCohort}?programme=${encodeURIComponent(programme.id)}`} variant="default">
              New cohort
            </Button>
          </Group>
          {programme.cohorts.length === 0 ? (
            <Text size="sm">No cohorts yet.</Text>
          ) : (
            <List spacing="xs">
              {programme.cohorts.map((cohort) => (
                <List.Item key={cohort.id}>
                  <Anchor component={Link} to={cohortPaths.cohort(cohort.id)}>
                    {cohort.name}
                  </Anchor>
                  {cohort.track ? ` (${cohort.track.name})` : ""} — {cohortStatusLabels[cohort.status]}, starts {formatLondonDay(cohort.startsOn)}
                </List.Item>
              ))}
            </List>
          )}
        </Paper>
      </Stack>
    </>
  );
}
