import { acceptOfferMutation, applicationStatusQuery, declineOfferMutation, withdrawApplicationMutation, type ApplicationStatusFieldsFragment } from "@ascent/client";
import { ApplicationStatus, applicationStatusLabels, endorsementStatusLabels } from "@ascent/domain";
import { Alert, Anchor, Badge, Button, Group, List, Paper, Stack, Text, Textarea, Timeline, Title } from "@mantine/core";
import { useState } from "react";
import { Link, useLocation, useParams } from "react-router";
import { useMutation, useQuery, type CombinedError } from "urql";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { ErrorState } from "../../components/ErrorState";
import { FormProblems } from "../../components/FormProblems";
import { LoadingState } from "../../components/LoadingState";
import { formatLondonDay, formatLondonInstant } from "../../lib/londonTime";
import { usePageTitle } from "../../lib/usePageTitle";
import { cataloguePaths } from "../catalogue";
import { MonitoringFormLink } from "../equality-monitoring";
import { reasonLabel, statusExplanations } from "./applicationWording";

export const linkProblemOf = (error: CombinedError): string | null => (error.graphQLErrors.find((e) => e.extensions?.link)?.extensions?.link as string | undefined) ?? null;

/** A bad or expired private link is told plainly: what happened and what to do. */
export function LinkProblem({ error }: { error: CombinedError }) {
  const link = linkProblemOf(error);
  return (
    <Stack>
      <Title order={1}>{link === "EXPIRED" ? "This link has expired" : "This link doesn't work"}</Title>
      <Text>{error.graphQLErrors[0]?.message}</Text>
      <Text>
        <Anchor component={Link} to={cataloguePaths.catalogue}>
          Go to the programme catalogue
        </Anchor>
      </Text>
    </Stack>
  );
}

/** The applicant's private page, reached by the signed link in their email: where they stand, and what they can do. */
export function ApplicationStatusPage() {
  const { token = "" } = useParams();
  const location = useLocation();
  const justSubmitted = Boolean((location.state as { justSubmitted?: boolean } | null)?.justSubmitted);
  const [{ data, error }, reexecute] = useQuery({ query: applicationStatusQuery, variables: { token }, requestPolicy: "cache-and-network" });
  const [latest, setLatest] = useState<ApplicationStatusFieldsFragment | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [confirming, setConfirming] = useState<"withdraw" | "decline" | null>(null);
  const [reason, setReason] = useState("");
  const [accepting, accept] = useMutation(acceptOfferMutation);
  const [declining, decline] = useMutation(declineOfferMutation);
  const [withdrawing, withdraw] = useMutation(withdrawApplicationMutation);
  usePageTitle("Your application");

  if (error && !data) return linkProblemOf(error) ? <LinkProblem error={error} /> : <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: "network-only" })} />;
  const application = latest ?? data?.applicationStatus;
  if (!application) return <LoadingState label="Loading your application" lines={6} />;

  const explanation = statusExplanations[application.status];
  const programme = application.cohort.programme;
  const act = async (run: () => Promise<{ data?: { [key: string]: { application: ApplicationStatusFieldsFragment | null; userErrors: Array<{ message: string }> } } | null; error?: CombinedError }>) => {
    const result = await run();
    const payload = result.data ? Object.values(result.data)[0] : null;
    if (payload?.application) setLatest(payload.application);
    setProblems(result.error ? ["That didn't go through. Check your connection and try again."] : (payload?.userErrors ?? []).map((e) => e.message));
    setConfirming(null);
    setReason("");
  };

  return (
    <Stack gap="lg" maw={760}>
      {justSubmitted ? (
        <Alert color="green" title="Application sent" styles={{ title: { color: "var(--mantine-color-text)" } }}>
          We have emailed you a confirmation with the link to this page. Keep the email: the link is your way back here.
        </Alert>
      ) : null}
      <Stack gap={4}>
        <Text c="dimmed" size="sm">
          Reference {application.reference} · received {formatLondonInstant(application.receivedAt)}
        </Text>
        <Title order={1}>{programme.title}</Title>
        <Text>
          {application.cohort.name}, {formatLondonDay(application.cohort.startsOn)} to {formatLondonDay(application.cohort.endsOn)} · {programme.academy.name}
        </Text>
      </Stack>

      <Paper withBorder p="lg" aria-labelledby="status-heading">
        <Stack gap="sm">
          <Group gap="sm">
            <Badge color={explanation.colour} size="lg" variant="light" styles={{ label: { color: "var(--mantine-color-text)" } }}>
              {application.status === ApplicationStatus.WAITLISTED && application.waitlistPosition ? `Number ${application.waitlistPosition} on the waiting list` : applicationStatusLabels[application.status]}
            </Badge>
          </Group>
          <Title order={2} size="h3" id="status-heading">
            {explanation.title}
          </Title>
          <Text>{explanation.next}</Text>
          {application.status === ApplicationStatus.AWAITING_ENDORSEMENT && application.holdExpiresAt ? (
            <Text>
              Your line manager{application.lineManagerName ? `, ${application.lineManagerName},` : ""} has until <strong>{formatLondonInstant(application.holdExpiresAt)}</strong>.
            </Text>
          ) : null}
          {application.status === ApplicationStatus.OFFERED && application.offerExpiresAt ? (
            <Text>
              Answer by <strong>{formatLondonInstant(application.offerExpiresAt)}</strong> (London time).
            </Text>
          ) : null}
          {application.endorsementStatus !== "NOT_REQUIRED" ? <Text size="sm">Line manager: {endorsementStatusLabels[application.endorsementStatus].toLowerCase()}.</Text> : null}
          {application.ineligibility ? (
            <Alert color="gray" title={application.ineligibility.title} styles={{ title: { color: "var(--mantine-color-text)" } }}>
              <List size="sm">
                {application.ineligibility.lines.map((line) => (
                  <List.Item key={line}>{line}</List.Item>
                ))}
              </List>
            </Alert>
          ) : null}
          <FormProblems title="That didn't go through" problems={problems} />
          <Group>
            {application.canRespondToOffer ? (
              <>
                <Button loading={accepting.fetching} onClick={() => act(() => accept({ input: { token } }))}>
                  Accept my place
                </Button>
                <Button variant="default" onClick={() => setConfirming("decline")}>
                  Decline the offer
                </Button>
              </>
            ) : null}
            {application.canWithdraw ? (
              <Button variant="subtle" color="red" onClick={() => setConfirming("withdraw")}>
                Withdraw my application
              </Button>
            ) : null}
          </Group>
        </Stack>
      </Paper>

      <section aria-labelledby="timeline-heading">
        <Title order={2} size="h4" id="timeline-heading" mb="sm">
          What has happened
        </Title>
        <Timeline bulletSize={14} lineWidth={2}>
          {application.timeline.map((step, index) => (
            <Timeline.Item key={`${step.occurredAt}-${index}`} title={statusExplanations[step.status].title}>
              <Text size="sm">{reasonLabel(step.reason)}</Text>
              <Text size="xs" c="dimmed">
                {formatLondonInstant(step.occurredAt)}
              </Text>
            </Timeline.Item>
          ))}
        </Timeline>
      </section>
      {application.status !== ApplicationStatus.INELIGIBLE ? <MonitoringFormLink token={token} /> : null}
      <Text size="sm" c="dimmed">
        This private link works until {formatLondonInstant(application.linkExpiresAt)}.
      </Text>

      <ConfirmDialog
        opened={confirming !== null}
        title={confirming === "decline" ? "Decline your place?" : "Withdraw your application?"}
        confirmLabel={confirming === "decline" ? "Decline the offer" : "Withdraw"}
        destructive
        busy={declining.fetching || withdrawing.fetching}
        onCancel={() => setConfirming(null)}
        onConfirm={() =>
          act(() => (confirming === "decline" ? decline({ input: { token, reason: reason || null } }) : withdraw({ input: { token, reason: reason || null } })))
        }
      >
        <Stack gap="sm">
          <Text size="sm">{confirming === "decline" ? "The place passes to the next person in line at once. You can't undo this." : "Any place you hold passes to the next person in line at once. You can't undo this."}</Text>
          <Textarea label="Reason (optional)" value={reason} onChange={(e) => setReason(e.currentTarget.value)} maxLength={2000} />
        </Stack>
      </ConfirmDialog>
    </Stack>
  );
}
