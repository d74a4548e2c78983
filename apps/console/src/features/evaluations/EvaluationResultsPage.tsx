import { closeEvaluationMutation, evaluationResultsQuery, programmeEvaluationQuery, sendEvaluationMutation, type EvaluationResultsQuery } from "@ascent/client";
import { Role } from "@ascent/domain";
import { Alert, Blockquote, Box, Button, Group, Paper, Select, Stack, Table, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useParams, useSearchParams } from "react-router";
import { useMutation, useQuery } from "urql";
import { BackLink } from "../../components/BackLink";
import { ErrorState } from "../../components/ErrorState";
import { FormProblems } from "../../components/FormProblems";
import { LoadingState } from "../../components/LoadingState";
import { NotFoundPage } from "../../components/NotFoundPage";
import { PageHeader } from "../../components/PageHeader";
import { RequireRole } from "../../components/RequireRole";
import { formatLondonInstant } from "../../lib/londonTime";
import { usePageTitle } from "../../lib/usePageTitle";
import { KirkpatrickBadge } from "./KirkpatrickBadge";
import { selfRatingLabels, shown, signed, verdictLabels } from "./evaluationWording";
import { requestProblem } from "./fieldErrors";
import { evaluationPaths } from "./paths";

type Results = EvaluationResultsQuery["evaluationResults"];
type QuestionnaireResult = Results["questionnaires"][number];

export function EvaluationResultsPage() {
  return (
    <RequireRole roles={[Role.ADMIN, Role.PROGRAMME_MANAGER]} title="Evaluation results">
      <ResultsPage />
    </RequireRole>
  );
}

function ResultsPage() {
  const { id = "" } = useParams();
  const [params, setParams] = useSearchParams();
  const cohortId = params.get("cohort");
  const [programmeResult] = useQuery({ query: programmeEvaluationQuery, variables: { id } });
  const [{ data, error, fetching }, reexecute] = useQuery({ query: evaluationResultsQuery, variables: { programmeId: id, cohortId }, requestPolicy: "cache-and-network" });
  const programme = programmeResult.data?.programme;
  usePageTitle(programme ? `Evaluation results: ${programme.title}` : "Evaluation results");

  if (programmeResult.error && !programmeResult.data) return <ErrorState error={programmeResult.error} onRetry={() => reexecute({ requestPolicy: "network-only" })} />;
  if (programmeResult.fetching && !programme) return <LoadingState label="Loading results" lines={6} />;
  if (!programme || !programme.managesEvaluations) return <NotFoundPage />;
  const cohorts = programme.cohorts.filter((cohort) => cohort.status !== "CANCELLED" && cohort.status !== "PLANNED");
  const results = data?.evaluationResults;
  const refresh = () => reexecute({ requestPolicy: "network-only" });

  return (
    <Stack gap="xl">
      <PageHeader title={`Evaluation results: ${programme.title}`} above={<BackLink to={evaluationPaths.programme(programme.id)}>Questionnaires</BackLink>} />
      <Select
        label="Cohort"
        maw={360}
        data={[{ value: "", label: "All cohorts" }, ...cohorts.map((cohort) => ({ value: cohort.id, label: cohort.name }))]}
        value={cohortId ?? ""}
        onChange={(value) => setParams(value ? { cohort: value } : {})}
        allowDeselect={false}
      />
      <Text size="sm" c="dimmed" maw={760}>
        To protect people's answers, figures appear once answering has closed; nothing from a group of 7 or fewer is shown, counts are rounded to the nearest 5, and a
        programme's figures add up only cohorts that are shown themselves. Comments are for your academy only, in alphabetical order, never with names.
      </Text>
      {error && !data ? (
        <ErrorState error={error} onRetry={refresh} />
      ) : fetching && !results ? (
        <LoadingState label="Loading results" lines={6} />
      ) : results ? (
        <>
          <SelfRatings results={results} />
          {results.questionnaires.map((questionnaire) => (
            <QuestionnaireSection key={questionnaire.questionnaire.id} result={questionnaire} onChanged={refresh} />
          ))}
        </>
      ) : null}
    </Stack>
  );
}

function SelfRatings({ results }: { results: Results }) {
  return (
    <Stack component="section" aria-labelledby="self-ratings-heading" gap="sm">
      <Group gap="sm">
        <Title order={2} id="self-ratings-heading">
          Confidence and leadership, before and after
        </Title>
        <KirkpatrickBadge level="LEARNING" />
      </Group>
      {results.selfRatings.length === 0 ? (
        <Text>Ask a confidence or leadership self-rating in both the before and the after questionnaires to see the change here.</Text>
      ) : (
        <Table.ScrollContainer minWidth={0}>
          <Table striped verticalSpacing="sm">
            <caption style={{ textAlign: "left", captionSide: "top", paddingBottom: 8 }}>Self-ratings on the 1-5 scale, the same people before and after; change with its 95% interval</caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Self-rating</Table.Th>
                <Table.Th>People</Table.Th>
                <Table.Th>Before</Table.Th>
                <Table.Th>After</Table.Th>
                <Table.Th>Change (95% interval)</Table.Th>
                <Table.Th>What it shows</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {results.selfRatings.map((rating) => (
                <Table.Tr key={rating.measure}>
                  <Table.Td fw={600}>{selfRatingLabels[rating.measure]}</Table.Td>
                  <Table.Td>{rating.suppressed ? "7 or fewer" : shown(rating.pairs)}</Table.Td>
                  <Table.Td>{shown(rating.meanBefore)}</Table.Td>
                  <Table.Td>{shown(rating.meanAfter)}</Table.Td>
                  <Table.Td style={{ whiteSpace: "nowrap" }}>
                    {rating.meanDifference === null || rating.lower === null || rating.upper === null ? "not shown" : `${signed(rating.meanDifference)} (${signed(rating.lower)} to ${signed(rating.upper)})`}
                  </Table.Td>
                  <Table.Td>
                    {rating.verdict ? verdictLabels[rating.verdict] : "Too few people to say"}
                    <Text size="sm" c="dimmed">
                      {rating.note}
                    </Text>
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

function QuestionnaireSection({ result, onChanged }: { result: QuestionnaireResult; onChanged: () => void }) {
  const headingId = `questionnaire-${result.questionnaire.id}`;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Stack>
        <Stack gap={2}>
          <Text size="sm" fw={600} c="dimmed">
            {result.pointLabel}
          </Text>
          <Title order={2} size="h3" id={headingId}>
            {result.questionnaire.title}
          </Title>
          <Text>Respondents in these figures: {result.respondents === null ? "7 or fewer (not shown)" : result.respondents}</Text>
        </Stack>
        {result.note ? (
          <Alert color="gray" variant="light">
            <Text c="dark.8">{result.note}</Text>
          </Alert>
        ) : null}
        <Rounds result={result} onChanged={onChanged} />
        {result.questions.map((item) => (
          <QuestionResult key={item.question.id} item={item} />
        ))}
      </Stack>
    </Paper>
  );
}

function Rounds({ result, onChanged }: { result: QuestionnaireResult; onChanged: () => void }) {
  const [problems, setProblems] = useState<string[]>([]);
  const [sending, send] = useMutation(sendEvaluationMutation);
  const [closing, close] = useMutation(closeEvaluationMutation);
  const act = async (action: "send" | "close", cohortId: string) => {
    const input = { questionnaireId: result.questionnaire.id, cohortId };
    const outcome = action === "send" ? await send({ input }) : await close({ input });
    const payload = outcome.data && ("sendEvaluation" in outcome.data ? outcome.data.sendEvaluation : outcome.data.closeEvaluation);
    setProblems([...requestProblem(outcome.error), ...(payload?.userErrors ?? []).map((e) => e.message)]);
    onChanged();
  };
  return (
    <Stack gap="xs">
      <FormProblems title="That didn't go through" problems={problems} />
      <Table.ScrollContainer minWidth={0}>
        <Table verticalSpacing="xs">
          <caption style={{ textAlign: "left", captionSide: "top", paddingBottom: 4 }}>Cohorts</caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Cohort</Table.Th>
              <Table.Th>Goes out</Table.Th>
              <Table.Th>Answering closes</Table.Th>
              <Table.Th>Answered</Table.Th>
              <Table.Th>
                <Box component="span" style={{ position: "absolute", width: 1, height: 1, overflow: "hidden", clip: "rect(0 0 0 0)" }}>
                  Actions
                </Box>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {result.rounds.map((round) => (
              <Table.Tr key={round.cohortId}>
                <Table.Td>{round.cohortName}</Table.Td>
                <Table.Td>{round.sentAt ? `Sent ${formatLondonInstant(round.sentAt)}` : formatLondonInstant(round.opensAt)}</Table.Td>
                <Table.Td>
                  {formatLondonInstant(round.closesAt)}
                  {round.closed ? " (closed)" : ""}
                </Table.Td>
                <Table.Td>{round.sentAt ? `${round.responded} of ${round.invited}` : "Not sent yet"}</Table.Td>
                <Table.Td>
                  {!round.closed ? (
                    <Group gap="xs" wrap="nowrap">
                      <Button size="xs" variant="default" loading={sending.fetching} onClick={() => act("send", round.cohortId)}>
                        {round.sentAt ? "Send to anyone new" : "Send now"}
                      </Button>
                      {round.sentAt ? (
                        <Button size="xs" variant="default" loading={closing.fetching} onClick={() => act("close", round.cohortId)}>
                          Close answering
                        </Button>
                      ) : null}
                    </Group>
                  ) : null}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}

function QuestionResult({ item }: { item: QuestionnaireResult["questions"][number] }) {
  const { question } = item;
  return (
    <Stack gap="xs">
      <Group gap="xs" wrap="wrap">
        <Title order={3} size="h5">
          {question.prompt}
        </Title>
        <KirkpatrickBadge level={question.level} />
      </Group>
      {item.suppressed ? (
        <Text c="dark.6">Too few answers to show (7 or fewer), so no one's answer can be told.</Text>
      ) : question.kind === "LIKERT" ? (
        item.counts.length === 0 ? (
          <Text c="dark.6">No figures yet.</Text>
        ) : (
          <Distribution counts={item.counts} shares={item.shares} low={question.lowLabel ?? ""} high={question.highLabel ?? ""} prompt={question.prompt} />
        )
      ) : item.comments === null ? (
        <Text c="dark.6">No comments yet.</Text>
      ) : item.comments.length === 0 ? (
        <Text c="dark.6">No one wrote anything.</Text>
      ) : (
        <Stack gap="xs">
          {item.comments.map((comment, index) => (
            <Blockquote key={index} p="sm" color="gray" c="dark.8">
              {comment}
            </Blockquote>
          ))}
        </Stack>
      )}
    </Stack>
  );
}

/** Counts per point of the scale as bars; the table behind them is what screen readers read. */
function Distribution({ counts, shares, low, high, prompt }: { counts: ReadonlyArray<number | null>; shares: ReadonlyArray<number | null>; low: string; high: string; prompt: string }) {
  return (
    <Table verticalSpacing={4} withRowBorders={false} maw={640}>
      <caption style={{ position: "absolute", width: 1, height: 1, overflow: "hidden", clip: "rect(0 0 0 0)" }}>Answers to: {prompt}</caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Answer</Table.Th>
          <Table.Th>People</Table.Th>
          <Table.Th style={{ width: "45%" }}>Share</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {counts.map((count, index) => {
          const share = shares[index];
          return (
            <Table.Tr key={index}>
              <Table.Td>
                {index + 1}
                {index === 0 ? ` ${low}` : index === counts.length - 1 ? ` ${high}` : ""}
              </Table.Td>
              <Table.Td>{count === null ? "1-7" : count}</Table.Td>
              <Table.Td>
                {share === null ? (
                  <Text size="sm" c="dark.6">
                    —
                  </Text>
                ) : (
                  <Group gap="xs" wrap="nowrap">
                    <Box h={12} w={`${Math.round(share * 100)}%`} bg="blue.7" style={{ borderRadius: 2, minWidth: share > 0 ? 2 : 0 }} aria-hidden="true" />
                    <Text size="sm">{Math.round(share * 100)}%</Text>
                  </Group>
                )}
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
