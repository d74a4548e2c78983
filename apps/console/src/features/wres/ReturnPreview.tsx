import { BME_GROUP_KEYS, BME_GROUPS_IN_ORDER, bmeGroupShortLabels } from "@ascent/domain";
import { computeWres, hasBmeGroups, type WresReturnInput } from "@ascent/metrics";
import { Table, Text } from "@mantine/core";
import { Absent } from "../../components/Absent";
import { ScrollTable } from "../../components/ScrollTable";
import { formatNumber, HEADLINE_CODES, parityText, shortLabels } from "./wresText";
import type { Parity } from "@ascent/client";

const sum = (counts: { white: number; bme: number; unknown?: number }) => counts.white + counts.bme + (counts.unknown ?? 0);

/** What the file would give, computed in the browser with the same engine as the api, before anything is saved. */
export function ReturnPreview({ input }: { input: WresReturnInput }) {
  const report = computeWres(input);
  const staff = input.workforce.reduce((total, row) => total + sum(row), 0);
  const bme = input.workforce.reduce((total, row) => total + row.bme, 0);
  return (
    <>
      <Text size="sm" mb="sm">
        {input.workforce.length} workforce rows, {staff.toLocaleString("en-GB")} staff ({bme.toLocaleString("en-GB")} BME);{" "}
        {sum(input.shortlisting.shortlisted).toLocaleString("en-GB")} shortlisted and {sum(input.shortlisting.appointed).toLocaleString("en-GB")} appointed;
        a board of {sum(input.board)} voting members.{" "}
        {hasBmeGroups(input)
          ? `BME staff are split by group: ${BME_GROUPS_IN_ORDER.map(
              (group, index) => `${bmeGroupShortLabels[group]} ${input.workforce.reduce((total, row) => total + (row.bmeGroups?.[BME_GROUP_KEYS[index]] ?? 0), 0).toLocaleString("en-GB")}`,
            ).join(", ")}; the dashboard will show figures by group.`
          : "BME staff are not split by group (the Asian, Black, Mixed and Other columns are empty)."}
      </Text>
      <ScrollTable minWidth={700} striped verticalSpacing="xs" data-testid="wres-csv-preview" caption={`Indicators this file gives for ${input.year}, before submitting`}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Indicator</Table.Th>
            <Table.Th scope="col">Value</Table.Th>
            <Table.Th scope="col">95% interval</Table.Th>
            <Table.Th scope="col">Parity</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {HEADLINE_CODES.map((code) => {
            const result = report.indicators.find((indicator) => indicator.code === code);
            if (!result) return null;
            const kind = result.kind as Parameters<typeof formatNumber>[0];
            return (
              <Table.Tr key={code}>
                <Table.Th scope="row" fw={500}>
                  {code} {shortLabels[code]}
                </Table.Th>
                <Table.Td>{result.value === null ? <Absent spoken="no figure" /> : formatNumber(kind, result.value)}</Table.Td>
                <Table.Td>
                  {result.lower === null || result.upper === null ? <Absent /> : `${formatNumber(kind, result.lower)} to ${formatNumber(kind, result.upper)}`}
                </Table.Td>
                <Table.Td>{parityText(code, result.parity as Parity | null) ?? <Absent spoken="not applicable" />}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </ScrollTable>
    </>
  );
}
