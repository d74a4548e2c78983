import { Table } from "@mantine/core";
import { Absent } from "../../components/Absent";
import { ScrollTable } from "../../components/ScrollTable";

export interface CsvIssueRow {
  row: number | null;
  column: string | null;
  message: string;
}

/** Every problem found in the file, by line and column, in file order. */
export function CsvIssuesTable({ issues, fileName }: { issues: readonly CsvIssueRow[]; fileName: string }) {
  return (
    <ScrollTable minWidth={600} striped verticalSpacing="xs" data-testid="wres-csv-issues" caption={`${issues.length} ${issues.length === 1 ? "problem" : "problems"} in ${fileName}`}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">Row</Table.Th>
          <Table.Th scope="col">Column</Table.Th>
          <Table.Th scope="col">Problem</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {issues.map((issue, index) => (
          <Table.Tr key={`${issue.row}-${issue.column}-${index}`}>
            <Table.Td>{issue.row ?? <Absent spoken="whole file" />}</Table.Td>
            <Table.Td>{issue.column ?? <Absent spoken="whole line" />}</Table.Td>
            <Table.Td>{issue.message}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </ScrollTable>
  );
}

/** Browser and server issues together, each once, in file order (whole-file problems last). */
export function mergeIssues(...lists: readonly (readonly CsvIssueRow[])[]): CsvIssueRow[] {
  const seen = new Set<string>();
  const merged: CsvIssueRow[] = [];
  for (const list of lists) {
    for (const issue of list) {
      const key = `${issue.row}|${issue.column}|${issue.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      merged.push({ row: issue.row, column: issue.column, message: issue.message });
    }
  }
  return merged.sort((a, b) => (a.row ?? Number.MAX_SAFE_INTEGER) - (b.row ?? Number.MAX_SAFE_INTEGER));
}
