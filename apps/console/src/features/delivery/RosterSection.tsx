import { cohortRosterQuery, completeParticipantMutation, type CohortRosterQuery } from "@ascent/client";
import { afcBandLabels, ParticipantStatus } from "@ascent/domain";
import { Alert, Anchor, Box, Button, Group, List, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useEffect, useRef, useState } from "react";
import { Link } from "react-router";
import { useMutation, useQuery } from "urql";
import { StatusBadge } from "../../components/StatusBadge";
import { problemSentence } from "../../lib/graphqlErrors";
import { formatLondonDay, formatLondonInstant } from "../../lib/londonTime";
import { AddParticipantModal } from "./AddParticipantModal";
import { attendanceText } from "./attendanceText";
import { CompleteByExceptionModal } from "./CompleteByExceptionModal";
import { ParticipantStatusBadge } from "./ParticipantStatusBadge";
import { deliveryPaths } from "./paths";
import { WithdrawModal } from "./WithdrawModal";

type RosterCohort = NonNullable<CohortRosterQuery["cohort"]>;
type RosterLine = RosterCohort["participants"]["edges"][number]["node"];

/** The completion rule in a sentence, e.g. "at least 75% of sessions attended, a mentor or coach, and the post-programme evaluation returned". */
function ruleSentence(rule: { minimumAttendancePercent: number | null; mentorOrCoachRequired: boolean; postProgrammeEvaluationRequired: boolean } | null | undefined): string {
  const parts = [
    rule?.minimumAttendancePercent != null ? `at least ${rule.minimumAttendancePercent}% of sessions attended` : null,
    rule?.mentorOrCoachRequired ? "a mentor or coach" : null,
    rule?.postProgrammeEvaluationRequired ? "the post-programme evaluation returned" : null,
  ].filter((part): part is string => part !== null);
  if (parts.length === 0) return "The programme sets no completion rule.";
  const list = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`;
  return `To complete: ${list}.`;
}

/**
 * On the cohort page: the roster with each person's status, attendance, the
 * two-absences flag and (for the academy's staff) the completion rule with
 * its reasons; the registers of the sessions; adding by hand, withdrawing and
 * marking completed for the academy's staff.
 */
export function RosterSection({ cohortId, canManage }: { cohortId: string; canManage: boolean }) {
  const [{ data, error }, reexecute] = useQuery({ query: cohortRosterQuery, variables: { id: cohortId, canManage }, requestPolicy: "cache-and-network" });
  const [adding, setAdding] = useState(false);
  const [withdrawing, setWithdrawing] = useState<{ id: string; name: string } | null>(null);
  const refresh = () => reexecute({ requestPolicy: "network-only" });
  const cohort = data?.cohort;
  if (error && !data) return <Alert color="red" variant="light" title="The roster could not be loaded">{problemSentence(error)}</Alert>;
  if (!cohort) return null;
  const people = cohort.participants.edges.map((edge) => edge.node);
  const counting = people.filter((person) => person.status !== ParticipantStatus.WITHDRAWN).length;

  return (
    <>
      <Paper withBorder p="lg" component="section" aria-labelledby="roster-heading">
        <Group justify="space-between" align="flex-start" mb="xs">
          <Title order={2} size="h4" id="roster-heading">
            Roster
          </Title>
          {canManage ? (
            <Button variant="default" onClick={() => setAdding(true)}>
              Add someone by hand
            </Button>
          ) : null}
        </Group>
        <Text size="sm" mb="sm">
          {people.length === 0 ? "No one is on the roster yet: people join when they accept an offer, or when staff add them." : `${counting} taking part${people.length > counting ? `, ${people.length - counting} withdrawn` : ""}.`}
          {canManage && cohort.programme ? ` ${ruleSentence(cohort.programme.completionRule)}` : ""}
        </Text>
        <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: "none" }} aria-label="Participants">
          {people.map((person) => (
            <RosterRow key={person.id} person={person} canManage={canManage} onWithdraw={() => setWithdrawing({ id: person.id, name: person.name ?? "this participant" })} onChanged={refresh} />
          ))}
        </Stack>
      </Paper>
      <Paper withBorder p="lg" component="section" aria-labelledby="registers-heading">
        <Title order={2} size="h4" id="registers-heading" mb="sm">
          Registers
        </Title>
        {cohort.sessions.length === 0 ? (
          <Text size="sm">No sessions scheduled yet.</Text>
        ) : (
          <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: "none" }} aria-label="Session registers">
            {cohort.sessions.map((session) => (
              <Box component="li" key={session.id}>
                <Group justify="space-between" gap="xs" wrap="wrap">
                  <Box style={{ minWidth: 0 }}>
                    <Text fw={500} style={{ overflowWrap: "anywhere" }}>
                      {session.title}
                    </Text>
                    <Text size="sm">
                      {formatLondonDay(session.date)}, {session.startTime} to {session.endTime}
                      {session.attendanceSummary ? ` · ${attendanceText(session.attendanceSummary)}` : ""}
                    </Text>
                  </Box>
                  <RegisterLink cohortId={cohortId} session={session} />
                </Group>
              </Box>
            ))}
          </Stack>
        )}
      </Paper>
      {adding ? (
        <AddParticipantModal
          cohortId={cohortId}
          onClose={() => setAdding(false)}
          onAdded={() => {
            setAdding(false);
            refresh();
          }}
        />
      ) : null}
      {withdrawing ? (
        <WithdrawModal
          participant={withdrawing}
          onClose={() => setWithdrawing(null)}
          onWithdrawn={() => {
            setWithdrawing(null);
            refresh();
          }}
        />
      ) : null}
    </>
  );
}

function RosterRow({ person, canManage, onWithdraw, onChanged }: { person: RosterLine; canManage: boolean; onWithdraw: () => void; onChanged: () => void }) {
  const [, complete] = useMutation(completeParticipantMutation);
  const [refusals, setRefusals] = useState<string[]>([]);
  const [completing, setCompleting] = useState(false);
  const [excepting, setExcepting] = useState(false);
  const name = person.name ?? "Name erased";
  const open = person.status === ParticipantStatus.ENROLLED || person.status === ParticipantStatus.ACTIVE;
  const about = [person.jobTitle, person.band ? afcBandLabels[person.band] : null, person.employer].filter(Boolean).join(" · ");
  // Completing removes the buttons that had focus (and the dialog's trigger): focus moves to the person's row, not back to the page's start.
  const rowRef = useRef<HTMLLIElement>(null);
  const focusRowWhenClosed = useRef(false);
  useEffect(() => {
    if (open || !focusRowWhenClosed.current) return;
    focusRowWhenClosed.current = false;
    rowRef.current?.focus();
  }, [open]);

  async function markCompleted() {
    setCompleting(true);
    setRefusals([]);
    try {
      const result = await complete({ input: { participantId: person.id } });
      const payload = result.data?.completeParticipant;
      if (result.error || !payload) return setRefusals([result.error ? problemSentence(result.error) : "Not saved. Try again."]);
      if (!payload.participant) return setRefusals(payload.userErrors.map((problem) => problem.message));
      notifications.show({ color: "green", title: "Marked completed", message: `${name} has completed the programme.` });
      focusRowWhenClosed.current = true;
      onChanged();
    } finally {
      setCompleting(false);
    }
  }

  return (
    <Paper component="li" withBorder p="sm" aria-label={name} ref={rowRef} tabIndex={-1}>
      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="xs" verticalSpacing={4}>
        <Box style={{ minWidth: 0 }}>
          <Text fw={600} style={{ overflowWrap: "anywhere" }}>
            {name}
          </Text>
          {about ? (
            <Text size="sm" style={{ overflowWrap: "anywhere" }}>
              {about}
            </Text>
          ) : null}
          {person.addedByHand ? (
            <Text size="sm" fs="italic" style={{ overflowWrap: "anywhere" }}>
              Added by hand{person.addedReason ? `: ${person.addedReason}` : ""}
            </Text>
          ) : null}
        </Box>
        <Stack gap={4} align="flex-start">
          <Group gap="xs">
            <ParticipantStatusBadge status={person.status} />
            {person.attendance.consecutiveAbsences ? <StatusBadge label="Absent twice in a row" dotColor="red.7" /> : null}
          </Group>
          <Text size="sm">{attendanceText(person.attendance)}</Text>
          {person.status === ParticipantStatus.COMPLETED && person.completedAt ? <Text size="sm">Completed {formatLondonInstant(person.completedAt).split(",")[0]}</Text> : null}
          {person.status === ParticipantStatus.WITHDRAWN && person.withdrawnReason ? (
            <Text size="sm" style={{ overflowWrap: "anywhere" }}>
              Withdrew: {person.withdrawnReason}
            </Text>
          ) : null}
        </Stack>
        {canManage ? (
          <Stack gap={4}>
            {open && person.completion ? (
              <>
                <Text size="sm" fw={600}>
                  {person.completion.met ? "Meets the completion rule" : "Doesn't meet the completion rule yet"}
                </Text>
                <List size="sm" spacing={2} aria-label={`Completion rule for ${name}`}>
                  {person.completion.reasons.map((reason) => (
                    <List.Item key={reason}>{reason}</List.Item>
                  ))}
                </List>
              </>
            ) : null}
            {open ? (
              <Group gap="xs" mt={4}>
                <Button size="sm" variant={person.completion?.met ? "filled" : "default"} onClick={markCompleted} loading={completing}>
                  Mark completed
                </Button>
                <Button size="sm" variant="outline" color="red.9" onClick={onWithdraw}>
                  Withdraw
                </Button>
              </Group>
            ) : null}
          </Stack>
        ) : null}
      </SimpleGrid>
      {refusals.length > 0 ? (
        <Alert mt="xs" color="orange" variant="light" title="Not marked completed" role="alert" styles={{ title: { color: "var(--mantine-color-text)" } }}>
          {refusals.map((refusal) => (
            <Text key={refusal} size="sm">
              {refusal}
            </Text>
          ))}
          {open && person.completion && !person.completion.met ? (
            <Button size="sm" variant="default" mt="xs" onClick={() => setExcepting(true)}>
              Complete by exception…
            </Button>
          ) : null}
        </Alert>
      ) : null}
      {excepting ? (
        <CompleteByExceptionModal
          participant={{ id: person.id, name }}
          missing={person.completion?.missing ?? []}
          onClose={() => setExcepting(false)}
          onCompleted={() => {
            focusRowWhenClosed.current = true;
            setExcepting(false);
            setRefusals([]);
            onChanged();
          }}
        />
      ) : null}
    </Paper>
  );
}

function RegisterLink({ cohortId, session }: { cohortId: string; session: RosterCohort["sessions"][number] }) {
  const taken = session.attendanceSummary !== null && session.attendanceSummary !== undefined && session.attendanceSummary.attended + session.attendanceSummary.absent + session.attendanceSummary.excused > 0;
  const words = taken ? "Open the register" : "Take the register";
  // The accessible name starts with the words on screen, and says which session.
  return (
    <Anchor component={Link} to={deliveryPaths.register(cohortId, session.id)} aria-label={`${words}: ${session.title}, ${formatLondonDay(session.date)}`}>
      {words}
    </Anchor>
  );
}
