import "@mantine/charts/styles.css";
import type { WresTrendFieldsFragment } from "@ascent/client";
import { LineChart } from "@mantine/charts";
import { Select, Table, Text } from "@mantine/core";
import { useState } from "react";
import { Absent } from "../../components/Absent";
import { ScrollTable } from "../../components/ScrollTable";
import { ChartOrTable } from "./ChartOrTable";
import { trendPoints, trendSummary } from "./trendPoints";
import { formatNumber, HEADLINE_CODES, type HeadlineCode, shortLabels } from "./wresText";

interface TrendSectionProps {
  trends: Partial<Record<HeadlineCode, WresTrendFieldsFragment | null>>;
  kinds: Partial<Record<HeadlineCode, "RELATIVE_LIKELIHOOD" | "PROPORTION" | "DIFFERENCE" | "REPRESENTATION">>;
  organisationName: string;
  regionName: string;
}

const options = HEADLINE_CODES.map((code) => ({ value: code, label: `${code} ${shortLabels[code]}` }));

/** One indicator across years: the organisation, its region and England, as a line chart or a table. */
export function TrendSection({ trends, kinds, organisationName, regionName }: TrendSectionProps) {
  const [code, setCode] = useState<HeadlineCode>("WRES2");
  const kind = kinds[code] ?? "RELATIVE_LIKELIHOOD";
  const points = trendPoints(trends[code]);
  const scaleFactor = kind === "RELATIVE_LIKELIHOOD" ? 1 : 100;
  const round = (value: number | null) => (value === null ? null : Math.round(value * scaleFactor * 1000) / 1000);
  const data = points.map((point) => ({ year: String(point.year), organisation: round(point.organisation), region: round(point.region), england: round(point.england) }));
  const unit = kind === "RELATIVE_LIKELIHOOD" ? "" : kind === "DIFFERENCE" ? " pp" : "%";
  const summary = trendSummary(kind, points) ?? "No figures for this organisation in these years.";
  return (
    <>
      <Select label="Indicator" data={options} value={code} onChange={(value) => value && setCode(value as HeadlineCode)} allowDeselect={false} maw={420} mb="sm" />
      <Text size="sm" mb="sm">
        {shortLabels[code]}: {summary}
      </Text>
      <ChartOrTable
        name="trend"
        chart={
          <div role="img" aria-label={`Line chart of ${shortLabels[code]} by year for ${organisationName}, ${regionName} and England. ${summary}`}>
            <LineChart
              h={300}
              data={data}
              dataKey="year"
              series={[
                { name: "organisation", label: organisationName, color: "nhsBlue.6" },
                { name: "region", label: regionName, color: "orange.9", strokeDasharray: "6 3" },
                { name: "england", label: "England", color: "gray.8", strokeDasharray: "2 3" },
              ]}
              valueFormatter={(value) => `${kind === "RELATIVE_LIKELIHOOD" ? value.toFixed(2) : value.toFixed(1)}${unit}`}
              referenceLines={kind === "RELATIVE_LIKELIHOOD" ? [{ y: 1, label: "Parity", color: "green.9" }] : kind === "DIFFERENCE" ? [{ y: 0, label: "Parity", color: "green.9" }] : []}
              withLegend
              textColor="gray.9"
              connectNulls={false}
              yAxisProps={{ domain: ["auto", "auto"] }}
              accessibilityLayer={false}
            />
          </div>
        }
        table={
          <ScrollTable minWidth={500} striped verticalSpacing="xs" caption={`${shortLabels[code]} by data year`}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Year</Table.Th>
                <Table.Th scope="col">{organisationName}</Table.Th>
                <Table.Th scope="col">{regionName}</Table.Th>
                <Table.Th scope="col">England</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(trends[code]?.points ?? []).map((point) => {
                const show = (figure: { value: number | null; suppressed: boolean; formatted: string | null; lower: number | null; upper: number | null } | null) => {
                  if (!figure) return <Absent spoken="no return" />;
                  if (figure.suppressed) return "Withheld (small numbers)";
                  if (figure.value === null) return <Absent spoken="no figure" />;
                  const interval = figure.lower !== null && figure.upper !== null ? ` (${formatNumber(kind, figure.lower)} to ${formatNumber(kind, figure.upper)})` : "";
                  return `${figure.formatted ?? formatNumber(kind, figure.value)}${interval}`;
                };
                return (
                  <Table.Tr key={point.year}>
                    <Table.Th scope="row">{point.year}</Table.Th>
                    <Table.Td>{show(point.organisation)}</Table.Td>
                    <Table.Td>{show(point.region)}</Table.Td>
                    <Table.Td>{show(point.england)}</Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </ScrollTable>
        }
      />
    </>
  );
}
