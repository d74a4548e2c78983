import { evaluationFormQuery, submitEvaluationMutation, type EvaluationAnswerInput, type EvaluationFormFieldsFragment } from "@ascent/client";
import { EVALUATION_LIMITS, LIKERT_MAX, LIKERT_MIN } from "@ascent/domain";
import { Alert, Button, Group, Paper, Radio, Stack, Text, Textarea, Title } from "@mantine/core";
import { useState } from "react";
import { useParams } from "react-router";
import { useMutation, useQuery } from "urql";
import { ErrorState } from "../../components/ErrorState";
import { FormProblems } from "../../components/FormProblems";
import { LoadingState } from "../../components/LoadingState";
import { formatLondonInstant } from "../../lib/londonTime";
import { usePageTitle } from "../../lib/usePageTitle";
import { requestProblem } from "./fieldErrors";

type Answers = Record<string, { rating: string | null; text: string }>;

const fromForm = (form: EvaluationFormFieldsFragment): Answers =>
  Object.fromEntries(form.questions.map((q) => {
    const given = form.answers.find((a) => a.questionId === q.id);
    return [q.id, { rating: given?.rating ? String(given.rating) : null, text: given?.text ?? "" }];
  }));

/** A link that no longer works, in plain words. */
function LinkProblem({ message, closed }: { message: string; closed: boolean }) {
  return (
    <Stack maw={640}>
      <Title order={1}>{closed ? "This questionnaire has closed" : "This link doesn't work"}</Title>
      <Text>{message}</Text>
    </Stack>
  );
}

/** The participant's questionnaire, from the private link in their email: no account, phone-sized first. */
export function AnswerPage() {
  const { token = "" } = useParams();
  const [{ data, error }, reexecute] = useQuery({ query: evaluationFormQuery, variables: { token } });
  usePageTitle("Your questionnaire");
  const link = error?.graphQLErrors[0]?.extensions?.link as string | undefined;
  if (error && !data) return link ? <LinkProblem message={error.graphQLErrors[0].message} closed={link !== "INVALID"} /> : <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: "network-only" })} />;
  if (!data?.evaluationForm) return <LoadingState label="Loading your questionnaire" lines={6} />;
  return <AnswerForm token={token} initial={data.evaluationForm} />;
}

function AnswerForm({ token, initial }: { token: string; initial: EvaluationFormFieldsFragment }) {
  const [form, setForm] = useState(initial);
  const [answers, setAnswers] = useState<Answers>(() => fromForm(initial));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problems, setProblems] = useState<string[]>([]);
  const [sent, setSent] = useState(false);
  const [{ fetching }, submit] = useMutation(submitEvaluationMutation);

  const save = async () => {
    const result = await submit({
      input: {
        token,
        answers: form.questions.flatMap((q): EvaluationAnswerInput[] => {
          const answer = answers[q.id];
          if (q.kind === "LIKERT") return answer?.rating ? [{ questionId: q.id, rating: Number(answer.rating) }] : [];
          return answer?.text ? [{ questionId: q.id, text: answer.text }] : [];
        }),
      },
    });
    const payload = result.data?.submitEvaluation;
    const byQuestion: Record<string, string> = {};
    const above: string[] = [...requestProblem(result.error)];
    for (const problem of payload?.userErrors ?? []) {
      const questionId = problem.field?.[0] === "answers" ? problem.field[1] : undefined;
      if (questionId && form.questions.some((q) => q.id === questionId)) byQuestion[questionId] = problem.message;
      else above.push(problem.message);
    }
    setErrors(byQuestion);
    setProblems(Object.keys(byQuestion).length > 0 ? [...above, "Some answers need another look: see the messages beside them."] : above);
    if (payload?.form) {
      setForm(payload.form);
      setSent(true);
      window.scrollTo({ top: 0 });
    }
  };

  return (
    <Stack gap="lg" maw={720} component="form" onSubmit={(event) => (event.preventDefault(), void save())}>
      <Stack gap={4}>
        <Text c="dark.6" size="sm">
          {form.programmeTitle}, {form.cohortName} · {form.pointLabel}
        </Text>
        <Title order={1}>{form.title}</Title>
      </Stack>
      {sent ? (
        <Alert color="green" variant="light" title="Thank you: your answers are saved" role="status" styles={{ title: { color: "var(--mantine-color-text)" } }}>
          <Text c="dark.8">You can change them here until {formatLondonInstant(form.closesAt)} (London time).</Text>
        </Alert>
      ) : null}
      <Stack gap="xs">
        {form.participantName ? <Text>Dear {form.participantName},</Text> : null}
        {form.introduction ? <Text>{form.introduction}</Text> : null}
        <Text>
          Questions marked with a red star (*) must be answered. You can change your answers until {formatLondonInstant(form.closesAt)} (London time).
          {form.submittedAt && !sent ? " You have answered already: what you sent is filled in below." : ""}
        </Text>
      </Stack>
      <FormProblems title="Your answers weren't saved" problems={problems} />
      {form.questions.map((question, index) => {
        const answer = answers[question.id] ?? { rating: null, text: "" };
        const set = (change: Partial<Answers[string]>) => setAnswers((all) => ({ ...all, [question.id]: { ...answer, ...change } }));
        const label = `${index + 1}. ${question.prompt}`;
        return (
          <Paper key={question.id} withBorder p="md">
            {question.kind === "LIKERT" ? (
              <Radio.Group
                label={label}
                description={`1 means ${question.lowLabel}; 5 means ${question.highLabel}.`}
                withAsterisk={question.required}
                value={answer.rating}
                onChange={(value) => set({ rating: value })}
                error={errors[question.id]}
                styles={{ label: { fontSize: "var(--mantine-font-size-md)" } }}
              >
                <Group mt="sm" gap="md" wrap="wrap">
                  {Array.from({ length: LIKERT_MAX - LIKERT_MIN + 1 }, (_, i) => i + LIKERT_MIN).map((value) => (
                    <Radio
                      key={value}
                      value={String(value)}
                      size="md"
                      label={value === LIKERT_MIN ? `${value} ${question.lowLabel}` : value === LIKERT_MAX ? `${value} ${question.highLabel}` : String(value)}
                    />
                  ))}
                </Group>
              </Radio.Group>
            ) : (
              <Textarea
                label={label}
                withAsterisk={question.required}
                value={answer.text}
                onChange={(e) => set({ text: e.currentTarget.value })}
                error={errors[question.id]}
                maxLength={EVALUATION_LIMITS.answerTextMaxLength}
                autosize
                minRows={3}
                description="Read by the academy's own staff, never with your name."
                styles={{ label: { fontSize: "var(--mantine-font-size-md)" } }}
              />
            )}
          </Paper>
        );
      })}
      <Group>
        <Button type="submit" size="md" loading={fetching}>
          {form.submittedAt ? "Save my changes" : "Send my answers"}
        </Button>
      </Group>
    </Stack>
  );
}
