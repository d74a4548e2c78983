import { scoreApplicationMutation, type ApplicationDetailFieldsFragment as Application } from "@ascent/client";
import { Role } from "@ascent/domain";
import { Alert, Button, Group, NumberInput, Paper, SimpleGrid, Stack, Text, Textarea, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useNavigate } from "react-router";
import { useMutation } from "urql";
import { BackLink } from "../../components/BackLink";
import { FormProblems } from "../../components/FormProblems";
import { PageHeader } from "../../components/PageHeader";
import { RequireRole } from "../../components/RequireRole";
import { problemSentence } from "../../lib/graphqlErrors";
import { useSignedInUser } from "../../lib/signedInUser";
import { useApplicationPage } from "./useApplicationPage";
import { applicantName } from "./ApplicationQueuePage";
import { APPLICATION_TYPENAMES } from "./CohortApplicationsFrame";
import { staffApplicationPaths } from "./paths";

export function ScoreApplicationPage() {
  return (
    <RequireRole roles={[Role.ADMIN, Role.PROGRAMME_MANAGER]} title="Score an application">
      <ScoreApplication />
    </RequireRole>
  );
}

function ScoreApplication() {
  const { application, instead } = useApplicationPage({ title: "Score an application", titleOf: (found) => `Score ${applicantName(found)}`, loadingLines: 6 });
  if (!application) return instead;
  return (
    <>
      <PageHeader title={`Score ${applicantName(application)}`} above={<BackLink to={staffApplicationPaths.panel(application.cohort.id)}>Back to the panel</BackLink>} />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg" maw={1200}>
        <Paper withBorder p="lg" component="section" aria-labelledby="answers-heading">
          <Title order={2} size="h4" id="answers-heading" mb="sm">
            {application.reference}: answers
          </Title>
          <Stack gap="sm" component="dl" m={0}>
            {application.answers.map((answer) => (
              <div key={answer.questionKey}>
                <Text component="dt" fw={600} size="sm">
                  {answer.question}
                </Text>
                <Text component="dd" m={0} style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>
                  {answer.value}
                </Text>
              </div>
            ))}
            {application.answers.length === 0 ? <Text size="sm">No answers.</Text> : null}
          </Stack>
        </Paper>
        <ScoreForm key={application.id} application={application} />
      </SimpleGrid>
    </>
  );
}


function ScoreForm({ application }: { application: Application }) {
  const user = useSignedInUser();
  const navigate = useNavigate();
  const criteria = application.cohort.programme.selectionCriteria;
  const mine = application.panelScores.find((score) => score.reviewer?.id === user.id);
  const [values, setValues] = useState<Record<string, number | "">>(() => Object.fromEntries(criteria.map((c) => [c.key, mine?.scores.find((s) => s.criterionKey === c.key)?.score ?? ""])));
  const [comment, setComment] = useState(mine?.comment ?? "");
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [problems, setProblems] = useState<string[]>([]);
  const [{ fetching }, score] = useMutation(scoreApplicationMutation);

  if (criteria.length === 0) {
    return (
      <Alert color="yellow" title="No selection criteria" role="status">
        <Text size="sm" c="var(--mantine-color-text)">
          The programme has no selection criteria yet. Add them on the programme's page, under Selection criteria, then score.
        </Text>
      </Alert>
    );
  }

  async function save() {
    setProblems([]);
    setFieldErrors({});
    const scores = criteria.filter((c) => values[c.key] !== "").map((c) => ({ criterionKey: c.key, score: Number(values[c.key]) }));
    const result = await score({ input: { applicationId: application.id, scores, comment: comment.trim() || null } }, APPLICATION_TYPENAMES);
    const payload = result.data?.scoreApplication;
    if (result.error || !payload) {
      setProblems([result.error ? problemSentence(result.error) : "The score was not saved."]);
      return;
    }
    if (payload.userErrors.length > 0) {
      const byField: Record<string, string> = {};
      const above: string[] = [];
      for (const problem of payload.userErrors) {
        const [root, second] = problem.field ?? [];
        // scores.<index>.score for a bad score, scores.<criterion key> for a missing one.
        const key = root === "scores" ? (criteria.some((c) => c.key === second) ? second : scores[Number(second)]?.criterionKey) : undefined;
        const criterion = key ? criteria.find((c) => c.key === key) : undefined;
        if (criterion) byField[criterion.key] = problem.message;
        else if (root === "comment") byField.comment = problem.message;
        else above.push(problem.message);
      }
      setFieldErrors(byField);
      setProblems(above);
      return;
    }
    notifications.show({ color: "green", title: "Score saved", message: `Your total is ${payload.score?.total}; the mean is now ${payload.application?.meanScore?.toFixed(2) ?? "–"}.` });
    navigate(staffApplicationPaths.panel(application.cohort.id));
  }

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="score-heading">
      <Title order={2} size="h4" id="score-heading" mb="xs">
        Your score
      </Title>
      <Text size="sm" mb="md">
        {mine ? "You have scored this application; saving replaces your score." : "Score every criterion. Each reviewer has one score per application."}
      </Text>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <Stack gap="md">
          <FormProblems title="The score was not saved" problems={problems} />
          {criteria.map((criterion) => (
            <NumberInput
              key={criterion.key}
              label={`${criterion.title} (0 to ${criterion.maxScore})`}
              description={criterion.description ?? undefined}
              value={values[criterion.key]}
              onChange={(value) => setValues((current) => ({ ...current, [criterion.key]: typeof value === "number" ? value : value === "" ? "" : Number(value) }))}
              allowDecimal={false}
              allowNegative={false}
              error={fieldErrors[criterion.key]}
            />
          ))}
          <Textarea label="Comment for the panel (optional)" value={comment} onChange={(event) => setComment(event.currentTarget.value)} error={fieldErrors.comment} autosize minRows={3} maxLength={2000} />
          <Group>
            <Button type="submit" loading={fetching}>
              Save score
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
