import { recordAttendanceMutation, sessionRegisterQuery, type AttendanceStatus as AttendanceMark } from "@ascent/client";
import { AttendanceStatus, attendanceStatusLabels, ParticipantStatus } from "@ascent/domain";
import { Alert, Box, Button, Group, Paper, SegmentedControl, Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useMemo, useState } from "react";
import { useParams } from "react-router";
import { useMutation, useQuery } from "urql";
import { BackLink } from "../../components/BackLink";
import { ErrorState } from "../../components/ErrorState";
import { LoadingState } from "../../components/LoadingState";
import { PageHeader } from "../../components/PageHeader";
import { problemSentence } from "../../lib/graphqlErrors";
import { formatLondonDay } from "../../lib/londonTime";
import { usePageTitle } from "../../lib/usePageTitle";
import { attendanceText } from "./attendanceText";
import classes from "./RegisterPage.module.css";
import { ParticipantStatusBadge } from "./ParticipantStatusBadge";
import { deliveryPaths } from "./paths";

const CHOICES = [AttendanceStatus.PRESENT, AttendanceStatus.LATE, AttendanceStatus.EXCUSED, AttendanceStatus.ABSENT].map((value) => ({ value, label: attendanceStatusLabels[value] }));
const isAttendanceMark = (value: string): value is AttendanceMark => Object.hasOwn(attendanceStatusLabels, value);

/**
 * A session's register, for a facilitator with a phone in the room: one
 * person per row, four big choices each, one save at the bottom. Nothing is
 * saved until Save; people left unmarked keep what was recorded before.
 */
export function RegisterPage() {
  const { id: cohortId = "", sessionId = "" } = useParams();
  const [{ data, error, fetching }, reexecute] = useQuery({ query: sessionRegisterQuery, variables: { id: sessionId }, requestPolicy: "cache-and-network" });
  const session = data?.node && "register" in data.node ? data.node : null;
  usePageTitle(session ? `Register: ${session.title}` : "Register");
  const back = <BackLink to={deliveryPaths.cohort(cohortId)}>Back to the cohort</BackLink>;
  const [, record] = useMutation(recordAttendanceMutation);
  /** What has been tapped since the last save; the rest shows what is saved. */
  const [edits, setEdits] = useState<Record<string, AttendanceMark>>({});
  const [saving, setSaving] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const saved = useMemo<Record<string, AttendanceMark>>(() => Object.fromEntries((session?.register ?? []).flatMap((line) => (line.status ? [[line.participant.id, line.status]] : []))), [session?.register]);
  const marks: Record<string, AttendanceMark> = { ...saved, ...edits };

  if (error && !data) {
    return (
      <>
        <PageHeader title="Register" above={back} />
        <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: "network-only" })} />
      </>
    );
  }
  if (!data && fetching) {
    return (
      <>
        <PageHeader title="Register" above={back} />
        <LoadingState label="Loading the register" lines={6} />
      </>
    );
  }
  if (!session || !session.register) {
    return (
      <>
        <PageHeader title="Register not found" above={back} />
        <Text>There is no register here that you can take. Registers are for the cohort&apos;s facilitators and the academy&apos;s staff.</Text>
      </>
    );
  }
  const register = session.register;
  const changed = register.filter((line) => marks[line.participant.id] && marks[line.participant.id] !== saved[line.participant.id]);
  const unmarked = register.filter((line) => !marks[line.participant.id]).length;

  async function save() {
    setSaving(true);
    setProblems([]);
    try {
      const entries = changed.map((line) => ({ participantId: line.participant.id, status: marks[line.participant.id] }));
      const result = await record({ input: { sessionId, entries } });
      const payload = result.data?.recordAttendance;
      if (result.error || !payload) {
        setProblems([result.error ? problemSentence(result.error) : "The register was not saved. Try again."]);
        return;
      }
      if (payload.userErrors.length > 0) {
        setProblems(payload.userErrors.map((problem) => problem.message));
        return;
      }
      notifications.show({ color: "green", title: "Register saved", message: payload.session?.attendanceSummary ? attendanceText(payload.session.attendanceSummary) : `${entries.length} saved.` });
      setEdits({});
      reexecute({ requestPolicy: "network-only" });
    } finally {
      setSaving(false);
    }
  }

  return (
    <>
      <PageHeader title={session.title} above={back} />
      <Stack gap="md" maw={640}>
        <Text fw={500}>
          {formatLondonDay(session.date)}, {session.startTime} to {session.endTime}
        </Text>
        {session.attendanceSummary ? <Text size="sm">{attendanceText(session.attendanceSummary)}</Text> : null}
        {problems.length > 0 ? (
          <Alert color="red" variant="light" title="The register was not saved" role="alert" styles={{ title: { color: "var(--mantine-color-text)" } }}>
            {problems.map((problem) => (
              <Text key={problem} size="sm">
                {problem}
              </Text>
            ))}
          </Alert>
        ) : null}
        {register.length === 0 ? <Text>No one is on this cohort&apos;s roster yet.</Text> : null}
        {register.length > 0 && unmarked > 0 ? (
          <Group justify="space-between" wrap="nowrap">
            <Text size="sm">{unmarked === register.length ? "No one marked yet." : `${unmarked} not marked yet.`}</Text>
            <Button
              variant="default"
              size="md"
              onClick={() => setEdits((current) => ({ ...Object.fromEntries(register.filter((line) => !marks[line.participant.id]).map((line) => [line.participant.id, AttendanceStatus.PRESENT])), ...current }))}
            >
              Mark the rest present
            </Button>
          </Group>
        ) : null}
        <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: "none" }} aria-label="Register">
          {register.map((line) => {
            const name = line.participant.name ?? "Name erased";
            return (
              <Paper key={line.participant.id} component="li" withBorder p="sm" aria-label={name}>
                <Group justify="space-between" gap="xs" mb={6} wrap="nowrap">
                  <Box style={{ minWidth: 0 }}>
                    <Text fw={600} size="lg" style={{ overflowWrap: "anywhere" }}>
                      {name}
                    </Text>
                    {line.participant.employer ? (
                      <Text size="sm" style={{ overflowWrap: "anywhere" }}>
                        {line.participant.employer}
                      </Text>
                    ) : null}
                  </Box>
                  {line.participant.status === ParticipantStatus.WITHDRAWN ? <ParticipantStatusBadge status={line.participant.status} /> : null}
                </Group>
                <SegmentedControl
                  fullWidth
                  size="md"
                  radius="md"
                  aria-label={`Attendance of ${name}`}
                  data={CHOICES}
                  value={marks[line.participant.id] ?? ""}
                  onChange={(value) => {
                    if (isAttendanceMark(value)) setEdits((current) => ({ ...current, [line.participant.id]: value }));
                  }}
                  classNames={{ label: classes.label, indicator: classes.indicator }}
                />
              </Paper>
            );
          })}
        </Stack>
        <Box pos="sticky" bottom={0} py="sm" bg="var(--mantine-color-body)" style={{ borderTop: "1px solid var(--mantine-color-default-border)", zIndex: 2 }}>
          <Button size="lg" fullWidth onClick={save} loading={saving} disabled={changed.length === 0}>
            {changed.length === 0 ? (Object.keys(saved).length > 0 ? "All changes saved" : "Mark people to save") : `Save the register (${changed.length} ${changed.length === 1 ? "change" : "changes"})`}
          </Button>
        </Box>
      </Stack>
    </>
  );
}
