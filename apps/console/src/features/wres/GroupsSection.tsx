import "@mantine/charts/styles.css";
import {
  wresBenchmarkGroupsQuery,
  type WresGroupBreakdownFieldsFragment,
  wresGroupsQuery,
  type WresIndicatorFieldsFragment,
} from "@ascent/client";
import { type DetailedEthnicGroup, DETAILED_ETHNIC_GROUPS_IN_ORDER, detailedEthnicGroupLabels, type NhsRegion, WRES_SENIOR_ROLE_LEVELS, type WresTargetGroup } from "@ascent/domain";
import { BarChart } from "@mantine/charts";
import { Alert, Box, Card, SegmentedControl, SimpleGrid, Stack, Table, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useQuery } from "urql";
import { Absent } from "../../components/Absent";
import { ErrorState } from "../../components/ErrorState";
import { LoadingState } from "../../components/LoadingState";
import { ScrollTable } from "../../components/ScrollTable";
import { ChartOrTable } from "./ChartOrTable";
import { ForestPlot, type ForestRow } from "./charts/ForestPlot";
import { countOf, HEADLINE_CODES, type HeadlineCode, intervalText, organisationsText, parityBandInValueUnits, parityText, parityTextColor, parityValue, shortLabels, valueText } from "./wresText";

/**
 * Figures by ethnic group (docs/wres-by-group.md): representation in senior
 * roles, and each indicator for Asian, Black, Mixed and Other staff against
 * white staff, for the organisation, its region or England. Its own
 * queries, so the figures are computed only when this section is on screen.
 */

type Scope = "organisation" | "region" | "england";

/** Colours of the groups in the senior-roles chart: 3:1 or more on white, told apart by their order and the table too. */
export const groupColors: Record<DetailedEthnicGroup, string> = {
  WHITE: "#4c4c4c",
  ASIAN: "#005eb8",
  BLACK: "#b35900",
  MIXED: "#2e7d32",
  OTHER: "#7b3294",
  UNKNOWN: "#8c8c8c",
};

const levelShort: Partial<Record<WresTargetGroup, string>> = {
  WHOLE_WORKFORCE: "Whole workforce",
  BANDS_1_TO_5: "Bands 1-5",
  BANDS_6_TO_7: "Bands 6-7",
  BAND_8A_AND_ABOVE: "Band 8a and above",
  VSM: "Very senior managers",
  BOARD: "Board",
};

/** The headline indicators that compare two groups (indicator 1 is the senior-roles picture). */
const GROUP_CODES = HEADLINE_CODES.filter((code) => code !== "WRES1");

const shown = (figure: WresIndicatorFieldsFragment | null | undefined) => figure && !figure.suppressed && figure.value !== null;
const percent = (figure: WresIndicatorFieldsFragment | null | undefined) => (shown(figure) ? Math.round((figure?.value as number) * 1000) / 10 : null);
const shortInterval = (figure: WresIndicatorFieldsFragment | null | undefined) => (figure ? intervalText(figure)?.replace(/^\d+% interval /, "") : null);

interface GroupsSectionProps {
  organisationId: string;
  year: number;
  region: NhsRegion | null;
  organisationName: string;
  regionName: string;
  /** The organisation's WRES report (BME against white), for comparison. */
  indicators: readonly WresIndicatorFieldsFragment[];
}

export function GroupsSection({ organisationId, year, region, organisationName, regionName, indicators }: GroupsSectionProps) {
  const [scope, setScope] = useState<Scope>("organisation");
  const [own, reexecuteOwn] = useQuery({ query: wresGroupsQuery, variables: { organisationId, year }, requestPolicy: "cache-and-network" });
  const [england] = useQuery({ query: wresBenchmarkGroupsQuery, variables: { year, region: null }, pause: scope !== "england" });
  const [regional] = useQuery({ query: wresBenchmarkGroupsQuery, variables: { year, region }, pause: scope !== "region" || !region });

  const result = scope === "organisation" ? own : scope === "region" ? regional : england;
  const name = scope === "organisation" ? organisationName : scope === "region" ? regionName : "England";
  const benchmark = scope === "organisation" ? null : (scope === "region" ? regional : england).data?.wresBenchmark ?? null;
  const breakdown = scope === "organisation" ? (own.data?.wresReport?.byGroup ?? null) : (benchmark?.byGroup ?? null);

  let body;
  if (result.error && !result.data) body = <ErrorState error={result.error} onRetry={() => reexecuteOwn({ requestPolicy: "network-only" })} />;
  else if (!result.data) body = <LoadingState label="Loading the figures by group" lines={6} />;
  else if (!breakdown) {
    body = (
      <Alert color="gray.9" title="No figures by group" mt="sm">
        {scope === "organisation"
          ? "This return does not split BME staff into groups. Fill in the Asian, Black, Mixed and Other columns of the CSV template (they add up to BME on each line) and upload it again to see the figures by group."
          : `No organisation in ${name} has split BME staff into groups for ${year}.`}
      </Alert>
    );
  } else {
    body = (
      <>
        <Text size="sm" mt="sm" data-testid="groups-coverage">
          {coverageText(name, breakdown, benchmark?.minimumOrganisations ?? 3)}
        </Text>
        <Title order={3} size="h4" mt="md" mb="xs" id="wres-senior-roles">
          Representation in senior roles
        </Title>
        <ChartOrTable name="senior roles" chart={<SeniorRolesChart breakdown={breakdown} name={name} />} table={<SeniorRolesTable breakdown={breakdown} name={name} year={year} />} />
        <Title order={3} size="h4" mt="lg" mb="xs" id="wres-group-indicators">
          Indicators by group, compared with white staff
        </Title>
        <ChartOrTable
          name="indicators by group"
          chart={<GroupIndicatorCharts breakdown={breakdown} bme={scope === "organisation" ? indicators : null} />}
          table={<GroupIndicatorTable breakdown={breakdown} bme={scope === "organisation" ? indicators : null} caption={`WRES indicators by ethnic group for ${name}, ${year}, each compared with white staff`} />}
        />
      </>
    );
  }

  return (
    <Box>
      <Text size="sm" maw={760}>
        The single BME figure can hide large differences between groups. Where returns split BME staff into the NHS data dictionary&apos;s broad
        groups (Asian, Black, Mixed, Other), each group is compared with white staff, with the same 95% intervals, parity band and disclosure
        control as the WRES figures.
      </Text>
      <SegmentedControl
        mt="sm"
        value={scope}
        onChange={(value) => setScope(value as Scope)}
        aria-label="Whose figures by group"
        data={[
          // Not "Organisation": the organisation picker above has that name.
          { value: "organisation", label: "This organisation" },
          ...(region ? [{ value: "region", label: "Its region" }] : []),
          { value: "england", label: "England" },
        ]}
      />
      <Text size="xs" mt={4}>
        Showing: {name}
      </Text>
      {body}
    </Box>
  );
}

function coverageText(name: string, breakdown: WresGroupBreakdownFieldsFragment, minimum: number): string {
  const owner = breakdown.disclosure === "RAW" ? "Figures are shown in full." : "Figures are disclosure-controlled: counts of 1 to 7 are withheld and others rounded to 5.";
  if (breakdown.returnCount === 1 && breakdown.organisationCount === 1) return `${name} splits BME staff by group. ${owner}`;
  const of = `${organisationsText(breakdown.organisationCount)} of the ${breakdown.returnCount.toLocaleString("en-GB")} that returned split BME staff by group; the figures add up their counts.`;
  if (breakdown.withheld) {
    return `${name}: ${of} No figures by group: they are shown once ${minimum} organisations besides your own gave the split, and once those that did not are none or at least ${minimum}, so that no organisation's figures can be worked out from them.`;
  }
  return `${name}: ${of} ${owner}`;
}

// ---- senior roles ----------------------------------------------------------

function sharesByLevel(breakdown: WresGroupBreakdownFieldsFragment) {
  return WRES_SENIOR_ROLE_LEVELS.map((level) => {
    const entries = breakdown.seniorRoles.filter((entry) => entry.level === level);
    const byGroup = new Map(entries.map((entry) => [entry.group, entry.share]));
    return { level, label: entries[0]?.levelLabel ?? level, byGroup, total: entries[0] ? countOf(entries[0].share, "total") : null };
  });
}

function seniorSummary(breakdown: WresGroupBreakdownFieldsFragment): string {
  const levels = sharesByLevel(breakdown);
  const whole = levels.find((level) => level.level === "WHOLE_WORKFORCE");
  const senior = levels.find((level) => level.level === "BAND_8A_AND_ABOVE");
  if (!whole || !senior) return "";
  const parts = (["ASIAN", "BLACK", "MIXED", "OTHER"] as const).map((group) => {
    const a = percent(whole.byGroup.get(group));
    const b = percent(senior.byGroup.get(group));
    const label = detailedEthnicGroupLabels[group];
    return a === null || b === null ? `${label} staff: withheld` : `${label} staff are ${a}% of the workforce and ${b}% of band 8a and above`;
  });
  return `${parts.join("; ")}.`;
}

function SeniorRolesChart({ breakdown, name }: { breakdown: WresGroupBreakdownFieldsFragment; name: string }) {
  const levels = sharesByLevel(breakdown);
  const data = levels.map((level) => ({
    level: levelShort[level.level] ?? level.label,
    ...Object.fromEntries(DETAILED_ETHNIC_GROUPS_IN_ORDER.map((group) => [group, percent(level.byGroup.get(group))])),
  }));
  const summary = seniorSummary(breakdown);
  return (
    <>
      <Text size="sm" mb="sm">
        {summary} Withheld shares (small numbers) are left out of the bars; the table says which.
      </Text>
      <div role="img" aria-label={`Stacked bar chart of each ethnic group's share of the whole workforce, bands 1-5, bands 6-7, band 8a and above, very senior managers and the board, ${name}. ${summary}`} data-testid="senior-roles-chart">
        <BarChart
          h={380}
          data={data}
          dataKey="level"
          type="stacked"
          orientation="vertical"
          series={DETAILED_ETHNIC_GROUPS_IN_ORDER.map((group) => ({ name: group, label: detailedEthnicGroupLabels[group], color: groupColors[group] }))}
          valueFormatter={(value) => `${value}%`}
          withLegend
          legendProps={{ verticalAlign: "bottom", height: 50 }}
          textColor="gray.9"
          yAxisProps={{ width: 120 }}
          // Rounded shares can add up to 100.1%: the axis stays 0-100.
          xAxisProps={{ domain: [0, 100], ticks: [0, 25, 50, 75, 100], allowDataOverflow: true }}
          xAxisLabel="Share of staff (%)"
          accessibilityLayer={false}
        />
      </div>
    </>
  );
}

function SeniorRolesTable({ breakdown, name, year }: { breakdown: WresGroupBreakdownFieldsFragment; name: string; year: number }) {
  const levels = sharesByLevel(breakdown);
  return (
    <ScrollTable minWidth={860} striped verticalSpacing="xs" data-testid="senior-roles-table" caption={`Representation in senior roles by ethnic group, ${name}, ${year}: each group's share of the level, with 95% intervals`}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">Level</Table.Th>
          <Table.Th scope="col">Staff</Table.Th>
          {DETAILED_ETHNIC_GROUPS_IN_ORDER.map((group) => (
            <Table.Th scope="col" key={group}>
              {detailedEthnicGroupLabels[group]}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {levels.map((level) => (
          <Table.Tr key={level.level}>
            <Table.Th scope="row" fw={500}>
              {level.label}
            </Table.Th>
            <Table.Td>{level.total === null ? <Absent spoken="withheld" /> : level.total.toLocaleString("en-GB")}</Table.Td>
            {DETAILED_ETHNIC_GROUPS_IN_ORDER.map((group) => {
              const share = level.byGroup.get(group);
              const interval = shortInterval(share);
              return (
                <Table.Td key={group}>
                  {valueText(share)}
                  {interval ? (
                    <Text span size="xs" c="dimmed">
                      {" "}
                      ({interval})
                    </Text>
                  ) : null}
                </Table.Td>
              );
            })}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </ScrollTable>
  );
}

// ---- indicators by group ---------------------------------------------------

function groupFigure(breakdown: WresGroupBreakdownFieldsFragment, group: string, code: string) {
  return breakdown.groups.find((entry) => entry.group === group)?.indicators.find((indicator) => indicator.code === code) ?? null;
}

const groupShort = (label: string) => label.split(" ")[0];

function GroupIndicatorCharts({ breakdown, bme }: { breakdown: WresGroupBreakdownFieldsFragment; bme: readonly WresIndicatorFieldsFragment[] | null }) {
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
      {GROUP_CODES.map((code) => {
        const overall = bme?.find((indicator) => indicator.code === code) ?? null;
        const rows: Array<ForestRow & { figure: WresIndicatorFieldsFragment | null }> = [
          ...(overall ? [{ key: "BME", label: "BME", figure: overall }] : []),
          ...breakdown.groups.map((entry) => ({ key: entry.group, label: groupShort(entry.label), figure: groupFigure(breakdown, entry.group, code) })),
        ];
        const sample = rows.find((row) => row.figure)?.figure ?? null;
        return (
          <Card key={code} withBorder padding="md" radius="sm" role="group" aria-labelledby={`group-card-${code}`}>
            <Stack gap={6}>
              <Title order={4} size="h5" id={`group-card-${code}`}>
                {shortLabels[code as HeadlineCode]}: by group
              </Title>
              {sample ? (
                <ForestPlot
                  kind={sample.kind}
                  rows={rows}
                  band={parityBandInValueUnits(sample)}
                  parity={parityValue(sample.kind)}
                  label={`${shortLabels[code as HeadlineCode]} by group: ${rows.map((row) => `${row.label} ${valueText(row.figure)}`).join("; ")}`}
                />
              ) : null}
              <Stack gap={2}>
                {rows.map((row) => {
                  const verdict = row.figure ? parityText(code, row.figure.parity, row.figure.suppressed, row.label) : null;
                  return (
                    <Text size="sm" key={row.key}>
                      <Text span fw={600}>
                        {row.label}:
                      </Text>{" "}
                      {valueText(row.figure)}
                      {shortInterval(row.figure) ? ` (${shortInterval(row.figure)})` : ""}
                      {verdict ? (
                        <Text span size="sm" fw={600} c={parityTextColor(row.figure?.parity)}>
                          {" "}
                          · {verdict}
                        </Text>
                      ) : null}
                    </Text>
                  );
                })}
              </Stack>
            </Stack>
          </Card>
        );
      })}
    </SimpleGrid>
  );
}

function GroupIndicatorTable({ breakdown, bme, caption }: { breakdown: WresGroupBreakdownFieldsFragment; bme: readonly WresIndicatorFieldsFragment[] | null; caption: string }) {
  const columns = [...(bme ? [{ key: "BME", label: "BME" }] : []), ...breakdown.groups.map((entry) => ({ key: entry.group, label: groupShort(entry.label) }))];
  const figureOf = (key: string, code: string) => (key === "BME" ? (bme?.find((indicator) => indicator.code === code) ?? null) : groupFigure(breakdown, key, code));
  return (
    <ScrollTable minWidth={980} striped verticalSpacing="xs" data-testid="group-indicators-table" caption={caption}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">Indicator</Table.Th>
          {columns.map((column) => (
            <Table.Th scope="col" key={column.key}>
              {column.label}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {GROUP_CODES.map((code) => (
          <Table.Tr key={code}>
            <Table.Th scope="row" fw={500}>
              {code} {shortLabels[code as HeadlineCode]}
            </Table.Th>
            {columns.map((column) => {
              const figure = figureOf(column.key, code);
              const interval = shortInterval(figure);
              const verdict = figure ? parityText(code, figure.parity, figure.suppressed, column.label) : null;
              return (
                <Table.Td key={column.key}>
                  {valueText(figure)}
                  {interval ? <Text size="xs">({interval})</Text> : null}
                  {verdict && !figure?.suppressed ? (
                    <Text size="xs" fw={600} c={parityTextColor(figure?.parity)}>
                      {verdict}
                    </Text>
                  ) : null}
                </Table.Td>
              );
            })}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </ScrollTable>
  );
}
