import { cohortLearningSetsQuery } from "@ascent/client";
import { Anchor, Group, Paper, Text, Title } from "@mantine/core";
import { Link } from "react-router";
import { useQuery } from "urql";
import { actionLearningPaths } from "./paths";

/** On a cohort's page: how its Action Learning Sets stand, with the way to them. Nothing for those who can't see sets, or a programme that doesn't use them. */
export function LearningSetsSummary({ cohortId }: { cohortId: string }) {
  const [{ data }] = useQuery({ query: cohortLearningSetsQuery, variables: { id: cohortId }, requestPolicy: "cache-and-network" });
  const cohort = data?.cohort;
  const sets = cohort?.learningSets;
  if (!cohort || !sets || (cohort.programme.actionLearningSetSize === null && sets.length === 0)) return null;
  const inSets = sets.reduce((sum, set) => sum + set.memberCount, 0);
  const waiting = cohort.participantsWithoutLearningSet?.length ?? 0;
  const meetings = sets.reduce((sum, set) => sum + set.meetings.length, 0);
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="learning-sets-heading">
      <Group justify="space-between" align="flex-start" mb="xs">
        <Title order={2} size="h4" id="learning-sets-heading">
          Action Learning Sets
        </Title>
        <Anchor component={Link} to={actionLearningPaths.sets(cohortId)}>
          Open the Action Learning Sets
        </Anchor>
      </Group>
      <Text size="sm">
        {sets.length === 0
          ? "No sets yet."
          : `${sets.length} ${sets.length === 1 ? "set" : "sets"}: ${sets.map((s) => `${s.name} (${s.memberCount})`).join(", ")}. ${inSets} ${inSets === 1 ? "participant" : "participants"} in a set, ${waiting} without one; ${meetings} ${meetings === 1 ? "meeting" : "meetings"} scheduled.`}
      </Text>
    </Paper>
  );
}
