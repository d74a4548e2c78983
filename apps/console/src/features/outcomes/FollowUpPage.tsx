import { careerFollowUpQuery, reportCareerOutcomeMutation, type CareerFollowUpQuery } from "@ascent/client";
import { afcBandLabels, careerOutcomeKindLabels } from "@ascent/domain";
import { Alert, Paper, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useParams } from "react-router";
import type { CombinedError } from "urql";
import { useMutation, useQuery } from "urql";
import { ErrorState } from "../../components/ErrorState";
import { LoadingState } from "../../components/LoadingState";
import type { SaveOutcome } from "../../lib/serverUserErrors";
import { usePageTitle } from "../../lib/usePageTitle";
import { RecordOutcomeForm, type OutcomeFormValues } from "./RecordOutcomeForm";
import { bandChange, shortDate } from "./outcomeText";

type Outcomes = CareerFollowUpQuery["careerFollowUp"]["outcomes"];

const linkProblem = (error: CombinedError): "INVALID" | "EXPIRED" | null => {
  const link = error.graphQLErrors[0]?.extensions?.link;
  return link === "INVALID" || link === "EXPIRED" ? link : null;
};

/** The page a follow-up email links to: the person says what has changed in their career. No account needed. */
export function FollowUpPage() {
  usePageTitle("Your career since the programme");
  const { token = "" } = useParams();
  const [{ data, error }, reexecute] = useQuery({ query: careerFollowUpQuery, variables: { token } });
  const [, report] = useMutation(reportCareerOutcomeMutation);
  const [saved, setSaved] = useState<Outcomes | null>(null);
  if (error && !data) {
    const link = linkProblem(error);
    if (!link) return <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: "network-only" })} />;
    return (
      <Stack>
        <Title order={1}>{link === "EXPIRED" ? "This link has expired" : "This link doesn't work"}</Title>
        <Text>{error.graphQLErrors[0]?.message}</Text>
      </Stack>
    );
  }
  const followUp = data?.careerFollowUp;
  if (!followUp) return <LoadingState label="Loading" lines={5} />;
  const outcomes = saved ?? followUp.outcomes;

  async function save(values: OutcomeFormValues): Promise<SaveOutcome> {
    if (!values.kind) throw new Error("The form's validation should have required what happened");
    const result = await report({ input: { token, kind: values.kind, effectiveOn: values.effectiveOn, bandBefore: values.bandBefore, bandAfter: values.bandAfter } });
    const payload = result.data?.reportCareerOutcome;
    if (result.error || !payload) return { saved: false, error: result.error };
    if (!payload.recorded) return { saved: false, userErrors: payload.userErrors };
    setSaved(payload.outcomes);
    return { saved: true };
  }

  return (
    <Stack gap="lg" maw={720}>
      <Stack gap={4}>
        <Text size="sm">
          {followUp.programmeTitle}, {followUp.cohortName}
        </Text>
        <Title order={1}>{followUp.name ? `${followUp.name}, how has your career moved on?` : "How has your career moved on?"}</Title>
      </Stack>
      <Text>
        {followUp.group === "COMPARISON"
          ? "You agreed to be asked about your career when you applied. Your answer matters even though you did not get a place: comparing careers is how the academy finds out whether the programme helps."
          : `Tell us about promotions, acting up, secondments, new roles at the same band, or leaving the NHS since you ${followUp.addedByHand ? "joined the programme" : "applied"}.`}{" "}
        {followUp.bandWhenApplied ? `When you ${followUp.addedByHand ? "joined" : "applied"} you were at ${afcBandLabels[followUp.bandWhenApplied]}.` : ""} If nothing has changed, you don't need to do anything.
      </Text>
      {saved ? (
        <Alert color="green" title="Thank you: it is recorded" styles={{ title: { color: "var(--mantine-color-text)" } }}>
          You can add another change below.
        </Alert>
      ) : null}
      {outcomes.length > 0 ? (
        <Paper withBorder p="md">
          <Title order={2} size="h4" mb="xs">
            What you have told us
          </Title>
          {outcomes.map((outcome) => (
            <Text key={`${outcome.kind}-${outcome.effectiveOn}`}>
              {careerOutcomeKindLabels[outcome.kind]}, {shortDate(outcome.effectiveOn)}
              {bandChange(outcome.bandBefore, outcome.bandAfter) ? ` (${bandChange(outcome.bandBefore, outcome.bandAfter)})` : ""}
            </Text>
          ))}
        </Paper>
      ) : null}
      <Paper withBorder p="md">
        <Title order={2} size="h4" mb="sm">
          Tell us about a change
        </Title>
        <RecordOutcomeForm initialBand={followUp.bandWhenApplied} onSave={save} submitLabel="Send" />
      </Paper>
      <Text size="sm">Your answers are used only in figures about the programme as a whole; outside the academy, groups of fewer than 8 people are never shown.</Text>
    </Stack>
  );
}
