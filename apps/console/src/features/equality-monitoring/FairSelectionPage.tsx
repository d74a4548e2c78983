import { fairSelectionQuery, type FairSelectionQuery } from "@ascent/client";
import { IndicatorNullReason, Role } from "@ascent/domain";
import { Alert, Anchor, Badge, Group, Paper, Stack, Table, Text, Title } from "@mantine/core";
import { Link, useParams } from "react-router";
import { useQuery } from "urql";
import { ErrorState } from "../../components/ErrorState";
import { LoadingState } from "../../components/LoadingState";
import { PageHeader } from "../../components/PageHeader";
import { RequireRole } from "../../components/RequireRole";
import { usePageTitle } from "../../lib/usePageTitle";
import { cohortPaths } from "../cohorts";
import { programmePaths } from "../programmes";
import { parityWording } from "./monitoringOptions";
import { equalityMonitoringPaths } from "./paths";

type Figures = FairSelectionQuery["fairSelection"];

const TITLE = "Fair selection";
const count = (value: number | null | undefined) => (value === null || value === undefined ? "fewer than 8" : String(value));
const percent = (value: number | null | undefined) => (value === null || value === undefined ? "–" : `${Math.round(value * 100)}%`);
const ratio = (value: number | null | undefined) => (value === null || value === undefined ? "–" : value.toFixed(2));

const whyNoFigure: Record<string, string> = {
  [IndicatorNullReason.SUPPRESSED]: "Not shown: a count it needs is fewer than 8, or the table is withheld.",
  [IndicatorNullReason.EMPTY_GROUP]: "No figure: there are no white or no BME applicants who told us their ethnic group.",
  [IndicatorNullReason.ZERO_EVENTS]: "No figure: nobody in one of the two groups has been offered a place (the table shows the counts).",
};

/** Fair selection for a cohort or a programme, for the academy's staff and administrators. */
export function FairSelectionPage() {
  usePageTitle(TITLE);
  return (
    <RequireRole roles={[Role.ADMIN, Role.PROGRAMME_MANAGER]} title={TITLE}>
      <FairSelectionFigures />
    </RequireRole>
  );
}

function FairSelectionFigures() {
  const { id = "" } = useParams();
  const [{ data, error, fetching }, reexecute] = useQuery({ query: fairSelectionQuery, variables: { id } });
  if (error && !data) {
    return (
      <>
        <PageHeader title={TITLE} />
        <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: "network-only" })} />
      </>
    );
  }
  const figures = data?.fairSelection;
  if (!figures || fetching) return <LoadingState label="Loading fair selection" lines={8} />;
  const subject = figures.cohort ? `${figures.cohort.name}, ${figures.programme.title}` : figures.programme.title;
  return (
    <>
      <PageHeader
        title={`${TITLE}: ${subject}`}
        above={
          <Anchor component={Link} to={figures.cohort ? cohortPaths.cohort(figures.cohort.id) : programmePaths.programme(figures.programme.id)} size="sm">
            <span aria-hidden="true">← </span>Back to the {figures.cohort ? "cohort" : "programme"}
          </Anchor>
        }
      />
      <Stack gap="lg" maw={960}>
        <Text>
          Applicants, offers and acceptances by ethnic group, from the optional equality monitoring form applicants fill in after applying. Counts are rounded to the nearest 5 and
          groups of 1 to 7 are not shown, so no figure points to a person. {figures.cohort ? null : <ProgrammeScope figures={figures} />}
        </Text>
        {figures.cohort ? (
          <Text size="sm">
            <Anchor component={Link} to={equalityMonitoringPaths.fairSelection(figures.programme.id)}>
              See the whole programme ({figures.programme.title})
            </Anchor>
          </Text>
        ) : null}
        {figures.withheld ? (
          <Alert color="gray" title="Withheld to protect applicants" styles={{ title: { color: "var(--mantine-color-text)" } }}>
            In one set of people you can name (the applicants, those offered, those who accepted, those not offered, or those who turned an offer down) everyone is in the same group,
            so showing the figures would tell you each person's ethnic group. They will appear once the groups are mixed.
          </Alert>
        ) : (
          <>
            <Likelihood figures={figures} />
            <GroupsTable figures={figures} />
          </>
        )}
      </Stack>
    </>
  );
}

function ProgrammeScope({ figures }: { figures: Figures }) {
  return (
    <>
      Over {figures.cohortsIncluded} {figures.cohortsIncluded === 1 ? "cohort" : "cohorts"}
      {figures.cohortsLeftOut > 0 ? `; ${figures.cohortsLeftOut} left out because their own figures are withheld` : ""}.
    </>
  );
}

function Likelihood({ figures }: { figures: Figures }) {
  const rl = figures.offerLikelihood;
  const verdict = rl.parity ? parityWording[rl.parity] : null;
  return (
    <Paper withBorder p="lg" aria-labelledby="likelihood-heading">
      <Stack gap="xs">
        <Title order={2} size="h4" id="likelihood-heading">
          Relative likelihood of a white applicant being offered a place compared with a BME applicant
        </Title>
        {rl.value === null ? (
          <Text>{whyNoFigure[rl.reason ?? IndicatorNullReason.SUPPRESSED]}</Text>
        ) : (
          <>
            <Group gap="md" align="baseline">
              <Text fz={36} fw={700} lh={1}>
                {ratio(rl.value)}
              </Text>
              <Text>
                {Math.round(rl.confidenceLevel * 100)}% interval {ratio(rl.lower)} to {ratio(rl.upper)}
              </Text>
              {verdict ? (
                <Badge color={verdict.colour} variant="light" size="lg" styles={{ label: { color: "var(--mantine-color-text)" } }}>
                  {verdict.label}
                </Badge>
              ) : null}
            </Group>
            {verdict ? <Text size="sm">{verdict.explanation}</Text> : null}
          </>
        )}
        <Text size="sm" c="dimmed">
          1.00 means equal chances; above 1 a white applicant was more likely to be offered a place, below 1 less likely. Worked out as in WRES indicator 2, from the counts shown; "prefer
          not to say" and "did not fill in the form" are left out.
        </Text>
      </Stack>
    </Paper>
  );
}

function GroupsTable({ figures }: { figures: Figures }) {
  return (
    // A focusable region, so keyboard users can scroll the table on a narrow screen.
    <div role="region" aria-label="Fair-selection table" tabIndex={0} style={{ overflowX: "auto" }}>
      <Table striped withTableBorder aria-label="Applicants, offers and acceptances by ethnic group">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Ethnic group</Table.Th>
            <Table.Th scope="col" ta="right">
              Applicants
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Offered a place
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Offer rate
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Accepted
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {figures.groups.map((row) => (
            <Table.Tr key={row.group}>
              <Table.Th scope="row" fw={500}>
                {row.label}
              </Table.Th>
              <Table.Td ta="right">{count(row.applicants)}</Table.Td>
              <Table.Td ta="right">{count(row.offered)}</Table.Td>
              <Table.Td ta="right">{percent(row.offerRate)}</Table.Td>
              <Table.Td ta="right">{count(row.accepted)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </div>
  );
}
