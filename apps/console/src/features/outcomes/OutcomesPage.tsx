import { careerOutcomesCsvQuery, careerOutcomesQuery, outcomeProgrammesQuery, type OutcomeProgrammesQuery } from "@ascent/client";
import { careerOutcomeKindLabels, Role } from "@ascent/domain";
import { Anchor, Button, Group, Paper, Stack, Table, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { Link } from "react-router";
import { useClient, useQuery } from "urql";
import { EmptyState } from "../../components/EmptyState";
import { ErrorState } from "../../components/ErrorState";
import { LoadingState } from "../../components/LoadingState";
import { PageHeader } from "../../components/PageHeader";
import { RequireRole } from "../../components/RequireRole";
import { usePageTitle } from "../../lib/usePageTitle";
import { downloadCsv } from "./downloadCsv";
import { bandChange, groupShortLabel, shortDate } from "./outcomeText";
import { outcomePaths } from "./paths";

const TITLE = "Career outcomes";
type ProgrammeRow = OutcomeProgrammesQuery["programmes"]["edges"][number]["node"];

/** Cohorts whose people can have outcomes: under way or finished (a comparison group exists once places are decided). */
const followedCohorts = (programme: ProgrammeRow) => programme.cohorts.filter((cohort) => cohort.status === "RUNNING" || cohort.status === "COMPLETED");

export function OutcomesPage() {
  usePageTitle(TITLE);
  return (
    <RequireRole roles={[Role.ADMIN, Role.PROGRAMME_MANAGER]} title={TITLE}>
      <Outcomes />
    </RequireRole>
  );
}

function Outcomes() {
  const [{ data, error, fetching }, reexecute] = useQuery({ query: outcomeProgrammesQuery });
  if (error && !data) {
    return (
      <>
        <PageHeader title={TITLE} />
        <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: "network-only" })} />
      </>
    );
  }
  if (!data || fetching) return <LoadingState label="Loading career outcomes" lines={8} />;
  const user = data.viewer?.user;
  const own = data.programmes.edges.map((edge) => edge.node).filter((programme) => user?.role === Role.ADMIN || programme.academy.id === user?.organisation?.id);
  return (
    <>
      <PageHeader title={TITLE} actions={<CsvButton />} />
      <Stack gap="xl" maw={1000}>
        <Text>
          What happened to people's careers after a programme: promotions, acting up, secondments, new roles at the same band and leaving the NHS, for participants and for the
          comparison group (applicants who were waitlisted, never placed, and agreed to be followed up). People are also asked by email at 6, 12 and 24 months after the end.
        </Text>
        <section aria-labelledby="programmes-heading">
          <Title order={2} size="h3" id="programmes-heading" mb="sm">
            Programmes
          </Title>
          {own.length === 0 ? (
            <EmptyState title="No programmes yet" description="Outcomes are recorded for the people of a programme's cohorts once they are under way." />
          ) : (
            <Stack gap="sm">
              {own.map((programme) => (
                <ProgrammeCard key={programme.id} programme={programme} />
              ))}
            </Stack>
          )}
        </section>
        <RecentOutcomes />
      </Stack>
    </>
  );
}

function ProgrammeCard({ programme }: { programme: ProgrammeRow }) {
  const cohorts = followedCohorts(programme);
  return (
    <Paper withBorder p="md">
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
        <Stack gap={4}>
          <Title order={3} size="h4">
            {programme.title}
          </Title>
          <Text size="sm">{programme.academy.name}</Text>
        </Stack>
        <Button component={Link} to={outcomePaths.impact(programme.id)} variant="light">
          Impact of {programme.title}
        </Button>
      </Group>
      {cohorts.length === 0 ? (
        <Text size="sm" mt="xs">
          No cohort under way or finished yet.
        </Text>
      ) : (
        <Group gap="md" mt="sm" wrap="wrap">
          {cohorts.map((cohort) => (
            <Anchor key={cohort.id} component={Link} to={outcomePaths.cohort(cohort.id)} size="sm">
              Record outcomes: {cohort.name}
            </Anchor>
          ))}
        </Group>
      )}
    </Paper>
  );
}

function CsvButton() {
  const client = useClient();
  const [busy, setBusy] = useState(false);
  async function download() {
    setBusy(true);
    try {
      const result = await client.query(careerOutcomesCsvQuery, {}, { requestPolicy: "network-only" }).toPromise();
      if (result.data) downloadCsv(result.data.careerOutcomesCsv, "career-outcomes.csv");
      else notifications.show({ color: "red", title: "The file was not made", message: "The server did not answer. Try again." });
    } finally {
      setBusy(false);
    }
  }
  return (
    <Button variant="default" onClick={download} loading={busy}>
      Download outcomes (CSV)
    </Button>
  );
}

function RecentOutcomes() {
  const [{ data, error }] = useQuery({ query: careerOutcomesQuery, variables: { first: 20 } });
  const rows = data?.careerOutcomes.edges.map((edge) => edge.node) ?? [];
  return (
    <section aria-labelledby="recent-heading">
      <Title order={2} size="h3" id="recent-heading" mb="sm">
        Latest outcomes {data ? `(${data.careerOutcomes.totalCount} in all)` : null}
      </Title>
      {error && !data ? <ErrorState error={error} /> : null}
      {data && rows.length === 0 ? <EmptyState title="No outcomes recorded yet" description="Record one from a cohort above, or wait for the follow-up answers." /> : null}
      {rows.length > 0 ? (
        <div role="region" aria-label="Latest outcomes" tabIndex={0} style={{ overflowX: "auto" }}>
          <Table striped withTableBorder miw={640}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Person</Table.Th>
                <Table.Th scope="col">Outcome</Table.Th>
                <Table.Th scope="col">Took effect</Table.Th>
                <Table.Th scope="col">Group</Table.Th>
                <Table.Th scope="col">Cohort</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={row.id}>
                  <Table.Th scope="row" fw={500}>
                    {row.name ?? "(erased)"}
                  </Table.Th>
                  <Table.Td>
                    {careerOutcomeKindLabels[row.kind]}
                    {bandChange(row.bandBefore, row.bandAfter) ? `, ${bandChange(row.bandBefore, row.bandAfter)}` : ""}
                  </Table.Td>
                  <Table.Td>{shortDate(row.effectiveOn)}</Table.Td>
                  <Table.Td>
                    {groupShortLabel[row.group]}
                    {row.addedByHand ? (
                      <Text size="sm" c="dimmed">
                        Added by hand
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={outcomePaths.cohort(row.cohort.id)} size="sm">
                      {row.cohort.programme.title}, {row.cohort.name}
                    </Anchor>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </div>
      ) : null}
    </section>
  );
}
