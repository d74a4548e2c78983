import { catalogueProgrammeQuery, type ModuleTemplateFieldsFragment } from "@ascent/client";
import { deliveryModeLabels, moduleKindLabels } from "@ascent/domain";
import { Anchor, Badge, Grid, Group, List, Stack, Table, Text, Title } from "@mantine/core";
import { Link, useParams } from "react-router";
import { useQuery } from "urql";
import { cataloguePaths } from "./paths";
import { BackLink } from "../../components/BackLink";
import { ErrorState } from "../../components/ErrorState";
import { LoadingState } from "../../components/LoadingState";
import { ScrollTable } from "../../components/ScrollTable";
import { usePageTitle } from "../../lib/usePageTitle";
import { formatLondonDay } from "../../lib/londonTime";
import { CatalogueCohortFacts } from "./CatalogueCohortFacts";
import { EligibilityCheckPanel } from "./EligibilityCheckPanel";

function TextList({ title, items, ordered = false }: { title: string; items: readonly string[]; ordered?: boolean }) {
  if (items.length === 0) return null;
  return (
    <section>
      <Title order={2} size="h3" mb="xs">
        {title}
      </Title>
      <List type={ordered ? "ordered" : "unordered"} spacing={4}>
        {items.map((item) => (
          <List.Item key={item}>{item}</List.Item>
        ))}
      </List>
    </section>
  );
}

function Modules({ modules }: { modules: readonly ModuleTemplateFieldsFragment[] }) {
  return (
    <List type="ordered" spacing={4}>
      {modules.map((module) => (
        <List.Item key={module.id}>
          {module.title}{" "}
          <Text span size="sm" c="dimmed">
            ({moduleKindLabels[module.kind]}
            {module.lengthDays > 0 ? `, ${module.lengthDays} ${module.lengthDays === 1 ? "day" : "days"}` : ""}
            {module.deliveryMode ? `, ${deliveryModeLabels[module.deliveryMode].toLowerCase()}` : ""})
          </Text>
        </List.Item>
      ))}
    </List>
  );
}

export function CatalogueProgrammePage() {
  const { id = "" } = useParams();
  const [{ data, error }, reexecute] = useQuery({ query: catalogueProgrammeQuery, variables: { id } });
  // Signed-in staff may see drafts through the same query; the catalogue shows published programmes only.
  const programme = data?.programme?.status === "PUBLISHED" ? data.programme : null;
  usePageTitle(programme ? programme.title : data ? "Programme not found" : "Programme");
  const back = <BackLink to={cataloguePaths.catalogue}>All programmes</BackLink>;

  if (error && !data) {
    return (
      <Stack>
        {back}
        <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: "network-only" })} />
      </Stack>
    );
  }
  if (!data) return <LoadingState label="Loading the programme" lines={8} />;
  if (!programme) {
    return (
      <Stack>
        {back}
        <Title order={1}>Programme not found</Title>
        <Text>
          This programme is not in the catalogue. It may have closed, or the link may be wrong.{" "}
          <Anchor component={Link} to={cataloguePaths.catalogue}>
            See all programmes
          </Anchor>
          .
        </Text>
      </Stack>
    );
  }

  const paragraphs = programme.description.split(/\n\s*\n/).filter((paragraph) => paragraph.trim() !== "");

  return (
    <Stack gap="lg">
      {back}
      <Stack gap="xs">
        <Title order={1}>{programme.title}</Title>
        <Text c="dimmed">
          Run by {programme.academy.name} · {programme.duration}
        </Text>
        <Group gap="xs" aria-label="How it is delivered">
          {programme.deliveryModes.map((mode) => (
            <Badge key={mode} variant="default" tt="none">
              {deliveryModeLabels[mode]}
            </Badge>
          ))}
        </Group>
        <Text size="lg">{programme.summary}</Text>
      </Stack>
      <Grid gap="xl">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="lg">
            <section aria-labelledby="open-cohorts-heading">
              <Title order={2} size="h3" mb="xs" id="open-cohorts-heading">
                Cohorts taking applications
              </Title>
              {programme.openCohorts.length === 0 ? (
                <Text>No cohort is taking applications at the moment.</Text>
              ) : (
                <Stack gap="sm">
                  {programme.openCohorts.map((cohort) => (
                    <Stack key={cohort.id} gap={4}>
                      <CatalogueCohortFacts cohort={cohort} />
                      {cohort.sessions.length > 0 ? (
                        <ScrollTable minWidth={480} verticalSpacing={4} fz="sm" caption={`Sessions of ${cohort.name} (London time)`}>
                          <Table.Thead>
                            <Table.Tr>
                              <Table.Th>Date</Table.Th>
                              <Table.Th>Time</Table.Th>
                              <Table.Th>Session</Table.Th>
                              <Table.Th>Where</Table.Th>
                            </Table.Tr>
                          </Table.Thead>
                          <Table.Tbody>
                            {cohort.sessions.map((session) => (
                              <Table.Tr key={session.id}>
                                <Table.Td>{formatLondonDay(session.date)}</Table.Td>
                                <Table.Td style={{ whiteSpace: "nowrap" }}>
                                  {session.startTime}–{session.endTime}
                                </Table.Td>
                                <Table.Td>{session.title}</Table.Td>
                                <Table.Td>{session.venue ?? "To be confirmed"}</Table.Td>
                              </Table.Tr>
                            ))}
                          </Table.Tbody>
                        </ScrollTable>
                      ) : null}
                    </Stack>
                  ))}
                </Stack>
              )}
            </section>
            {paragraphs.length > 0 ? (
              <section>
                <Title order={2} size="h3" mb="xs">
                  About the programme
                </Title>
                <Stack gap="sm">
                  {paragraphs.map((paragraph, index) => (
                    <Text key={index}>{paragraph}</Text>
                  ))}
                </Stack>
              </section>
            ) : null}
            <TextList title="Aims" items={programme.aims} />
            <TextList title="What you will learn" items={programme.learningOutcomes} />
            <TextList title="Benefits" items={programme.benefits} />
            <TextList title="What you commit to" items={programme.commitments} />
            <TextList title="Who it is aimed at" items={programme.targetRoles} />
            {programme.modules.length > 0 || programme.tracks.length > 0 ? (
              <section>
                <Title order={2} size="h3" mb="xs">
                  Curriculum
                </Title>
                {programme.modules.length > 0 ? <Modules modules={programme.modules} /> : null}
                {programme.tracks.map((track) => (
                  <Stack key={track.id} gap={4} mt="sm">
                    <Title order={3} size="h4">
                      {track.name}
                    </Title>
                    {track.description ? <Text size="sm">{track.description}</Text> : null}
                    <Modules modules={track.modules} />
                  </Stack>
                ))}
              </section>
            ) : null}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="lg">
            <section aria-labelledby="who-heading">
              <Title order={2} size="h3" mb="xs" id="who-heading">
                Who can apply
              </Title>
              <List spacing={4}>
                {programme.eligibilitySummary.map((sentence) => (
                  <List.Item key={sentence}>{sentence}</List.Item>
                ))}
              </List>
              {programme.tracks.map((track) => (
                <Stack key={track.id} gap={2} mt="sm">
                  <Text fw={600}>{track.name}</Text>
                  <List size="sm" spacing={2}>
                    {track.eligibilitySummary.map((sentence) => (
                      <List.Item key={sentence}>{sentence}</List.Item>
                    ))}
                  </List>
                </Stack>
              ))}
            </section>
            <EligibilityCheckPanel programmeEligibility={programme.eligibility} tracks={programme.tracks} academyName={programme.academy.name} />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
