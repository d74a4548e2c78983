import { wresReturnsQuery } from "@ascent/client";
import { Table, Text } from "@mantine/core";
import { useQuery } from "urql";
import { Absent } from "../../components/Absent";
import { ErrorState } from "../../components/ErrorState";
import { LoadingState } from "../../components/LoadingState";
import { ScrollTable } from "../../components/ScrollTable";
import { formatDateTime } from "./wresText";

const sourceLabels: Record<string, string> = { CSV: "CSV upload", API: "API or form", DEMO: "Demo data" };

/** Every version of the organisation's return for the year, newest first: a resubmission supersedes, nothing is deleted. */
export function VersionHistory({ organisationId, year }: { organisationId: string; year: number }) {
  const [{ data, error }, reexecute] = useQuery({ query: wresReturnsQuery, variables: { organisationId, year }, requestPolicy: "cache-and-network" });
  if (error && !data) return <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: "network-only" })} />;
  if (!data) return <LoadingState label="Loading version history" lines={3} />;
  const versions = data.wresReturns;
  if (versions.length === 0) return <Text size="sm">No returns for {year}.</Text>;
  return (
    <ScrollTable minWidth={600} striped verticalSpacing="xs" data-testid="wres-version-history" caption={`Versions of the ${year} return, newest first`}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">Version</Table.Th>
          <Table.Th scope="col">Submitted</Table.Th>
          <Table.Th scope="col">Source</Table.Th>
          <Table.Th scope="col">Status</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {versions.map((version) => (
          <Table.Tr key={version.id}>
            <Table.Th scope="row">Version {version.version}</Table.Th>
            <Table.Td>
              <time dateTime={version.submittedAt}>{formatDateTime(version.submittedAt)}</time>
            </Table.Td>
            <Table.Td>{sourceLabels[version.source] ?? version.source}</Table.Td>
            <Table.Td>
              {version.current ? (
                <Text span fw={700}>
                  Current
                </Text>
              ) : version.supersededAt ? (
                <>Superseded {formatDateTime(version.supersededAt)}</>
              ) : (
                <Absent />
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </ScrollTable>
  );
}
