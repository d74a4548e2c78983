import type { WresIndicatorFieldsFragment } from "@ascent/client";
import { WorkforceCategory, workforceCategoryLabels, WRES_GRADES_IN_ORDER, wresGradeLabels, type WresGrade, isMedicalGrade } from "@ascent/domain";
import { Table, Text } from "@mantine/core";
import { Absent } from "../../components/Absent";
import { ScrollTable } from "../../components/ScrollTable";
import { GroupedBarChart } from "./charts/GroupedBarChart";
import { countOf, formatNumber, intervalText, parityText, valueText } from "./wresText";

interface BandRow {
  grade: WresGrade;
  clinical: WresIndicatorFieldsFragment | null;
  nonClinical: WresIndicatorFieldsFragment | null;
}

function bandRows(indicators: readonly WresIndicatorFieldsFragment[]): BandRow[] {
  const find = (code: string) => indicators.find((i) => i.code === code) ?? null;
  return WRES_GRADES_IN_ORDER.map((grade) => ({
    grade,
    clinical: find(`WRES1.CLINICAL.${grade}`),
    nonClinical: isMedicalGrade(grade) ? null : find(`WRES1.NON_CLINICAL.${grade}`),
  })).filter((row) => hasValue(row.clinical) || hasValue(row.nonClinical) || row.clinical?.suppressed || row.nonClinical?.suppressed);
}

/** Short axis labels: the table gives the full names. */
function chartLabel(grade: WresGrade): string {
  const short: Partial<Record<WresGrade, string>> = { VSM: "VSM", NON_CONSULTANT_CAREER_GRADE: "Non-consultant", TRAINEE: "Trainee" };
  return short[grade] ?? wresGradeLabels[grade];
}

const hasValue = (figure: WresIndicatorFieldsFragment | null) => figure !== null && !figure.suppressed && figure.value !== null;
const shareOf = (figure: WresIndicatorFieldsFragment | null) => (hasValue(figure) ? (figure?.value as number) : null);
const percent = (figure: WresIndicatorFieldsFragment | null) => (hasValue(figure) ? Math.round((figure?.value as number) * 1000) / 10 : null);

/**
 * Where the ceiling is: the lowest AfC band from which every band above has a
 * BME share below the whole workforce's. Null when there is none.
 */
export function ceilingOf(rows: readonly { grade: WresGrade; figure: WresIndicatorFieldsFragment | null }[], workforceShare: number): WresGrade | null {
  const afc = rows.filter((row) => !isMedicalGrade(row.grade) && hasValue(row.figure));
  let ceiling: WresGrade | null = null;
  for (let index = afc.length - 1; index >= 0; index -= 1) {
    if ((afc[index].figure?.value as number) < workforceShare) ceiling = afc[index].grade;
    else break;
  }
  // A ceiling at the lowest band is no ceiling, just under-representation everywhere.
  return ceiling && afc[0]?.grade !== ceiling ? ceiling : null;
}

function summaryText(rows: readonly BandRow[], whole: WresIndicatorFieldsFragment | null): string {
  if (!whole || whole.value === null) return "No whole-workforce figure to compare bands with.";
  const share = whole.value;
  const parts = [`BME staff are ${formatNumber("REPRESENTATION", share)} of the whole workforce.`];
  for (const [category, key] of [
    [WorkforceCategory.CLINICAL, "clinical"],
    [WorkforceCategory.NON_CLINICAL, "nonClinical"],
  ] as const) {
    const series = rows.map((row) => ({ grade: row.grade, figure: row[key] }));
    const ceiling = ceilingOf(series, share);
    const under = series.filter((row) => row.figure?.parity === "FAVOURS_REFERENCE").map((row) => wresGradeLabels[row.grade]);
    const label = workforceCategoryLabels[category];
    parts.push(
      ceiling
        ? `${label}: from ${wresGradeLabels[ceiling]} upwards every band's BME share is below the workforce's (the ceiling).`
        : `${label}: no band from which every higher band falls below the workforce share.`,
    );
    if (under.length) parts.push(`${label} bands significantly under-represented: ${under.join(", ")}.`);
  }
  return parts.join(" ");
}

/** The chart's colours: the theme's NHS blue and orange, the whole workforce's line in dark grey. */
const SERIES = [
  { label: "Clinical", color: "var(--mantine-color-nhsBlue-6)" },
  { label: "Non-clinical", color: "var(--mantine-color-orange-8)" },
] as const;

/**
 * BME share by band, clinical and non-clinical, against the whole workforce's share: the pipeline. Drawn by our own
 * SVG bars (GroupedBarChart), not recharts, so that it is painted with the page's first render (issue 14).
 */
export function BandRepresentationChart({ indicators }: { indicators: readonly WresIndicatorFieldsFragment[] }) {
  const rows = bandRows(indicators);
  const whole = indicators.find((i) => i.code === "WRES1") ?? null;
  const groups = rows.map((row) => ({ key: row.grade, label: chartLabel(row.grade), values: [shareOf(row.clinical), shareOf(row.nonClinical)] }));
  const wholePercent = percent(whole);
  const summary = summaryText(rows, whole);
  return (
    <>
      <Text size="sm" mb="sm" id="band-chart-summary">
        {summary}
      </Text>
      <div role="img" aria-label={`Bar chart of the BME share of each band. ${summary}`}>
        <GroupedBarChart
          height={340}
          groups={groups}
          series={SERIES}
          format={(value) => `${Math.round(value * 1000) / 10}%`}
          reference={wholePercent === null ? null : { value: wholePercent / 100, label: `Whole workforce ${wholePercent}%`, color: "var(--mantine-color-gray-8)" }}
          axisLabel="BME share of staff (%)"
        />
      </div>
    </>
  );
}

/** The same figures as a table, with intervals, headcounts and parity flags. */
export function BandRepresentationTable({ indicators }: { indicators: readonly WresIndicatorFieldsFragment[] }) {
  const rows = bandRows(indicators);
  const cell = (figure: WresIndicatorFieldsFragment | null) => {
    if (!figure) return <Absent spoken="not applicable" />;
    const interval = intervalText(figure)?.replace(/^\d+% interval /, "");
    return (
      <>
        {valueText(figure)}
        {interval ? (
          <Text span size="xs" c="dimmed">
            {" "}
            ({interval})
          </Text>
        ) : null}
      </>
    );
  };
  const headcount = (figure: WresIndicatorFieldsFragment | null) => {
    const total = figure ? countOf(figure, "total") : null;
    return total === null ? <Absent spoken={figure ? "withheld" : "not applicable"} /> : total.toLocaleString("en-GB");
  };
  return (
    <ScrollTable minWidth={800} striped verticalSpacing="xs" caption="BME share of staff by band (indicator 1), with 95% intervals">
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">Band or grade</Table.Th>
          <Table.Th scope="col">Clinical BME share</Table.Th>
          <Table.Th scope="col">Clinical staff</Table.Th>
          <Table.Th scope="col">Non-clinical BME share</Table.Th>
          <Table.Th scope="col">Non-clinical staff</Table.Th>
          <Table.Th scope="col">Parity</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => {
          const flags = [
            row.clinical && parityText(row.clinical.code, row.clinical.parity, row.clinical.suppressed) ? `Clinical: ${parityText(row.clinical.code, row.clinical.parity, row.clinical.suppressed)}` : null,
            row.nonClinical && parityText(row.nonClinical.code, row.nonClinical.parity, row.nonClinical.suppressed)
              ? `Non-clinical: ${parityText(row.nonClinical.code, row.nonClinical.parity, row.nonClinical.suppressed)}`
              : null,
          ].filter(Boolean);
          return (
            <Table.Tr key={row.grade}>
              <Table.Th scope="row" fw={500}>
                {wresGradeLabels[row.grade]}
              </Table.Th>
              <Table.Td>{cell(row.clinical)}</Table.Td>
              <Table.Td>{headcount(row.clinical)}</Table.Td>
              <Table.Td>{cell(row.nonClinical)}</Table.Td>
              <Table.Td>{headcount(row.nonClinical)}</Table.Td>
              <Table.Td>
                <Text size="xs">{flags.length ? flags.join(" ") : <Absent spoken="not applicable" />}</Text>
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </ScrollTable>
  );
}
