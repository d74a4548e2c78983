import { endorseApplicationMutation, endorsementRequestQuery, type EndorsementRequestFieldsFragment } from "@ascent/client";
import { applicationStatusLabels, EndorsementStatus } from "@ascent/domain";
import { Alert, Button, Group, List, Paper, Stack, Text, Textarea, Title } from "@mantine/core";
import { useState } from "react";
import { useParams } from "react-router";
import { useMutation, useQuery } from "urql";
import { ErrorState } from "../../components/ErrorState";
import { FormProblems } from "../../components/FormProblems";
import { LoadingState } from "../../components/LoadingState";
import { formatLondonDay, formatLondonInstant } from "../../lib/londonTime";
import { usePageTitle } from "../../lib/usePageTitle";
import { LinkProblem, linkProblemOf } from "./ApplicationStatusPage";

const readableTitle = { title: { color: "var(--mantine-color-text)" } };

/** The line manager's page, from the link in their email: endorse or decline, with a comment. No account needed. */
export function EndorsementPage() {
  const { token = "" } = useParams();
  const [{ data, error }, reexecute] = useQuery({ query: endorsementRequestQuery, variables: { token } });
  const [decided, setDecided] = useState<EndorsementRequestFieldsFragment | null>(null);
  const [comment, setComment] = useState("");
  const [problems, setProblems] = useState<string[]>([]);
  const [deciding, endorse] = useMutation(endorseApplicationMutation);
  usePageTitle("Endorse an application");

  if (error && !data) return linkProblemOf(error) ? <LinkProblem error={error} /> : <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: "network-only" })} />;
  const request = decided ?? data?.endorsementRequest;
  if (!request) return <LoadingState label="Loading the request" lines={5} />;
  const programme = request.cohort.programme;

  const decide = async (yes: boolean) => {
    const result = await endorse({ input: { token, endorse: yes, comment: comment || null } });
    const payload = result.data?.endorseApplication;
    if (payload?.endorsement) setDecided(payload.endorsement);
    setProblems(result.error ? ["That didn't go through. Check your connection and try again."] : (payload?.userErrors ?? []).map((e) => e.message));
  };

  return (
    <Stack gap="lg" maw={720}>
      <Stack gap={4}>
        <Text c="dimmed" size="sm">
          Endorsement request{request.lineManagerName ? ` for ${request.lineManagerName}` : ""}
        </Text>
        <Title order={1}>
          {request.applicantName ?? "An applicant"} asks for your support for {programme.title}
        </Title>
      </Stack>
      <Paper withBorder p="lg">
        <Stack gap="xs">
          <Text>
            <strong>{request.applicantName}</strong>
            {request.applicantJobTitle ? `, ${request.applicantJobTitle}` : ""}
            {request.applicantOrganisation ? ` at ${request.applicantOrganisation}` : ""}, has applied to {programme.title}, {request.cohort.name} ({formatLondonDay(request.cohort.startsOn)} to{" "}
            {formatLondonDay(request.cohort.endsOn)}), run by {programme.academy.name}, and named you as their line manager.
          </Text>
          {programme.commitments.length > 0 ? (
            <>
              <Text fw={600}>What they commit to, with your support</Text>
              <List size="sm">
                {programme.commitments.map((commitment) => (
                  <List.Item key={commitment}>{commitment}</List.Item>
                ))}
              </List>
            </>
          ) : null}
          {request.holdExpiresAt && request.canDecide ? (
            <Text>
              A place is held for them until <strong>{formatLondonInstant(request.holdExpiresAt)}</strong> (London time). After that it passes to the next person in line.
            </Text>
          ) : null}
        </Stack>
      </Paper>
      {request.canDecide ? (
        <Stack gap="sm">
          <Textarea label="Comment (optional)" description="The applicant and the academy see it." value={comment} onChange={(e) => setComment(e.currentTarget.value)} maxLength={2000} autosize minRows={3} />
          <FormProblems title="That didn't go through" problems={problems} />
          <Group>
            <Button loading={deciding.fetching} onClick={() => decide(true)}>
              Endorse the application
            </Button>
            <Button variant="default" loading={deciding.fetching} onClick={() => decide(false)}>
              Decline
            </Button>
          </Group>
        </Stack>
      ) : (
        <Alert color={request.status === EndorsementStatus.ENDORSED ? "green" : "gray"} title={request.status === EndorsementStatus.ENDORSED ? "You endorsed this application" : request.status === EndorsementStatus.DECLINED ? "You declined to endorse this application" : "Nothing to decide"} styles={readableTitle}>
          {request.status === EndorsementStatus.PENDING
            ? `The application is ${applicationStatusLabels[request.applicationStatus].toLowerCase()}, so it no longer needs your endorsement.`
            : `Thank you. ${request.comment ? `Your comment: "${request.comment}"` : ""}`}
        </Alert>
      )}
    </Stack>
  );
}
