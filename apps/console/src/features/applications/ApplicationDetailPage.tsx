import type { ApplicationDetailFieldsFragment } from "@ascent/client";
import {
  ApplicationActor,
  afcBandLabels,
  applicationStatusLabels,
  endorsementStatusLabels,
  medicalGradeLabels,
  Role,
  staffGroupLabels,
  transitionReasonLabels,
} from "@ascent/domain";
import { Alert, Anchor, Button, Group, List, Modal, Paper, SimpleGrid, Stack, Text, Textarea, Timeline, Title } from "@mantine/core";
import { useState, type ReactNode } from "react";
import { Link } from "react-router";
import { Absent } from "../../components/Absent";
import { BackLink } from "../../components/BackLink";
import { FormProblems } from "../../components/FormProblems";
import { PageHeader } from "../../components/PageHeader";
import { RequireRole } from "../../components/RequireRole";
import { formatLondonInstant } from "../../lib/londonTime";
import { ApplicationStatusBadge } from "./ApplicationStatusBadge";
import { applicantName, employerOf } from "./ApplicationQueuePage";
import { useBulkAction, type BulkAction } from "./BulkActionBar";
import { useApplicationPage } from "./useApplicationPage";
import { staffApplicationPaths } from "./paths";

type Detail = ApplicationDetailFieldsFragment;
const OPEN = ["SUBMITTED", "AWAITING_ENDORSEMENT", "WAITLISTED", "OFFERED", "ACCEPTED"];

export function ApplicationDetailPage() {
  return (
    <RequireRole roles={[Role.ADMIN, Role.PROGRAMME_MANAGER]} title="Application">
      <ApplicationDetail />
    </RequireRole>
  );
}

function ApplicationDetail() {
  const { application, instead, refetch } = useApplicationPage({ title: "Application", titleOf: (found) => `${applicantName(found)} (${found.reference})`, loadingLines: 8 });
  if (!application) return instead;
  const panel = application.cohort.allocationPolicy === "PANEL_SELECTION";
  return (
    <>
      <PageHeader title={applicantName(application)} above={<BackLink to={staffApplicationPaths.queue(application.cohort.id)}>Back to the queue</BackLink>} />
      <Stack gap="lg" maw={1000}>
        <Paper withBorder p="lg" component="section" aria-labelledby="summary-heading">
          <Group justify="space-between" mb="md" align="flex-start">
            <Group gap="sm">
              <Title order={2} size="h4" id="summary-heading">
                {application.reference}
              </Title>
              <ApplicationStatusBadge status={application.status} />
            </Group>
          </Group>
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="md" component="dl" style={{ margin: 0 }}>
            <Fact term="Cohort">
              <Anchor component={Link} to={`/cohorts/${application.cohort.id}`}>
                {application.cohort.name}
              </Anchor>
            </Fact>
            <Fact term="Received">
              {formatLondonInstant(application.receivedAt)} (no. {application.receiptNumber})
            </Fact>
            <Fact term="Work email">{application.applicantEmail ?? <Absent />}</Fact>
            <Fact term="Employer">{employerOf(application) ?? <Absent />}</Fact>
            <Fact term="Job title">{application.jobTitle ?? <Absent />}</Fact>
            <Fact term="Staff group">{application.staffGroup ? staffGroupLabels[application.staffGroup] : <Absent />}</Fact>
            <Fact term="Band or grade">{application.band ? afcBandLabels[application.band] : application.medicalGrade ? medicalGradeLabels[application.medicalGrade] : <Absent />}</Fact>
            {application.waitlistPosition ? <Fact term="Waiting list position">{application.waitlistPosition}</Fact> : null}
            {application.holdExpiresAt ? <Fact term="Place held until">{formatLondonInstant(application.holdExpiresAt)}</Fact> : null}
            {application.offerExpiresAt ? <Fact term="Offer open until">{formatLondonInstant(application.offerExpiresAt)}</Fact> : null}
            {panel ? <Fact term="Panel mean score">{application.meanScore === null || application.meanScore === undefined ? "Not scored yet" : formatScore(application.meanScore)}</Fact> : null}
          </SimpleGrid>
        </Paper>
        <StaffActions application={application} onChanged={() => refetch()} />
        <Section id="answers-heading" title="Answers">
          {application.answers.length === 0 ? (
            <Text size="sm">No answers{application.erasedAt ? " (erased)" : ""}.</Text>
          ) : (
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
            </Stack>
          )}
        </Section>
        <Section id="endorsement-heading" title="Line manager's endorsement">
          <Text fw={600}>{endorsementStatusLabels[application.endorsement.status]}</Text>
          {application.endorsement.lineManagerName ? (
            <Text size="sm">
              {application.endorsement.lineManagerName}
              {application.endorsement.lineManagerEmail ? `, ${application.endorsement.lineManagerEmail}` : ""}
            </Text>
          ) : null}
          {application.endorsement.requestedAt ? (
            <Text size="sm">
              Asked {formatLondonInstant(application.endorsement.requestedAt)}
              {application.endorsement.remindersSent > 0 ? `; sent again or reminded ${application.endorsement.remindersSent} times` : ""}
            </Text>
          ) : null}
          {application.endorsement.decidedAt ? <Text size="sm">Answered {formatLondonInstant(application.endorsement.decidedAt)}</Text> : null}
          {application.endorsement.comment ? <Text size="sm">“{application.endorsement.comment}”</Text> : null}
        </Section>
        <Section id="eligibility-heading" title="Eligibility">
          <Text fw={600}>{application.eligible ? "Met the programme's rules when it arrived" : "Did not meet the programme's rules"}</Text>
          {application.eligibilityReasons.length > 0 ? (
            <List size="sm">
              {application.eligibilityReasons.map((reason) => (
                <List.Item key={reason.rule}>
                  {reason.met ? "Met: " : "Not met: "}
                  {reason.explanation || <Absent />}
                </List.Item>
              ))}
            </List>
          ) : null}
        </Section>
        {panel ? <PanelScores application={application} /> : null}
        <Section id="timeline-heading" title="Timeline">
          <Timeline bulletSize={14} lineWidth={2} active={application.transitions.length}>
            {application.transitions.map((step) => (
              <Timeline.Item key={`${step.occurredAt}-${step.toStatus}-${step.reason}`} title={step.fromStatus ? `${applicationStatusLabels[step.fromStatus]} → ${applicationStatusLabels[step.toStatus]}` : applicationStatusLabels[step.toStatus]}>
                <Text size="sm">{transitionReasonLabels[step.reason]}</Text>
                <Text size="sm">
                  {formatLondonInstant(step.occurredAt)} · {actorLabel(step.actor, step.actorUser)}
                </Text>
                {step.note ? <Text size="sm">“{step.note}”</Text> : null}
              </Timeline.Item>
            ))}
          </Timeline>
        </Section>
      </Stack>
    </>
  );
}

const formatScore = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(2));

function actorLabel(actor: ApplicationActor | `${ApplicationActor}`, user: { name: string; email: string } | null | undefined): string {
  switch (actor) {
    case "APPLICANT":
      return "by the applicant";
    case "LINE_MANAGER":
      return "by the line manager";
    case "STAFF":
      return user ? `by ${user.name} (${user.email})` : "by academy staff";
    default:
      return "automatically";
  }
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" size="sm" c="dimmed">
        {term}
      </Text>
      <Text component="dd" fw={500} m={0} style={{ overflowWrap: "anywhere" }}>
        {children}
      </Text>
    </div>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby={id}>
      <Title order={2} size="h4" id={id} mb="sm">
        {title}
      </Title>
      <Stack gap="xs">{children}</Stack>
    </Paper>
  );
}

function PanelScores({ application }: { application: Detail }) {
  return (
    <Section id="scores-heading" title="Panel scores">
      {application.panelScores.length === 0 ? <Text size="sm">No one has scored this application yet.</Text> : null}
      {application.panelScores.map((score) => (
        <div key={score.reviewer?.id ?? score.updatedAt}>
          <Text fw={600}>
            {score.reviewer ? score.reviewer.name : "A reviewer"}: {score.total}
          </Text>
          <Text size="sm">{score.scores.map((s) => `${s.title} ${s.score}${s.maxScore ? ` of ${s.maxScore}` : ""}`).join(" · ")}</Text>
          {score.comment ? <Text size="sm">“{score.comment}”</Text> : null}
        </div>
      ))}
      {["SUBMITTED", "WAITLISTED"].includes(application.status) ? (
        <Group>
          <Button component={Link} to={staffApplicationPaths.score(application.id)} variant="default">
            Score this application
          </Button>
        </Group>
      ) : null}
    </Section>
  );
}

/** What staff can do to this application now; each refusal says why, beside the buttons. */
function StaffActions({ application, onChanged }: { application: Detail; onChanged: () => void }) {
  const [asking, setAsking] = useState<"REJECT" | "WITHDRAW" | null>(null);
  const [reason, setReason] = useState("");
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const { run, busy, problems } = useBulkAction((title, results) => {
    const [result] = results;
    setMessage(result.userErrors.length > 0 ? { ok: false, text: result.userErrors.map((e) => e.message).join(" ") } : { ok: true, text: `${title}: done.` });
    onChanged();
  });
  const open = OPEN.includes(application.status);
  const panel = application.cohort.allocationPolicy === "PANEL_SELECTION";
  const waitingForManager = application.endorsement.status === "PENDING" && ["SUBMITTED", "AWAITING_ENDORSEMENT", "WAITLISTED"].includes(application.status);
  const act = async (action: BulkAction, withReason: string | null = null) => {
    setMessage(null);
    return run([application.id], action, withReason);
  };
  async function confirmReason() {
    if (!asking) return;
    if (reason.trim() === "") {
      setReasonError("Give a reason: it is kept on the timeline and told to the applicant.");
      return;
    }
    if (await act(asking, reason)) {
      setAsking(null);
      setReason("");
      setReasonError(null);
    }
  }
  if (!open && !waitingForManager) return null;
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="actions-heading">
      <Title order={2} size="h4" id="actions-heading" mb="sm">
        Staff actions
      </Title>
      <Group gap="sm">
        {panel && application.status === "SUBMITTED" ? (
          <>
            <Button onClick={() => act("OFFER_PLACE")} loading={busy}>
              Offer a place
            </Button>
            <Button variant="default" onClick={() => act("WAITLIST")} loading={busy}>
              Put on the waiting list
            </Button>
          </>
        ) : null}
        {waitingForManager ? (
          <Button variant="default" onClick={() => act("RESEND_ENDORSEMENT_REQUEST")} loading={busy}>
            Resend the line manager's request
          </Button>
        ) : null}
        {open ? (
          <>
            <Button variant="default" onClick={() => setAsking("WITHDRAW")}>
              Withdraw for the applicant
            </Button>
            <Button color="red.9" variant="outline" onClick={() => setAsking("REJECT")}>
              Turn down
            </Button>
          </>
        ) : null}
      </Group>
      {message ? (
        <Alert mt="md" color={message.ok ? "green" : "red"} variant="light" role={message.ok ? "status" : "alert"} title={message.ok ? "Done" : "Not done"}>
          <Text size="sm" c="var(--mantine-color-text)">
            {message.text}
          </Text>
        </Alert>
      ) : null}
      {!asking ? <FormProblems title="Not done" problems={problems} /> : null}
      <Modal opened={asking !== null} onClose={() => setAsking(null)} title={asking === "REJECT" ? "Turn down this application" : "Withdraw this application"}>
        <Stack gap="sm">
          <Textarea
            label="Reason"
            description="Kept on the timeline and told to the applicant."
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            error={reasonError}
            autosize
            minRows={3}
            maxLength={2000}
            data-autofocus
          />
          <FormProblems title="Not done" problems={problems} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setAsking(null)}>
              Cancel
            </Button>
            <Button color={asking === "REJECT" ? "red.9" : undefined} onClick={confirmReason} loading={busy}>
              {asking === "REJECT" ? "Turn down" : "Withdraw"}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Paper>
  );
}
