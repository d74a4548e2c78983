import { cohortMentoringGateQuery } from "@ascent/client";
import { Anchor, Group, List, Paper, Text, Title } from "@mantine/core";
import { Link } from "react-router";
import { useQuery } from "urql";
import { StatusBadge } from "../../components/StatusBadge";
import { mentoringPaths } from "./paths";

/**
 * On a cohort's page, for academy staff: "a mentor or coach in place before
 * the start", met or not, and who is missing one.
 */
export function MentoringGateSection({ cohortId, linkToBoard = true }: { cohortId: string; linkToBoard?: boolean }) {
  const [{ data }] = useQuery({ query: cohortMentoringGateQuery, variables: { id: cohortId }, requestPolicy: "cache-and-network" });
  const gate = data?.cohort?.mentoringGate;
  if (!gate) return null;
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="mentoring-gate-heading">
      <Group justify="space-between" align="flex-start" mb="sm">
        <Group gap="sm">
          <Title order={2} size="h4" id="mentoring-gate-heading">
            Mentor or coach before the start
          </Title>
          <MentoringGateBadge met={gate.met} required={gate.required} />
        </Group>
        {linkToBoard ? (
          <Anchor component={Link} to={mentoringPaths.board(cohortId)}>
            Open the mentoring board
          </Anchor>
        ) : null}
      </Group>
      <Text size="sm" mb={gate.missing.length > 0 ? "xs" : 0}>
        {gate.participantCount === 0
          ? "No participants yet."
          : `${gate.inPlaceCount} of ${gate.participantCount} participants have a mentor or coach in place by the first day.`}
        {gate.required ? "" : " The programme doesn't require one."}
        {gate.minimumMonths ? ` Relationships should last at least ${gate.minimumMonths} months.` : ""}
      </Text>
      {gate.missing.length > 0 ? (
        <List size="sm" aria-label="Missing a mentor or coach">
          {gate.missing.map(({ participant, explanation }) => (
            <List.Item key={participant.id}>
              <strong>{participant.name ?? "Name erased"}</strong>: {explanation}
            </List.Item>
          ))}
        </List>
      ) : null}
    </Paper>
  );
}

export function MentoringGateBadge({ met, required }: { met: boolean; required: boolean }) {
  if (met) return <StatusBadge label="Met" dotColor="green.7" />;
  return required ? <StatusBadge label="Not met" dotColor="red.7" /> : <StatusBadge label="Not required" dotColor="gray.6" />;
}
