import type { WresBenchmarkFieldsFragment, WresIndicatorFieldsFragment, WresTrendFieldsFragment } from "@ascent/client";
import { Card, SimpleGrid, Stack, Table, Text, Title } from "@mantine/core";
import { Absent } from "../../components/Absent";
import { ScrollTable } from "../../components/ScrollTable";
import { IntervalWhisker, WhiskerLegend } from "./charts/IntervalWhisker";
import { Sparkline } from "./charts/Sparkline";
import { trendPoints, trendSummary } from "./trendPoints";
import {
  HEADLINE_CODES,
  type HeadlineCode,
  intervalText,
  parityBandInValueUnits,
  parityText,
  parityTextColor,
  parityValue,
  shortLabels,
  valueText,
} from "./wresText";

export interface IndicatorRow {
  code: HeadlineCode;
  indicator: WresIndicatorFieldsFragment | null;
  region: WresIndicatorFieldsFragment | null;
  england: WresIndicatorFieldsFragment | null;
  white: WresIndicatorFieldsFragment | null;
  bme: WresIndicatorFieldsFragment | null;
  trend: WresTrendFieldsFragment | null;
}

/** The headline rows of a report, each with its region's and England's figure and its trend. */
export function indicatorRows(
  indicators: readonly WresIndicatorFieldsFragment[],
  region: WresBenchmarkFieldsFragment | null | undefined,
  england: WresBenchmarkFieldsFragment | null | undefined,
  trends: Partial<Record<HeadlineCode, WresTrendFieldsFragment | null>>,
): IndicatorRow[] {
  const find = (list: readonly WresIndicatorFieldsFragment[] | undefined, code: string) => list?.find((i) => i.code === code) ?? null;
  return HEADLINE_CODES.map((code) => ({
    code,
    indicator: find(indicators, code),
    region: find(region?.indicators, code),
    england: find(england?.indicators, code),
    white: find(indicators, `${code}.WHITE`),
    bme: find(indicators, `${code}.BME`),
    trend: trends[code] ?? null,
  }));
}

/** A figure for a comparison: its value unless withheld. */
const shown = (figure: WresIndicatorFieldsFragment | null) => (figure && !figure.suppressed ? figure.value : null);

function whiskerLabel(row: IndicatorRow, regionName: string): string {
  const indicator = row.indicator;
  if (!indicator) return "No figure";
  const parts = [`${shortLabels[row.code]}: ${valueText(indicator)}`, intervalText(indicator), parityText(row.code, indicator.parity, indicator.suppressed)];
  if (row.region) parts.push(`${regionName}: ${valueText(row.region)}`);
  if (row.england) parts.push(`England: ${valueText(row.england)}`);
  return parts.filter(Boolean).join(". ");
}

function IndicatorCard({ row, regionName }: { row: IndicatorRow; regionName: string }) {
  const { indicator } = row;
  const points = trendPoints(row.trend);
  const summary = indicator ? trendSummary(indicator.kind, points) : null;
  const parity = indicator ? parityText(row.code, indicator.parity, indicator.suppressed) : null;
  return (
    <Card withBorder padding="md" radius="sm" component="article" aria-labelledby={`card-${row.code}`}>
      <Stack gap={6}>
        <div>
          <Title order={3} size="h5" id={`card-${row.code}`}>
            {shortLabels[row.code]}
          </Title>
          <Text size="xs" c="dimmed">
            {row.code} · {indicator?.label ?? ""}
          </Text>
        </div>
        <Text fz={28} fw={700} lh={1.1} data-testid={`value-${row.code}`}>
          {valueText(indicator)}
        </Text>
        {indicator && intervalText(indicator) ? <Text size="sm">{intervalText(indicator)}</Text> : null}
        {row.white && row.bme ? (
          <Text size="sm">
            White {valueText(row.white)} · BME {valueText(row.bme)}
          </Text>
        ) : null}
        {indicator && indicator.value !== null && !indicator.suppressed ? (
          <IntervalWhisker
            kind={indicator.kind}
            value={indicator.value}
            lower={indicator.lower}
            upper={indicator.upper}
            band={parityBandInValueUnits(indicator)}
            parity={parityValue(indicator.kind)}
            comparisons={[
              { key: "region", label: regionName, value: shown(row.region) },
              { key: "england", label: "England", value: shown(row.england) },
            ]}
            label={whiskerLabel(row, regionName)}
          />
        ) : null}
        {parity ? (
          <Text size="sm" fw={600} c={parityTextColor(indicator?.parity)}>
            {parity}
          </Text>
        ) : null}
        <Text size="sm">
          {regionName}: {valueText(row.region)} · England: {valueText(row.england)}
        </Text>
        {indicator && points.length > 1 ? (
          <>
            <Sparkline kind={indicator.kind} points={points} label={`Trend: ${summary ?? "no figures"}`} />
            {summary ? (
              <Text size="xs" c="dimmed">
                {summary}
              </Text>
            ) : null}
          </>
        ) : null}
      </Stack>
    </Card>
  );
}

export function IndicatorCards({ rows, regionName }: { rows: readonly IndicatorRow[]; regionName: string }) {
  return (
    <>
      <WhiskerLegend />
      <Text size="xs" c="dimmed" mb="sm">
        Lines in the trend: organisation solid, region dashed, England dotted.
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
        {rows.map((row) => (
          <IndicatorCard key={row.code} row={row} regionName={regionName} />
        ))}
      </SimpleGrid>
    </>
  );
}

/** The cards as a table: every figure, its interval, its parity flag and the comparisons. */
export function IndicatorTable({ rows, regionName, caption }: { rows: readonly IndicatorRow[]; regionName: string; caption: string }) {
  return (
    <ScrollTable minWidth={900} striped verticalSpacing="xs" caption={caption}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">Indicator</Table.Th>
          <Table.Th scope="col">Value</Table.Th>
          <Table.Th scope="col">95% interval</Table.Th>
          <Table.Th scope="col">Parity</Table.Th>
          <Table.Th scope="col">{regionName}</Table.Th>
          <Table.Th scope="col">England</Table.Th>
          <Table.Th scope="col">Trend</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => {
          const indicator = row.indicator;
          const interval = indicator ? intervalText(indicator)?.replace(/^\d+% interval /, "") : null;
          const summary = indicator ? trendSummary(indicator.kind, trendPoints(row.trend)) : null;
          return (
            <Table.Tr key={row.code}>
              <Table.Th scope="row" fw={500}>
                {row.code} {shortLabels[row.code]}
              </Table.Th>
              <Table.Td>{valueText(indicator)}</Table.Td>
              <Table.Td>{interval ?? <Absent />}</Table.Td>
              <Table.Td>{(indicator && parityText(row.code, indicator.parity, indicator.suppressed)) ?? <Absent spoken="not applicable" />}</Table.Td>
              <Table.Td>{valueText(row.region)}</Table.Td>
              <Table.Td>{valueText(row.england)}</Table.Td>
              <Table.Td>{summary ?? <Absent />}</Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </ScrollTable>
  );
}
