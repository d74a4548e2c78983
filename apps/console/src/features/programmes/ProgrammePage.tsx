import { cohortStatusLabels, Role } from "@ascent/domain";
import { Anchor, Button, Group, List, Paper, Stack, Text, Title } from "@mantine/core";
import { Link } from "react-router";
import { PageHeader } from "../../components/PageHeader";
import { RequireRole } from "../../components/RequireRole";
import { formatLondonDay } from "../../lib/londonTime";
import { useSignedInUser } from "../../lib/signedInUser";
import { SelectionCriteriaSection } from "../applications";
import { CompletionRuleSection } from "../delivery";
import { auditPaths } from "../audit";
import { cohortPaths } from "../cohorts";
import { ProgrammeDetails } from "./ProgrammeDetails";
import { PROGRAMME_EDITORS } from "./ProgrammesListPage";
import { ProgrammeStatusActions } from "./ProgrammeStatusActions";
import { ProgrammeStatusBadge } from "./ProgrammeStatusBadge";
import { TracksSection } from "./TracksSection";
import { useProgrammePage } from "./useProgrammePage";

export function ProgrammePage() {
  return (
    <RequireRole roles={PROGRAMME_EDITORS} title="Programme">
      <Programme />
    </RequireRole>
  );
}

function Programme() {
  const { role } = useSignedInUser();
  const { programme, instead, backLink } = useProgrammePage((found) => found.title);
  if (!programme) return instead;

  return (
    <>
      <PageHeader
        title={programme.title}
        above={backLink}
        actions={
          role === Role.ADMIN ? (
            <Anchor component={Link} to={auditPaths.auditOf(programme.id)} size="sm">
              Audit trail of this programme
            </Anchor>
          ) : undefined
        }
      />
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
        <ProgrammeDetails programme={programme} />
        <TracksSection programmeId={programme.id} tracks={programme.tracks} />
        <SelectionCriteriaSection programmeId={programme.id} />
        <CompletionRuleSection programmeId={programme.id} />
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
