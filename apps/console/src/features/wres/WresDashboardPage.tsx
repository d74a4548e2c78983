import { wresReportQuery, wresTrendsQuery, type WresTrendFieldsFragment } from "@ascent/client";
import { nhsRegionLabels } from "@ascent/domain";
import { Alert, Box, Button, Group, Stack, Text, Title } from "@mantine/core";
import { useMemo, type ReactNode } from "react";
import { Link } from "react-router";
import { useQuery } from "urql";
import { wresPaths as paths } from "./paths";
import { AfterFirstPaint } from "../../components/AfterFirstPaint";
import { EmptyState } from "../../components/EmptyState";
import { ErrorState } from "../../components/ErrorState";
import { lazySection } from "../../components/LazySection";
import { LoadingState } from "../../components/LoadingState";
import { PageHeader } from "../../components/PageHeader";
import { RequireRole } from "../../components/RequireRole";
import { policyAfterEarlyStart } from "../../lib/earlyQueries";
import { usePageTitle } from "../../lib/usePageTitle";
import { useSignedInUser } from "../../lib/signedInUser";
import { BandRepresentationChart, BandRepresentationTable } from "./BandRepresentation";
import { ChartOrTable } from "./ChartOrTable";
import { IndicatorCards, IndicatorTable, indicatorRows } from "./IndicatorCards";
import { useWresSelection, withSelection } from "./useWresSelection";
import { WresSelectors } from "./WresSelectors";
import { WresViewNav } from "./WresViewNav";
import { WRES_READ_ROLES, WRES_UPLOAD_ROLES } from "./wresRoles";
import { FIRST_WRES_YEAR, formatDateTime, type HeadlineCode, organisationsText } from "./wresText";

// The sections below the band chart load after the first paint, in their own chunks: recharts and @mantine/charts (the
// groups' senior roles, the trend) and the targets form's inputs are not on the way to the indicators and the band chart
// (issue 14).
// Each shows its own "could not be downloaded" with "Try again" if its code fails to arrive: the figures above stay.
const GroupsSection = lazySection(() => import("./GroupsSection"), (module) => module.GroupsSection, "The figures by ethnic group");
const TrendSection = lazySection(() => import("./TrendSection"), (module) => module.TrendSection, "The trend");
const TargetsSection = lazySection(() => import("./TargetsSection"), (module) => module.TargetsSection, "The targets");
const VersionHistory = lazySection(() => import("./VersionHistory"), (module) => module.VersionHistory, "The version history");

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Box component="section" aria-labelledby={id} mt="xl">
      <Title order={2} size="h3" id={id} mb="sm">
        {title}
      </Title>
      {children}
    </Box>
  );
}

export function WresDashboardPage() {
  return (
    <RequireRole roles={WRES_READ_ROLES} title="WRES">
      <WresDashboardPageBody />
    </RequireRole>
  );
}

function WresDashboardPageBody() {
  usePageTitle("WRES");
  const { role } = useSignedInUser();
  const canUpload = WRES_UPLOAD_ROLES.includes(role);
  const selection = useWresSelection();
  const { organisationId, year, yearKnown } = selection;

  return (
    <>
      <PageHeader title="WRES" />
      <WresViewNav current="dashboard" organisationId={organisationId} year={year} canUpload={canUpload} />
      <Text size="sm" mb="md" maw={760}>
        An organisation's Workforce Race Equality Standard indicators for a data year, with 95% intervals, the parity band,
        its region and England, and its trend since {FIRST_WRES_YEAR}.
      </Text>
      <WresSelectors
        organisationId={organisationId}
        year={year}
        onOrganisationChange={selection.setOrganisationId}
        onYearChange={selection.setYear}
      />
      {organisationId && !yearKnown ? (
        <LoadingState label="Finding this organisation's latest return" lines={10} />
      ) : organisationId ? (
        <Dashboard organisationId={organisationId} year={year} canUpload={canUpload} onYearChange={selection.setYear} />
      ) : (
        <EmptyState title="Choose an organisation" description="Search for a trust above to see its WRES indicators." />
      )}
    </>
  );
}

/** "England: 58 organisations." or, when withheld, why there is no figure. */
function benchmarkText(name: string, benchmark: { organisationCount: number; withheld: boolean; minimumOrganisations: number }): string {
  const count = organisationsText(benchmark.organisationCount);
  return benchmark.withheld
    ? `${name}: no figures (${count} so far; shown once ${benchmark.minimumOrganisations} besides your own are in it, so that no organisation's figures can be worked out from it).`
    : `${name}: ${count}.`;
}

interface DashboardProps {
  organisationId: string;
  year: number;
  canUpload: boolean;
  onYearChange: (year: number) => void;
}

function Dashboard({ organisationId, year, canUpload, onYearChange }: DashboardProps) {
  // Started early on a first load at this address (startDashboardQueries): then taken from the cache, not asked for twice.
  const reportVariables = useMemo(() => ({ organisationId, year }), [organisationId, year]);
  const trendVariables = useMemo(() => ({ organisationId, fromYear: FIRST_WRES_YEAR, toYear: year }), [organisationId, year]);
  const reportPolicy = useMemo(() => policyAfterEarlyStart(wresReportQuery, reportVariables, "cache-and-network"), [reportVariables]);
  const trendPolicy = useMemo(() => policyAfterEarlyStart(wresTrendsQuery, trendVariables, "cache-and-network"), [trendVariables]);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: wresReportQuery, variables: reportVariables, requestPolicy: reportPolicy });
  const [trendResult] = useQuery({ query: wresTrendsQuery, variables: trendVariables, requestPolicy: trendPolicy });
  const trends = useMemo(() => {
    const result: Partial<Record<HeadlineCode, WresTrendFieldsFragment | null>> = {};
    const trendData = trendResult.data;
    if (trendData) {
      (["WRES1", "WRES2", "WRES3", "WRES4", "WRES5", "WRES6", "WRES7", "WRES8", "WRES9"] as const).forEach((code) => {
        result[code] = trendData[code.toLowerCase() as Lowercase<typeof code>];
      });
    }
    return result;
  }, [trendResult.data]);

  if (error && !data) return <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: "network-only" })} />;
  if (!data) return <LoadingState label="Loading the WRES report" lines={10} />;
  const report = data.wresReport;
  if (!report) {
    // The trend says which years do have a return: until it has come, "no return for this year or earlier" may be false.
    if (!trendResult.data && !trendResult.error) return <LoadingState label="Loading the WRES report" lines={10} />;
    const latest = trends.WRES1?.points.filter((point) => point.organisation !== null).at(-1)?.year ?? null;
    return (
      <EmptyState
        title={`No return for ${year}`}
        description={
          latest
            ? `This organisation has not submitted a WRES return for ${year}. Its latest return is for ${latest}.`
            : `This organisation has not submitted a WRES return for ${year} or earlier.`
        }
        action={
          <Group justify="center">
            {latest ? <Button onClick={() => onYearChange(latest)}>Show {latest}</Button> : null}
            {canUpload ? (
              <Button variant={latest ? "default" : "filled"} component={Link} to={withSelection(paths.wresUpload, organisationId, year)}>
                Upload a return
              </Button>
            ) : null}
          </Group>
        }
      />
    );
  }

  const organisationName = report.organisation?.name ?? "This organisation";
  const regionName = report.regionBenchmark?.name ?? (report.organisation?.region ? nhsRegionLabels[report.organisation.region] : "Region");
  const owner = report.disclosure === "RAW";
  const rows = indicatorRows(report.indicators, report.regionBenchmark, report.englandBenchmark, trends);
  const kinds = Object.fromEntries(rows.map((row) => [row.code, row.indicator?.kind ?? "RELATIVE_LIKELIHOOD"]));

  return (
    <Box aria-busy={fetching}>
      <Title order={2} size="h3">
        {organisationName}, {year}
      </Title>
      <Text size="sm" mt={4}>
        {report.wresReturn ? `Version ${report.wresReturn.version}, ` : ""}submitted {formatDateTime(report.submittedAt)}.{" "}
        {owner
          ? "You own this data: figures are shown in full."
          : "Figures are disclosure-controlled: counts of 1 to 7 are withheld and others rounded to 5."}{" "}
        {report.regionBenchmark ? `${benchmarkText(regionName, report.regionBenchmark)} ` : ""}
        {report.englandBenchmark ? benchmarkText("England", report.englandBenchmark) : ""}
      </Text>
      {trendResult.error ? (
        <Alert color="yellow" mt="sm" title="Trends could not be loaded">
          The figures for {year} are shown; the trends since {FIRST_WRES_YEAR} are not.
        </Alert>
      ) : null}

      {/* The indicators and the band chart first; the sections below them mount one by one once these are painted. */}
      <Section id="wres-indicators" title="Indicators">
        <ChartOrTable
          name="indicators"
          chart={<IndicatorCards rows={rows} regionName={regionName} />}
          table={<IndicatorTable rows={rows} regionName={regionName} caption={`WRES indicators for ${organisationName}, ${year}, compared with ${regionName} and England`} />}
        />
      </Section>

      <Section id="wres-bands" title="Representation by band: the pipeline">
        <ChartOrTable name="bands" chart={<BandRepresentationChart indicators={report.indicators} />} table={<BandRepresentationTable indicators={report.indicators} />} />
      </Section>

      <Section id="wres-groups" title="By ethnic group">
        <AfterFirstPaint label="Loading the figures by ethnic group" height={640}>
          <GroupsSection
            organisationId={organisationId}
            year={year}
            region={report.organisation?.region ?? null}
            organisationName={organisationName}
            regionName={regionName}
            indicators={report.indicators}
          />
        </AfterFirstPaint>
      </Section>

      <Section id="wres-comparison" title={`Compared with ${regionName} and England`}>
        <AfterFirstPaint label="Loading the comparison" height={480}>
          <IndicatorTable rows={rows} regionName={regionName} caption={`${organisationName} beside ${regionName} and England, ${year}`} />
        </AfterFirstPaint>
      </Section>

      <Section id="wres-trend" title={`Trend since ${FIRST_WRES_YEAR}`}>
        <AfterFirstPaint label="Loading the trend" height={440}>
          <TrendSection trends={trends} kinds={kinds} organisationName={organisationName} regionName={regionName} />
        </AfterFirstPaint>
      </Section>

      <Section id="wres-targets" title="Model Employer targets">
        <AfterFirstPaint label="Loading the targets" height={320}>
          <TargetsSection
            organisationId={organisationId}
            targets={report.targets}
            canEdit={owner && canUpload}
            onChanged={() => reexecute({ requestPolicy: "network-only" })}
          />
        </AfterFirstPaint>
      </Section>

      {owner ? (
        <Section id="wres-versions" title="Version history">
          <AfterFirstPaint label="Loading the version history" height={120}>
            <Stack gap="xs">
              <VersionHistory organisationId={organisationId} year={year} />
            </Stack>
          </AfterFirstPaint>
        </Section>
      ) : null}
    </Box>
  );
}
