import { applicationStatusQuery, submitEqualityMonitoringMutation, withdrawEqualityMonitoringMutation } from "@ascent/client";
import type { EthnicityCode, MonitoringAgeBand, MonitoringReligion, MonitoringSex, MonitoringSexualOrientation, MonitoringYesNo } from "@ascent/domain";
import { Alert, Anchor, Button, Checkbox, Group, Paper, Radio, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { Link, useParams } from "react-router";
import { useMutation, useQuery } from "urql";
import { ErrorState } from "../../components/ErrorState";
import { FormProblems } from "../../components/FormProblems";
import { LoadingState } from "../../components/LoadingState";
import { usePageTitle } from "../../lib/usePageTitle";
import { applicationPaths } from "../applications";
import { ethnicityGroups, type MonitoringQuestionName, monitoringQuestions } from "./monitoringOptions";

type Answers = Partial<Record<MonitoringQuestionName | "ethnicity", string>>;

const TITLE = "Equality monitoring (optional)";

/**
 * The applicant's optional equality monitoring form, opened from their status
 * page with the same private token. Answers are sent once and never shown
 * back, to the applicant or anyone else: the page only says whether answers
 * are kept.
 */
export function EqualityMonitoringFormPage() {
  const { token = "" } = useParams();
  const [{ data, error }, reexecute] = useQuery({ query: applicationStatusQuery, variables: { token } });
  const [answers, setAnswers] = useState<Answers>({});
  const [consent, setConsent] = useState(false);
  const [consentError, setConsentError] = useState<string | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [outcome, setOutcome] = useState<"kept" | "deleted" | null>(null);
  const [submitting, submit] = useMutation(submitEqualityMonitoringMutation);
  const [withdrawing, withdraw] = useMutation(withdrawEqualityMonitoringMutation);
  usePageTitle(TITLE);

  if (error && !data) {
    const link = error.graphQLErrors.find((e) => e.extensions?.link);
    if (!link) return <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: "network-only" })} />;
    return (
      <Stack maw={760}>
        <Title order={1}>{link.extensions.link === "EXPIRED" ? "This link has expired" : "This link doesn't work"}</Title>
        <Text>{link.message}</Text>
      </Stack>
    );
  }
  const application = data?.applicationStatus;
  if (!application) return <LoadingState label="Loading the form" lines={8} />;
  const statusPath = applicationPaths.status(token);

  const send = async () => {
    if (!consent) {
      setConsentError("Tick the box to agree, or leave the form: it is optional.");
      return;
    }
    setConsentError(null);
    const result = await submit({
      input: {
        token,
        consent,
        ethnicity: (answers.ethnicity as EthnicityCode | undefined) ?? null,
        ageBand: (answers.ageBand as MonitoringAgeBand | undefined) ?? null,
        sex: (answers.sex as MonitoringSex | undefined) ?? null,
        genderSameAsBirth: (answers.genderSameAsBirth as MonitoringYesNo | undefined) ?? null,
        sexualOrientation: (answers.sexualOrientation as MonitoringSexualOrientation | undefined) ?? null,
        disability: (answers.disability as MonitoringYesNo | undefined) ?? null,
        religion: (answers.religion as MonitoringReligion | undefined) ?? null,
      },
    });
    const payload = result.data?.submitEqualityMonitoring;
    setProblems(result.error ? ["That didn't go through. Check your connection and try again."] : (payload?.userErrors ?? []).map((e) => e.message));
    if (payload?.recorded) setOutcome("kept");
  };

  const remove = async () => {
    const result = await withdraw({ input: { token } });
    setProblems(result.error ? ["That didn't go through. Check your connection and try again."] : (result.data?.withdrawEqualityMonitoring.userErrors ?? []).map((e) => e.message));
    if (result.data && !result.data.withdrawEqualityMonitoring.recorded && !result.error) {
      setOutcome("deleted");
      setAnswers({});
      setConsent(false);
    }
  };

  if (outcome === "kept") {
    return (
      <Stack gap="lg" maw={760}>
        <Title order={1}>Thank you</Title>
        <Alert color="green" title="Your answers are kept for equality monitoring only" styles={{ title: { color: "var(--mantine-color-text)" } }}>
          Nobody who decides on your application can see them. They are counted, with everyone else's, in figures that show whether selection is fair, and those figures never show
          groups of fewer than 8 people.
        </Alert>
        <FormProblems title="That didn't go through" problems={problems} />
        <Group>
          <Button component={Link} to={statusPath}>
            Back to your application
          </Button>
          <Button variant="subtle" color="red" loading={withdrawing.fetching} onClick={remove}>
            Delete my answers
          </Button>
        </Group>
      </Stack>
    );
  }

  return (
    <Stack gap="lg" maw={760}>
      <Stack gap={4}>
        <Text c="dimmed" size="sm">
          Application {application.reference} · {application.cohort.programme.title}
        </Text>
        <Title order={1}>{TITLE}</Title>
      </Stack>
      {outcome === "deleted" ? (
        <Alert color="green" title="Your answers are deleted" styles={{ title: { color: "var(--mantine-color-text)" } }}>
          We no longer keep any equality monitoring answers from you. You can answer again below if you change your mind.
        </Alert>
      ) : null}
      <Text>
        These questions help {application.cohort.programme.academy.name} check that selection for its programmes is fair to everyone. Answering is up to you: it makes no difference to
        your application. Skip any question, or choose "Prefer not to say".
      </Text>
      <Text>
        Your answers are kept apart from your application. Nobody who decides on applications can see them; they are only counted, with everyone else's, in figures that never show
        groups of fewer than 8 people. You can delete them at any time from this page.{" "}
        <Anchor component={Link} to={statusPath}>
          Back to your application
        </Anchor>
      </Text>

      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void send();
        }}
      >
        <Stack gap="lg">
          <Paper withBorder p="lg">
            <Radio.Group label="Ethnic group" description="The NHS ethnic categories, as in the census." value={answers.ethnicity ?? null} onChange={(value) => setAnswers({ ...answers, ethnicity: value })}>
              <Stack gap="xs" mt="xs">
                {ethnicityGroups.map(({ group, items }) =>
                  items.length === 1 && items[0].label === group ? (
                    <Radio key={group} value={items[0].value} label={items[0].label} mt="sm" />
                  ) : (
                    <Stack key={group} gap={6}>
                      <Text fw={600} size="sm" mt="xs">
                        {group}
                      </Text>
                      {items.map((item) => (
                        <Radio key={item.value} value={item.value} label={item.label} />
                      ))}
                    </Stack>
                  ),
                )}
              </Stack>
            </Radio.Group>
          </Paper>
          {monitoringQuestions.map((question) => (
            <Paper withBorder p="lg" key={question.name}>
              <Radio.Group label={question.label} value={answers[question.name] ?? null} onChange={(value) => setAnswers({ ...answers, [question.name]: value })}>
                <Stack gap={6} mt="xs">
                  {question.choices.map((choice) => (
                    <Radio key={choice.value} value={choice.value} label={choice.label} />
                  ))}
                </Stack>
              </Radio.Group>
            </Paper>
          ))}
          <Checkbox
            checked={consent}
            onChange={(event) => setConsent(event.currentTarget.checked)}
            error={consentError}
            label="I agree to my answers being kept for equality monitoring statistics only, as described above."
          />
          <FormProblems title="That didn't go through" problems={problems} />
          <Group>
            <Button type="submit" loading={submitting.fetching}>
              Send my answers
            </Button>
            <Button variant="subtle" color="red" loading={withdrawing.fetching} onClick={remove}>
              Delete answers I sent before
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
