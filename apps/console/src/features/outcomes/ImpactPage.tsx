import { programmeImpactQuery, type ProgrammeImpactQuery } from "@ascent/client";
import { impactVerdictExplanations, Role } from "@ascent/domain";
import { Alert, Badge, Button, Group, Paper, Select, SimpleGrid, Stack, Table, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useParams, useSearchParams } from "react-router";
import { useQuery } from "urql";
import { BackLink } from "../../components/BackLink";
import { ErrorState } from "../../components/ErrorState";
import { LoadingState } from "../../components/LoadingState";
import { PageHeader } from "../../components/PageHeader";
import { RequireRole } from "../../components/RequireRole";
import { ScrollTable } from "../../components/ScrollTable";
import { usePageTitle } from "../../lib/usePageTitle";
import { BaselineSection } from "./BaselineSection";
import { ImpactChart, impactSummary } from "./ImpactChart";
import { RecordedOutcomesSection } from "./RecordedOutcomesSection";
import { baselineVerdictText, percent, points, verdictColour, whyNoShare } from "./outcomeText";
import { outcomePaths } from "./paths";

const TITLE = "Programme impact";
type Impact = NonNullable<ProgrammeImpactQuery["programmeImpact"]>;
type Horizon = Impact["horizons"][number];
type Figure = Horizon["participants"];

export function ImpactPage() {
  usePageTitle(TITLE);
  return (
    <RequireRole roles={[Role.ADMIN, Role.PROGRAMME_MANAGER]} title={TITLE}>
      <ImpactFigures />
    </RequireRole>
  );
}

const interval = (figure: { lower: number | null; upper: number | null }) => (figure.lower === null || figure.upper === null ? null : `${percent(figure.lower)} to ${percent(figure.upper)}`);
const counted = (figure: Figure) => (figure.promoted === null || figure.followed === null ? null : `${figure.promoted} of ${figure.followed}`);

function ImpactFigures() {
  const { programmeId = "" } = useParams();
  const [search, setSearch] = useSearchParams();
  const cohortId = search.get("cohort");
  const [{ data, error, fetching }, reexecute] = useQuery({ query: programmeImpactQuery, variables: { programmeId, cohortId } });
  const back = <BackLink to={outcomePaths.outcomes}>Back to career outcomes</BackLink>;
  if (error && !data) {
    return (
      <>
        <PageHeader title={TITLE} above={back} />
        <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: "network-only" })} />
      </>
    );
  }
  if (!data || fetching) return <LoadingState label="Loading programme impact" lines={10} />;
  const impact = data.programmeImpact;
  if (!impact) {
    return (
      <>
        <PageHeader title={TITLE} above={back} />
        <Alert color="gray" title="Not found">
          That programme doesn't exist, or you can't see it.
        </Alert>
      </>
    );
  }
  const cohortOptions = [
    { value: "", label: "Every cohort" },
    ...impact.programme.cohorts.filter((cohort) => cohort.status === "COMPLETED" || cohort.status === "RUNNING").map((cohort) => ({ value: cohort.id, label: cohort.name })),
  ];
  const summary = impactSummary(impact.horizons);
  return (
    <>
      <PageHeader title={`${TITLE}: ${impact.programme.title}`} above={back} />
      <Stack gap="xl" maw={1000}>
        <Text>
          How many people were promoted within 6, 12 and 24 months of the programme's end: participants against the comparison group (applicants to the same cohorts who were
          waitlisted, never placed, and agreed to be followed up, measured from the cohort's end). Each share has a 95% interval; the difference has one too, and the verdict says
          whether it could be chance.
        </Text>
        <Select
          label="Cohorts"
          data={cohortOptions}
          value={cohortId ?? ""}
          allowDeselect={false}
          maw={360}
          onChange={(value) => setSearch(value ? { cohort: value } : {}, { replace: true })}
        />
        <DisclosureNote impact={impact} />
        {impact.withheld ? (
          <Alert color="gray" title="Only the programme's own academy sees one cohort's figures" styles={{ title: { color: "var(--mantine-color-text)" } }}>
            One cohort is a small group: its figures could point to a person. Choose every cohort to see the programme's figures.
          </Alert>
        ) : (
          <>
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
              {impact.horizons.map((horizon) => (
                <HorizonCard key={horizon.months} horizon={horizon} />
              ))}
            </SimpleGrid>
            <section aria-labelledby="over-time-heading">
              <Title order={2} size="h3" id="over-time-heading" mb="xs">
                Promotion over time
              </Title>
              <Text size="sm" mb="sm">
                {summary}
              </Text>
              <ChartOrTable chart={<ImpactChart horizons={impact.horizons} summary={summary} />} table={<ImpactTable impact={impact} />} />
            </section>
          </>
        )}
        {impact.disclosure === "RAW" ? (
          <RecordedOutcomesSection programmeId={impact.programme.id} cohortId={cohortId} cohortName={cohortId ? (impact.programme.cohorts.find((cohort) => cohort.id === cohortId)?.name ?? null) : null} />
        ) : null}
        <BaselineSection impact={impact} onSaved={() => reexecute({ requestPolicy: "network-only" })} />
        <Text size="sm" c="dimmed">
          Completion is the end of the cohort's last session. A promotion counts from the cohort's first day up to the horizon, for both groups; a person counts at a horizon
          once it has passed. Someone who has told us nothing counts as not promoted, in both groups. Intervals: Wilson for each share, Newcombe's hybrid score for the difference.
        </Text>
      </Stack>
    </>
  );
}

function DisclosureNote({ impact }: { impact: Impact }) {
  if (impact.disclosure === "RAW") {
    return (
      <Text size="sm">
        Exact figures over {impact.cohortsIncluded} {impact.cohortsIncluded === 1 ? "cohort" : "cohorts"}, for your academy only. Anyone outside it sees them rounded, without any
        single cohort, and without groups of fewer than 8.
      </Text>
    );
  }
  return (
    <Text size="sm">
      Figures from another academy's programme, disclosure-controlled: counts rounded to the nearest 5, cohorts with fewer than 8 people in a group left out, and no share where
      fewer than 8 people were promoted or not promoted.
    </Text>
  );
}

function HorizonCard({ horizon }: { horizon: Horizon }) {
  const headingId = `horizon-${horizon.months}`;
  return (
    <Paper withBorder p="md" aria-labelledby={headingId} component="section">
      <Stack gap="xs">
        <Title order={2} size="h4" id={headingId}>
          Within {horizon.months} months
        </Title>
        <GroupLine label="Participants" figure={horizon.participants} />
        <GroupLine label="Comparison group" figure={horizon.comparison} />
        {horizon.difference !== null ? (
          <Text size="sm">
            Difference {points(horizon.difference)} (95% interval {points(horizon.differenceLower)} to {points(horizon.differenceUpper)})
          </Text>
        ) : null}
        <Badge color={verdictColour[horizon.verdict]} variant="light" size="lg" styles={{ root: { height: "auto", paddingBlock: 4 }, label: { color: "var(--mantine-color-text)", whiteSpace: "normal" } }}>
          {horizon.verdictText}
        </Badge>
        <Text size="sm">{impactVerdictExplanations[horizon.verdict]}</Text>
        {horizon.baseline !== null ? (
          <Text size="sm">
            Baseline {percent(horizon.baseline)}: {baselineVerdictText[horizon.baselineVerdict].toLowerCase()}.
          </Text>
        ) : null}
      </Stack>
    </Paper>
  );
}

function GroupLine({ label, figure }: { label: string; figure: Figure }) {
  return (
    <div>
      <Text fw={600}>
        {label}: {figure.share === null ? "–" : percent(figure.share)}
      </Text>
      <Text size="sm">{figure.share === null ? whyNoShare[figure.reason ?? "SUPPRESSED"] : `${counted(figure)} promoted; 95% interval ${interval(figure)}`}</Text>
    </div>
  );
}

function ChartOrTable({ chart, table }: { chart: React.ReactNode; table: React.ReactNode }) {
  const [asTable, setAsTable] = useState(false);
  return (
    <>
      <Group justify="flex-end" mb="xs">
        <Button variant="default" size="xs" onClick={() => setAsTable((value) => !value)}>
          {asTable ? "Show promotion over time as chart" : "Show promotion over time as table"}
        </Button>
      </Group>
      {asTable ? table : chart}
    </>
  );
}

function ImpactTable({ impact }: { impact: Impact }) {
  const cell = (figure: Figure) => (figure.share === null ? whyNoShare[figure.reason ?? "SUPPRESSED"] : `${percent(figure.share)} (${counted(figure)}; ${interval(figure)})`);
  return (
    <ScrollTable regionLabel="Promotion over time, as a table" minWidth={720} striped withTableBorder caption="Share promoted within each horizon, with 95% intervals">
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">Within</Table.Th>
          <Table.Th scope="col">Participants</Table.Th>
          <Table.Th scope="col">Comparison group</Table.Th>
          <Table.Th scope="col">Difference</Table.Th>
          <Table.Th scope="col">Verdict</Table.Th>
          {impact.baseline ? <Table.Th scope="col">Baseline</Table.Th> : null}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {impact.horizons.map((horizon) => (
          <Table.Tr key={horizon.months}>
            <Table.Th scope="row">{horizon.months} months</Table.Th>
            <Table.Td>{cell(horizon.participants)}</Table.Td>
            <Table.Td>{cell(horizon.comparison)}</Table.Td>
            <Table.Td>{horizon.difference === null ? "–" : `${points(horizon.difference)} (${points(horizon.differenceLower)} to ${points(horizon.differenceUpper)})`}</Table.Td>
            <Table.Td>{horizon.verdictText}</Table.Td>
            {impact.baseline ? <Table.Td>{percent(horizon.baseline)}</Table.Td> : null}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </ScrollTable>
  );
}
