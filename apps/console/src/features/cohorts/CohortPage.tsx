import { cohortQuery, updateCohortMutation, type CohortDetailsFragment } from "@ascent/client";
import { allocationPolicyLabels, Role, trackChangeBlocker } from "@ascent/domain";
import { Anchor, Group, List, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useRef, useState } from "react";
import { Link, useParams } from "react-router";
import { useMutation, useQuery } from "urql";
import { cohortPaths } from "./paths";
import { auditPaths } from "../audit";
import { programmePaths } from "../programmes";
import { BackLink } from "../../components/BackLink";
import { ErrorState } from "../../components/ErrorState";
import { LoadingState } from "../../components/LoadingState";
import { PageHeader } from "../../components/PageHeader";
import { usePageTitle } from "../../lib/usePageTitle";
import { useSignedInUser } from "../../lib/signedInUser";
import { CohortForm } from "./CohortForm";
import { formValuesFromCohort, hasChanges, toUpdateCohortInput, type CohortFormValues } from "./cohortFormValues";
import { COHORT_MANAGERS } from "./CohortsListPage";
import { CohortStatusActions } from "./CohortStatusActions";
import { CohortStatusBadge } from "./CohortStatusBadge";
import { CohortPlacesSection } from "../applications";
import { FairSelectionLink } from "../equality-monitoring";
import { MentoringGateSection } from "../mentoring";
import { LearningSetsSummary } from "../action-learning";
import { RosterSection } from "../delivery";
import { FacilitatorsSection } from "./FacilitatorsSection";
import { formatLondonDay } from "../../lib/londonTime";
import { ScheduleSection } from "./ScheduleSection";
import type { SaveOutcome } from "../../lib/serverUserErrors";

export function CohortPage() {
  const { id = "" } = useParams();
  const user = useSignedInUser();
  const canManage = COHORT_MANAGERS.includes(user.role);
  const [{ data, error }, reexecute] = useQuery({ query: cohortQuery, variables: { id, canManage } });
  const cohort = data?.cohort;
  usePageTitle(cohort ? cohort.name : data ? "Cohort not found" : "Cohort");
  const back = <BackLink to={cohortPaths.cohorts}>Back to cohorts</BackLink>;

  if (error && !data) {
    return (
      <>
        <PageHeader title="Cohort" above={back} />
        <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: "network-only" })} />
      </>
    );
  }
  if (!data) {
    return (
      <>
        <PageHeader title="Cohort" above={back} />
        <LoadingState label="Loading the cohort" lines={8} />
      </>
    );
  }
  if (!cohort) {
    return (
      <>
        <PageHeader title="Cohort not found" above={back} />
        <Text>
          There is no cohort at this address. It may have been removed, or the link may be wrong.{" "}
          <Anchor component={Link} to={cohortPaths.cohorts}>
            See all cohorts
          </Anchor>
          .
        </Text>
      </>
    );
  }

  return (
    <>
      <PageHeader
        title={cohort.name}
        above={back}
        actions={
          user.role === Role.ADMIN ? (
            <Anchor component={Link} to={auditPaths.auditOf(cohort.id)} size="sm">
              Audit trail of this cohort
            </Anchor>
          ) : undefined
        }
      />
      <Stack gap="lg" maw={1100}>
        <Text>
          {canManage ? (
            <Anchor component={Link} to={programmePaths.programme(cohort.programme.id)}>
              {cohort.programme.title}
            </Anchor>
          ) : (
            cohort.programme.title
          )}
          {cohort.track ? `, ${cohort.track.name}` : ""}
          {canManage ? <> · <FairSelectionLink id={cohort.id} /></> : null}
        </Text>
        <Paper withBorder p="lg" component="section" aria-labelledby="status-heading">
          <Group justify="space-between" align="flex-start" mb="md">
            <Group gap="sm">
              <Title order={2} size="h4" id="status-heading">
                Status
              </Title>
              <CohortStatusBadge status={cohort.status} />
            </Group>
            {canManage && cohort.availableTransitions ? <CohortStatusActions cohort={cohort} transitions={cohort.availableTransitions} /> : null}
          </Group>
          <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="md" component="dl" style={{ margin: 0 }}>
            <Fact term="Places left">
              {cohort.placesRemaining} of {cohort.capacity}
            </Fact>
            <Fact term="Waiting list">{cohort.waitlistLength}</Fact>
            <Fact term="Applications open">{cohort.applicationsOpenAtLondon?.text ?? "Not set"}</Fact>
            <Fact term="Applications close">{cohort.applicationsCloseAtLondon?.text ?? "Not set"}</Fact>
            <Fact term="Dates">
              {formatLondonDay(cohort.startsOn)} to {formatLondonDay(cohort.endsOn)}
            </Fact>
            <Fact term="How places are given">{allocationPolicyLabels[cohort.allocationPolicy]}</Fact>
            <Fact term="Taking applications now">{cohort.openForApplications ? "Yes" : "No"}</Fact>
          </SimpleGrid>
          {cohort.eligibilitySummary.length > 0 ? (
            <>
              <Title order={3} size="h5" mt="md" mb="xs">
                Who can apply
              </Title>
              <List size="sm">
                {cohort.eligibilitySummary.map((sentence) => (
                  <List.Item key={sentence}>{sentence}</List.Item>
                ))}
              </List>
            </>
          ) : null}
        </Paper>
        {canManage ? <CohortPlacesSection cohortId={cohort.id} /> : null}
        <RosterSection cohortId={cohort.id} canManage={canManage} />
        {canManage ? <MentoringGateSection cohortId={cohort.id} /> : null}
        <LearningSetsSummary cohortId={cohort.id} />
        <ScheduleSection cohort={cohort} sessions={cohort.sessions} facilitators={cohort.facilitators} canManage={canManage} />
        <FacilitatorsSection cohortId={cohort.id} facilitators={cohort.facilitators} canManage={canManage} />
        {canManage ? (
          <Paper withBorder p="lg" component="section" aria-labelledby="details-heading">
            <Title order={2} size="h4" mb="md" id="details-heading">
              Cohort details
            </Title>
            <EditCohortForm key={cohort.id} cohort={cohort} />
          </Paper>
        ) : null}
      </Stack>
    </>
  );
}

function Fact({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div>
      <Text component="dt" size="sm" c="dimmed">
        {term}
      </Text>
      <Text component="dd" fw={500} m={0}>
        {children}
      </Text>
    </div>
  );
}

function EditCohortForm({ cohort }: { cohort: CohortDetailsFragment }) {
  const [, updateCohort] = useMutation(updateCohortMutation);
  const [initialValues] = useState(() => formValuesFromCohort(cohort));
  const saved = useRef(initialValues);

  async function save(values: CohortFormValues): Promise<SaveOutcome> {
    const input = toUpdateCohortInput(cohort.id, values, saved.current);
    if (!hasChanges(input)) {
      notifications.show({ title: "No changes to save", message: "Nothing has been changed since the last save." });
      return { saved: true };
    }
    const result = await updateCohort({ input });
    const payload = result.data?.updateCohort;
    if (result.error || !payload) return { saved: false, error: result.error };
    if (!payload.cohort) return { saved: false, userErrors: payload.userErrors };
    saved.current = formValuesFromCohort(payload.cohort);
    notifications.show({ color: "green", title: "Changes saved", message: `${payload.cohort.name} has been updated.` });
    return { saved: true };
  }

  return (
    <CohortForm
      initialValues={initialValues}
      fixedProgramme={{
        title: cohort.programme.title,
        trackName: cohort.track?.name ?? null,
        trackLockedBecause: trackChangeBlocker({ status: cohort.status, sessionCount: cohort.sessionCount }),
      }}
      submitLabel="Save changes"
      onSave={save}
    />
  );
}
