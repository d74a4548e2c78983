import type { CatalogueCohortFragment } from "@ascent/client";
import { allocationPolicyLabels } from "@ascent/domain";
import { Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { Link } from "react-router";
import { formatLondonDay } from "../../lib/londonTime";
import { cataloguePaths } from "./paths";

/** An open cohort in plain words: when it runs, places left and when applications close (London time). */
export function CatalogueCohortFacts({ cohort, headingOrder = 3 }: { cohort: CatalogueCohortFragment; headingOrder?: 3 | 4 }) {
  const full = cohort.placesRemaining <= 0;
  const callToAction = full ? "Join the waiting list" : "Apply";
  return (
    <Paper withBorder p="md" component="article" aria-label={cohort.name}>
      <Stack gap={4}>
        <Title order={headingOrder} size="h5">
          {cohort.name}
          {cohort.track ? ` (${cohort.track.name})` : ""}
        </Title>
        <Text size="sm">
          Runs from {formatLondonDay(cohort.startsOn)} to {formatLondonDay(cohort.endsOn)}.
        </Text>
        <Group gap="lg">
          <Text size="sm" fw={600}>
            {full ? "All places are taken; you can join the waiting list." : `${cohort.placesRemaining} of ${cohort.capacity} places left`}
          </Text>
          {cohort.applicationsCloseAtLondon ? (
            <Text size="sm">
              Applications close at{" "}
              <time dateTime={`${cohort.applicationsCloseAtLondon.date}T${cohort.applicationsCloseAtLondon.time}`}>
                {cohort.applicationsCloseAtLondon.text}
              </time>
            </Text>
          ) : null}
        </Group>
        <Group justify="space-between" align="center" mt={4}>
          <Text size="sm" c="dimmed">
            {allocationPolicyLabels[cohort.allocationPolicy]}
          </Text>
          {/* The accessible name starts with the visible words, so speech control ("click Apply") still finds it. */}
          <Button component={Link} to={cataloguePaths.apply(cohort.id)} size="sm" aria-label={`${callToAction} for ${cohort.name}`}>
            {callToAction}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
