import { cohortPlacesQuery } from "@ascent/client";
import { Button, Group, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useEffect } from "react";
import { Link } from "react-router";
import { useQuery } from "urql";
import { APPLICATION_TYPENAMES } from "./CohortApplicationsFrame";
import { staffApplicationPaths } from "./paths";

/** Applications arrive and answers come in while the page is open: the counts refresh this often. */
const REFRESH_MS = 20_000;

function Count({ label, value }: { label: string; value: number }) {
  return (
    <Paper withBorder p="sm">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} size="xl">
        {value}
      </Text>
    </Paper>
  );
}

/** On a cohort's page, for academy staff: places held, offered and accepted, the waiting list, and the participants. */
export function CohortPlacesSection({ cohortId }: { cohortId: string }) {
  // Any change to an application in this console refetches the counts at once; others' changes show within REFRESH_MS.
  const [{ data }, reexecute] = useQuery({ query: cohortPlacesQuery, variables: { id: cohortId }, requestPolicy: "cache-and-network", context: APPLICATION_TYPENAMES });
  useEffect(() => {
    const timer = setInterval(() => {
      if (document.visibilityState === "visible") reexecute({ requestPolicy: "network-only" });
    }, REFRESH_MS);
    return () => clearInterval(timer);
  }, [reexecute]);
  const cohort = data?.cohort;
  if (!cohort?.placeCounts) return null;
  const counts = cohort.placeCounts;
  return (
    <Stack gap="sm" component="section" aria-labelledby="places-heading">
      <Group justify="space-between">
        <Title order={2} size="h3" id="places-heading">
          Places and participants
        </Title>
        <Text size="sm" aria-live="polite">
          {cohort.placesRemaining} of {cohort.capacity} places free
        </Text>
      </Group>
      <Group gap="sm">
        <Button component={Link} to={staffApplicationPaths.queue(cohortId)}>
          Applications
        </Button>
        <Button component={Link} to={staffApplicationPaths.waitlist(cohortId)} variant="default">
          Waiting list ({counts.waitlisted})
        </Button>
        {cohort.allocationPolicy === "PANEL_SELECTION" ? (
          <Button component={Link} to={staffApplicationPaths.panel(cohortId)} variant="default">
            Panel ({counts.underReview} under review)
          </Button>
        ) : null}
      </Group>
      <SimpleGrid cols={{ base: 2, sm: 3, md: 6 }}>
        <Count label="Held (awaiting line manager)" value={counts.held} />
        <Count label="Offered" value={counts.offered} />
        <Count label="Accepted" value={counts.accepted} />
        <Count label="Waiting list" value={counts.waitlisted} />
        <Count label="Under review" value={counts.underReview} />
        <Count label="Endorsements awaited" value={counts.awaitingEndorsement} />
      </SimpleGrid>
      {cohort.participants && cohort.participants.totalCount > 0 ? (
        <Text size="sm">
          {cohort.participants.totalCount} on the roster: see the roster below for their status, attendance and completion.
        </Text>
      ) : (
        <Text size="sm">No participants yet: people appear on the roster when they accept their offer.</Text>
      )}
    </Stack>
  );
}
