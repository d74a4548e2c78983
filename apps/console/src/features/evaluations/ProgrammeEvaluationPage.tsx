import { programmeEvaluationQuery, questionTemplatesQuery, type QuestionnaireFieldsFragment, type QuestionTemplateFieldsFragment } from "@ascent/client";
import { EVALUATION_LIMITS, Role, selfRatingLabels } from "@ascent/domain";
import { Badge, Button, Group, List, Paper, Stack, Table, Text, Title } from "@mantine/core";
import { useState } from "react";
import { Link, useParams } from "react-router";
import { useQuery } from "urql";
import { BackLink } from "../../components/BackLink";
import { ErrorState } from "../../components/ErrorState";
import { LoadingState } from "../../components/LoadingState";
import { NotFoundPage } from "../../components/NotFoundPage";
import { PageHeader } from "../../components/PageHeader";
import { RequireRole } from "../../components/RequireRole";
import { usePageTitle } from "../../lib/usePageTitle";
import { KirkpatrickBadge } from "./KirkpatrickBadge";
import { QuestionnaireForm } from "./QuestionnaireForm";
import { QuestionTemplateForm } from "./QuestionTemplateForm";
import { evaluationPaths } from "./paths";

export function ProgrammeEvaluationPage() {
  return (
    <RequireRole roles={[Role.ADMIN, Role.PROGRAMME_MANAGER]} title="Evaluations">
      <Builder />
    </RequireRole>
  );
}

/** A programme's questionnaires and its academy's bank of questions: the evaluation builder. */
function Builder() {
  const { id = "" } = useParams();
  const [{ data, error, fetching }, reexecute] = useQuery({ query: programmeEvaluationQuery, variables: { id }, requestPolicy: "cache-and-network" });
  const academyId = data?.programme?.academy.id ?? null;
  const [bank, reexecuteBank] = useQuery({ query: questionTemplatesQuery, variables: { first: 100, academyId }, pause: !academyId, requestPolicy: "cache-and-network" });
  const [building, setBuilding] = useState(false);
  const [adding, setAdding] = useState(false);
  const programme = data?.programme;
  usePageTitle(programme ? `Evaluations: ${programme.title}` : "Evaluations");

  if (error && !data) return <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: "network-only" })} />;
  if (fetching && !data) return <LoadingState label="Loading the programme" lines={6} />;
  if (!programme || !programme.managesEvaluations) return <NotFoundPage />;
  const templates = bank.data?.questionTemplates.edges.map((edge) => edge.node) ?? [];
  const refresh = () => reexecute({ requestPolicy: "network-only" });

  return (
    <Stack gap="xl">
      <PageHeader
        title={`Evaluations: ${programme.title}`}
        above={<BackLink to={evaluationPaths.evaluations}>All evaluations</BackLink>}
        actions={
          <Button component={Link} to={evaluationPaths.results(programme.id)} variant="default">
            See results
          </Button>
        }
      />
      <Stack component="section" aria-labelledby="questionnaires-heading">
        <Group justify="space-between">
          <Title order={2} id="questionnaires-heading">
            Questionnaires
          </Title>
          {!building ? <Button onClick={() => setBuilding(true)}>Build a questionnaire</Button> : null}
        </Group>
        <Text c="dimmed" maw={720}>
          Each goes to every participant of every cohort by itself: before the programme 14 days ahead of the first session, after it when the last session ends, follow-ups
          that many months later. Participants have {EVALUATION_LIMITS.answerDays} days to answer (before the programme: until it starts).
        </Text>
        {building ? (
          <QuestionnaireForm
            programmeId={programme.id}
            templates={templates}
            onDone={(saved) => {
              setBuilding(false);
              if (saved) refresh();
            }}
          />
        ) : null}
        {programme.questionnaires.length === 0 ? <Text>No questionnaires yet.</Text> : programme.questionnaires.map((questionnaire) => <QuestionnaireCard key={questionnaire.id} questionnaire={questionnaire} />)}
      </Stack>
      <Stack component="section" aria-labelledby="bank-heading">
        <Group justify="space-between">
          <Title order={2} id="bank-heading">
            {programme.academy.name}'s question bank
          </Title>
          {!adding ? (
            <Button variant="default" onClick={() => setAdding(true)}>
              Add a question
            </Button>
          ) : null}
        </Group>
        {adding ? (
          <QuestionTemplateForm
            academyId={programme.academy.id}
            onDone={(saved) => {
              setAdding(false);
              if (saved) reexecuteBank({ requestPolicy: "network-only" });
            }}
          />
        ) : null}
        <BankTable templates={templates} />
      </Stack>
    </Stack>
  );
}

function QuestionnaireCard({ questionnaire }: { questionnaire: QuestionnaireFieldsFragment }) {
  return (
    <Paper withBorder p="md">
      <Stack gap="xs">
        <Text size="sm" fw={600} c="dimmed">
          {questionnaire.pointLabel}
        </Text>
        <Title order={3} size="h4">
          {questionnaire.title}
        </Title>
        <List type="ordered" spacing="xs">
          {questionnaire.questions.map((question) => (
            <List.Item key={question.id}>
              <Group gap="xs" wrap="wrap">
                <Text span>{question.prompt}</Text>
                <KirkpatrickBadge level={question.level} />
                {question.measure ? (
                  <Badge variant="outline" color="dark" tt="none">
                    {selfRatingLabels[question.measure]}, compared before and after
                  </Badge>
                ) : null}
                <Text span size="sm" c="dimmed">
                  {question.kind === "LIKERT" ? `1 ${question.lowLabel} to 5 ${question.highLabel}` : "Free text"}; {question.required ? "must be answered" : "optional"}
                </Text>
              </Group>
            </List.Item>
          ))}
        </List>
      </Stack>
    </Paper>
  );
}

function BankTable({ templates }: { templates: QuestionTemplateFieldsFragment[] }) {
  if (templates.length === 0) return <Text>No questions in the bank yet: add one.</Text>;
  return (
    <Table.ScrollContainer minWidth={0}>
      <Table striped verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Question</Table.Th>
            <Table.Th>Answer</Table.Th>
            <Table.Th>Kirkpatrick level</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {templates.map((template) => (
            <Table.Tr key={template.id}>
              <Table.Td>
                {template.prompt}
                {template.measure ? (
                  <Text size="sm" c="dimmed">
                    {selfRatingLabels[template.measure]} self-rating, compared before and after
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td>{template.kind === "LIKERT" ? `1 ${template.lowLabel} to 5 ${template.highLabel}` : "Free text"}</Table.Td>
              <Table.Td>
                <KirkpatrickBadge level={template.level} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

