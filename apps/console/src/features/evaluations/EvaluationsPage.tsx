import { evaluationProgrammesQuery } from "@ascent/client";
import { Role } from "@ascent/domain";
import { Anchor, Stack, Table, Text, VisuallyHidden } from "@mantine/core";
import { Link } from "react-router";
import { useQuery } from "urql";
import { EmptyState } from "../../components/EmptyState";
import { ErrorState } from "../../components/ErrorState";
import { LoadingState } from "../../components/LoadingState";
import { PageHeader } from "../../components/PageHeader";
import { RequireRole } from "../../components/RequireRole";
import { usePageTitle } from "../../lib/usePageTitle";
import { evaluationPaths } from "./paths";

export function EvaluationsPage() {
  return (
    <RequireRole roles={[Role.ADMIN, Role.PROGRAMME_MANAGER]} title="Evaluations">
      <Programmes />
    </RequireRole>
  );
}

/** The programmes whose evaluations the user runs: their academy's (every academy's for administrators). */
function Programmes() {
  usePageTitle("Evaluations");
  const [{ data, fetching, error }, reexecute] = useQuery({ query: evaluationProgrammesQuery, variables: { first: 100 }, requestPolicy: "cache-and-network" });
  const programmes = data?.programmes.edges.map((edge) => edge.node).filter((programme) => programme.managesEvaluations) ?? [];
  return (
    <Stack>
      <PageHeader title="Evaluations" />
      <Text maw={720}>
        Build each programme's questionnaires from your academy's bank of questions, for before the programme, after it and follow-ups months later. They go to every participant by
        email at the right time, with a private link; results show once answering closes, only for groups of more than seven people.
      </Text>
      {error && !data ? (
        <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: "network-only" })} />
      ) : fetching && !data ? (
        <LoadingState label="Loading programmes" lines={4} />
      ) : programmes.length === 0 ? (
        <EmptyState title="No programmes yet" description="Create a programme first; its evaluations are built here." />
      ) : (
        <Table.ScrollContainer minWidth={0}>
          <Table striped>
            <caption style={{ textAlign: "left", captionSide: "top", paddingBottom: 8 }}>Programmes</caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Programme</Table.Th>
                <Table.Th>Academy</Table.Th>
                <Table.Th>Evaluations</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {programmes.map((programme) => (
                <Table.Tr key={programme.id}>
                  <Table.Td>
                    <Anchor component={Link} to={evaluationPaths.programme(programme.id)}>
                      {programme.title}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{programme.academy.name}</Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={evaluationPaths.results(programme.id)}>
                      Results<VisuallyHidden> for {programme.title}</VisuallyHidden>
                    </Anchor>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
