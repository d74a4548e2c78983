import { careerOutcomesQuery } from "@ascent/client";
import { careerOutcomeKindLabels, CareerOutcomeKind } from "@ascent/domain";
import { Table, Text, Title } from "@mantine/core";
import { useQuery } from "urql";
import { ErrorState } from "../../components/ErrorState";
import { bandChange, groupShortLabel, shortDate } from "./outcomeText";

/** How many of the latest outcomes the section reads: enough for several cohorts of a programme. */
const READ = 100;
const LATEST_SHOWN = 10;

/**
 * What has been recorded for the programme's people so far, whenever they
 * finished: the horizon figures above count a person only once 6, 12 or 24
 * months have passed, so a cohort that has just finished shows nothing there.
 * Only the owning academy (and administrators) see it: `careerOutcomes` gives
 * programme managers their own academy's people only, and the section isn't
 * asked for when the page shows another academy's disclosure-controlled figures.
 */
export function RecordedOutcomesSection({ programmeId, cohortId, cohortName }: { programmeId: string; cohortId: string | null; cohortName: string | null }) {
  const [{ data, error }] = useQuery({ query: careerOutcomesQuery, variables: { first: READ, filter: { programmeId, cohortId } }, requestPolicy: "cache-and-network" });
  const rows = data?.careerOutcomes.edges.map((edge) => edge.node) ?? [];
  const total = data?.careerOutcomes.totalCount ?? 0;
  const kinds = Object.values(CareerOutcomeKind)
    .map((kind) => ({
      kind,
      participants: rows.filter((row) => row.kind === kind && row.group === "PARTICIPANT").length,
      comparison: rows.filter((row) => row.kind === kind && row.group === "COMPARISON").length,
    }))
    .filter((count) => count.participants + count.comparison > 0);
  return (
    <section aria-labelledby="recorded-heading">
      <Title order={2} size="h3" id="recorded-heading" mb="xs">
        Outcomes recorded so far
      </Title>
      <Text size="sm" mb="sm">
        Everything recorded for {cohortName ? `the ${cohortName} cohort` : "this programme's people"}, however recently they finished. The figures above count a person only once 6,
        12 or 24 months have passed since they completed; this shows the outcomes already known. Only your academy sees names.
      </Text>
      {error && !data ? <ErrorState error={error} /> : null}
      {data && total === 0 ? <Text>No outcomes recorded yet. Record them under Career outcomes, from a cohort.</Text> : null}
      {rows.length > 0 ? (
        <>
          <Text fw={500} mb="xs">
            {total} {total === 1 ? "outcome" : "outcomes"} recorded{total > READ ? `; the counts below are of the latest ${READ}` : ""}.
          </Text>
          <div role="region" aria-label="Outcomes recorded, by kind" tabIndex={0} style={{ overflowX: "auto" }}>
            <Table withTableBorder maw={560} mb="md">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Outcome</Table.Th>
                  <Table.Th scope="col">Participants</Table.Th>
                  <Table.Th scope="col">Comparison group</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {kinds.map((count) => (
                  <Table.Tr key={count.kind}>
                    <Table.Th scope="row" fw={500}>
                      {careerOutcomeKindLabels[count.kind]}
                    </Table.Th>
                    <Table.Td>{count.participants}</Table.Td>
                    <Table.Td>{count.comparison}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </div>
          <Title order={3} size="h5" mb="xs">
            Latest {Math.min(LATEST_SHOWN, rows.length)}
          </Title>
          <ul aria-label="Latest outcomes recorded" style={{ margin: 0, paddingLeft: "1.2rem" }}>
            {rows.slice(0, LATEST_SHOWN).map((row) => (
              <li key={row.id}>
                <Text size="sm">
                  <Text span fw={600} size="sm">
                    {row.name ?? "(erased)"}
                  </Text>{" "}
                  ({groupShortLabel[row.group]}, {row.cohort.name}): {careerOutcomeKindLabels[row.kind]}, {shortDate(row.effectiveOn)}
                  {bandChange(row.bandBefore, row.bandAfter) ? ` (${bandChange(row.bandBefore, row.bandAfter)})` : ""}
                </Text>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
