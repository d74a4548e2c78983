import { cohortOutcomePeopleQuery, cohortQuery, recordCareerOutcomeMutation } from "@ascent/client";
import { careerOutcomeKindLabels, Role } from "@ascent/domain";
import { Paper, Stack, Table, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useParams } from "react-router";
import { useMutation, useQuery } from "urql";
import { Absent } from "../../components/Absent";
import { BackLink } from "../../components/BackLink";
import { ErrorState } from "../../components/ErrorState";
import { LoadingState } from "../../components/LoadingState";
import { PageHeader } from "../../components/PageHeader";
import { RequireRole } from "../../components/RequireRole";
import type { SaveOutcome } from "../../lib/serverUserErrors";
import { usePageTitle } from "../../lib/usePageTitle";
import { bandChange, groupShortLabel, shortDate } from "./outcomeText";
import { outcomePaths } from "./paths";
import { personInput, personKey, RecordOutcomeForm, type OutcomeFormValues } from "./RecordOutcomeForm";

const TITLE = "Record outcomes";

export function CohortOutcomesPage() {
  usePageTitle(TITLE);
  return (
    <RequireRole roles={[Role.ADMIN, Role.PROGRAMME_MANAGER]} title={TITLE}>
      <CohortOutcomes />
    </RequireRole>
  );
}

function CohortOutcomes() {
  const { id = "" } = useParams();
  const [{ data: cohortData }] = useQuery({ query: cohortQuery, variables: { id, canManage: false } });
  const [{ data, error, fetching }, reexecute] = useQuery({ query: cohortOutcomePeopleQuery, variables: { cohortId: id } });
  const [, record] = useMutation(recordCareerOutcomeMutation);
  const cohort = cohortData?.cohort;
  const title = cohort ? `${TITLE}: ${cohort.programme.title}, ${cohort.name}` : TITLE;
  const back = <BackLink to={outcomePaths.outcomes}>Back to career outcomes</BackLink>;
  if (error && !data) {
    return (
      <>
        <PageHeader title={TITLE} above={back} />
        <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: "network-only" })} />
      </>
    );
  }
  if (!data || (fetching && !data)) return <LoadingState label="Loading the cohort's people" lines={8} />;
  const people = data.cohortOutcomePeople;

  async function save(values: OutcomeFormValues): Promise<SaveOutcome> {
    if (!values.person || !values.kind) throw new Error("The form's validation should have required the person and what happened");
    const result = await record({
      input: { ...personInput(values.person), kind: values.kind, effectiveOn: values.effectiveOn, bandBefore: values.bandBefore, bandAfter: values.bandAfter },
    });
    const payload = result.data?.recordCareerOutcome;
    if (result.error || !payload) return { saved: false, error: result.error };
    // The server names the person participantId or applicationId; on this form both are "Person".
    const onPerson = (field: string[] | null) => (field && (field[0] === "participantId" || field[0] === "applicationId") ? ["person", ...field.slice(1)] : field);
    if (!payload.careerOutcome) return { saved: false, userErrors: payload.userErrors.map((problem) => ({ ...problem, field: onPerson(problem.field) })) };
    notifications.show({ color: "green", title: "Outcome recorded", message: `${careerOutcomeKindLabels[payload.careerOutcome.kind]} on ${shortDate(payload.careerOutcome.effectiveOn)}.` });
    reexecute({ requestPolicy: "network-only" });
    return { saved: true };
  }

  return (
    <>
      <PageHeader title={title} above={back} />
      <Stack gap="xl" maw={1000}>
        <Text>
          Participants (also those staff added by hand), and applicants who were waitlisted, never placed and agreed to be followed up (the comparison group). Programme impact compares how often each group is
          promoted{people[0] ? `, counting from the end of the cohort's last session on ${shortDate(people[0].completedOn)}` : ""}.
        </Text>
        <Paper withBorder p="md">
          <Title order={2} size="h3" mb="sm">
            Record an outcome
          </Title>
          {people.length === 0 ? <Text>No participants or comparison group yet.</Text> : <RecordOutcomeForm people={people} onSave={save} />}
        </Paper>
        <section aria-labelledby="people-heading">
          <Title order={2} size="h3" id="people-heading" mb="sm">
            People and their outcomes
          </Title>
          <div role="region" aria-label="People and their outcomes" tabIndex={0} style={{ overflowX: "auto" }}>
            <Table striped withTableBorder>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Person</Table.Th>
                  <Table.Th scope="col">Group</Table.Th>
                  <Table.Th scope="col">Outcomes</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {people.map((person) => (
                  <Table.Tr key={personKey(person)}>
                    <Table.Th scope="row" fw={500}>
                      {person.name ?? "(erased)"}
                    </Table.Th>
                    <Table.Td>
                      {groupShortLabel[person.group]}
                      {person.addedByHand ? (
                        <Text size="sm" c="dimmed">
                          Added by hand
                        </Text>
                      ) : null}
                    </Table.Td>
                    <Table.Td>
                      {person.outcomes.length === 0 ? (
                        <Absent spoken="none recorded" />
                      ) : (
                        person.outcomes.map((outcome) => (
                          <div key={outcome.id}>
                            {careerOutcomeKindLabels[outcome.kind]}, {shortDate(outcome.effectiveOn)}
                            {bandChange(outcome.bandBefore, outcome.bandAfter) ? ` (${bandChange(outcome.bandBefore, outcome.bandAfter)})` : ""}
                          </div>
                        ))
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </div>
        </section>
      </Stack>
    </>
  );
}
