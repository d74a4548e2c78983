import {
  cohortCalendarQuery,
  deleteSessionMutation,
  scheduleCohortMutation,
  type CohortFacilitatorDetailsFragment,
  type SessionDetailsFragment,
} from "@ascent/client";
import { moduleKindLabels } from "@ascent/domain";
import { Anchor, Badge, Button, Checkbox, Group, NumberInput, Paper, Stack, Table, Text, TextInput, Title, VisuallyHidden } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useEffect, useState } from "react";
import { useLocation } from "react-router";
import { useClient, useMutation } from "urql";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { FormProblems } from "../../components/FormProblems";
import { problemSentence } from "../../lib/graphqlErrors";
import { errorAt, groupUserErrors } from "../../lib/userErrorPaths";
import { calendarFileName, downloadCalendar } from "./downloadCalendar";
import { formatLondonDay, groupByMonth } from "../../lib/londonTime";
import { SessionEditModal, type SessionTarget } from "./SessionEditModal";

const SCHEDULE_FIELDS = ["firstDate", "startTime", "endTime", "weeksBetweenModules", "venue", "onlineUrl", "replaceExisting"];

interface ScheduleSectionProps {
  cohort: { id: string; name: string; startsOn: string };
  sessions: readonly SessionDetailsFragment[];
  facilitators: readonly CohortFacilitatorDetailsFragment[];
  canManage: boolean;
}

/** The cohort's sessions as an agenda by month, with generation from the curriculum, editing and an .ics download. */
export function ScheduleSection({ cohort, sessions, facilitators, canManage }: ScheduleSectionProps) {
  const client = useClient();
  const [downloading, setDownloading] = useState(false);
  const [downloadProblem, setDownloadProblem] = useState<string[]>([]);
  const [editing, setEditing] = useState<SessionTarget | null>(null);
  const [deleting, setDeleting] = useState<SessionDetailsFragment | null>(null);
  const [, deleteSession] = useMutation(deleteSessionMutation);
  const [deleteBusy, setDeleteBusy] = useState(false);
  // A link to one session (#session-<id>, e.g. from an Action Learning Set's meetings) shows it once the sessions are here.
  const { hash } = useLocation();
  const linkedSessionId = hash.startsWith("#session-") ? hash.slice("#session-".length) : null;
  useEffect(() => {
    if (linkedSessionId && sessions.some((s) => s.id === linkedSessionId)) document.getElementById(`session-${linkedSessionId}`)?.scrollIntoView({ block: "center" });
  }, [linkedSessionId, sessions]);

  async function download() {
    setDownloadProblem([]);
    setDownloading(true);
    try {
      const result = await client.query(cohortCalendarQuery, { id: cohort.id }, { requestPolicy: "network-only" }).toPromise();
      const ics = result.data?.cohort?.calendarIcs;
      if (result.error || !ics) {
        setDownloadProblem([result.error ? problemSentence(result.error) : "The calendar could not be made. Try again."]);
        return;
      }
      downloadCalendar(ics, calendarFileName(cohort.name));
    } finally {
      setDownloading(false);
    }
  }

  async function confirmDelete() {
    if (!deleting) return;
    setDeleteBusy(true);
    try {
      const result = await deleteSession({ input: { id: deleting.id } });
      const payload = result.data?.deleteSession;
      if (result.error || !payload?.session) {
        notifications.show({
          color: "red",
          title: "The session was not deleted",
          message: result.error ? problemSentence(result.error) : (payload?.userErrors.map((e) => e.message).join(" ") ?? "Try again."),
        });
      } else {
        notifications.show({ color: "green", title: "Session deleted", message: `${deleting.title} has been removed from the schedule.` });
      }
    } finally {
      setDeleteBusy(false);
      setDeleting(null);
    }
  }

  const months = groupByMonth(sessions);

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="schedule-heading">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id="schedule-heading">
          Schedule
        </Title>
        <Group gap="xs">
          {canManage ? (
            <Button variant="default" onClick={() => setEditing({ cohortId: cohort.id })}>
              Add a session
            </Button>
          ) : null}
          <Button variant="default" onClick={() => void download()} loading={downloading} disabled={sessions.length === 0}>
            Download calendar (.ics)
          </Button>
        </Group>
      </Group>
      <FormProblems title="The calendar was not downloaded" problems={downloadProblem} />
      {canManage ? <GenerateSessionsForm cohort={cohort} hasSessions={sessions.length > 0} /> : null}
      {sessions.length === 0 ? (
        <Text size="sm" mt="md">
          No sessions scheduled yet.
        </Text>
      ) : (
        <Stack gap="lg" mt="md">
          <Text size="sm" c="dimmed">
            {sessions.length} {sessions.length === 1 ? "session" : "sessions"}. Dates and times are London time.
          </Text>
          {months.map((month) => (
            <section key={month.month} aria-labelledby={`month-${month.month}`}>
              <Title order={3} size="h5" mb="xs" id={`month-${month.month}`}>
                {month.label}
              </Title>
              <Table.ScrollContainer minWidth={720}>
                <Table verticalSpacing="xs" striped>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Date</Table.Th>
                      <Table.Th>Time</Table.Th>
                      <Table.Th>Session</Table.Th>
                      <Table.Th>Where</Table.Th>
                      <Table.Th>Facilitator</Table.Th>
                      {canManage ? (
                        <Table.Th>
                          <VisuallyHidden>Actions</VisuallyHidden>
                        </Table.Th>
                      ) : null}
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {month.items.map((session) => (
                      <Table.Tr key={session.id} id={`session-${session.id}`} style={session.id === linkedSessionId ? { outline: "2px solid var(--mantine-color-blue-7)" } : undefined}>
                        <Table.Td style={{ whiteSpace: "nowrap" }}>
                          <time dateTime={session.date}>{formatLondonDay(session.date)}</time>
                        </Table.Td>
                        <Table.Td style={{ whiteSpace: "nowrap" }}>
                          {session.startTime}–{session.endTime}
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm" fw={500}>
                            {session.title}
                          </Text>
                          <Badge variant="default" size="sm" tt="none">
                            {moduleKindLabels[session.kind]}
                          </Badge>
                        </Table.Td>
                        <Table.Td>
                          {session.venue ? <Text size="sm">{session.venue}</Text> : null}
                          {session.onlineUrl ? (
                            <Anchor href={session.onlineUrl} size="sm" target="_blank" rel="noreferrer">
                              Online link
                            </Anchor>
                          ) : null}
                          {!session.venue && !session.onlineUrl ? (
                            <Text size="sm" c="dimmed">
                              To be confirmed
                            </Text>
                          ) : null}
                        </Table.Td>
                        <Table.Td>{session.facilitator?.displayName ?? <Text size="sm" c="dimmed">Not assigned</Text>}</Table.Td>
                        {canManage ? (
                          <Table.Td>
                            <Group gap={4} wrap="nowrap">
                              <Button size="compact-sm" variant="default" onClick={() => setEditing({ session })} aria-label={`Edit ${session.title} on ${formatLondonDay(session.date)}`}>
                                Edit
                              </Button>
                              <Button
                                size="compact-sm"
                                variant="default"
                                onClick={() => setDeleting(session)}
                                aria-label={`Delete ${session.title} on ${formatLondonDay(session.date)}`}
                              >
                                Delete
                              </Button>
                            </Group>
                          </Table.Td>
                        ) : null}
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </section>
          ))}
        </Stack>
      )}
      <SessionEditModal target={editing} facilitators={facilitators} onClose={() => setEditing(null)} />
      <ConfirmDialog
        opened={deleting !== null}
        title="Delete this session?"
        confirmLabel="Delete session"
        destructive
        busy={deleteBusy}
        onConfirm={() => void confirmDelete()}
        onCancel={() => setDeleting(null)}
      >
        {deleting ? `${deleting.title} on ${formatLondonDay(deleting.date)} will be removed from the schedule.` : null}
      </ConfirmDialog>
    </Paper>
  );
}

/** Generates one session per scheduled day of the curriculum (scheduleCohort), on weekdays from the first date. */
function GenerateSessionsForm({ cohort, hasSessions }: { cohort: { id: string; startsOn: string }; hasSessions: boolean }) {
  const [, scheduleCohort] = useMutation(scheduleCohortMutation);
  const [firstDate, setFirstDate] = useState(cohort.startsOn);
  const [startTime, setStartTime] = useState("09:00");
  const [endTime, setEndTime] = useState("16:30");
  const [weeks, setWeeks] = useState<number | string>(2);
  const [venue, setVenue] = useState("");
  const [onlineUrl, setOnlineUrl] = useState("");
  const [replaceExisting, setReplaceExisting] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problems, setProblems] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setErrors({});
    setProblems([]);
    setSaving(true);
    try {
      const result = await scheduleCohort({
        input: {
          cohortId: cohort.id,
          firstDate: firstDate || null,
          startTime: startTime || null,
          endTime: endTime || null,
          weeksBetweenModules: typeof weeks === "number" ? weeks : Number.parseInt(weeks, 10) || null,
          venue: venue.trim() || null,
          onlineUrl: onlineUrl.trim() || null,
          replaceExisting: hasSessions ? replaceExisting : null,
        },
      });
      const payload = result.data?.scheduleCohort;
      if (result.error || !payload) {
        setProblems([result.error ? problemSentence(result.error) : "No sessions were generated. Try again."]);
        return;
      }
      if (!payload.cohort) {
        const { byPath, general } = groupUserErrors(payload.userErrors, SCHEDULE_FIELDS);
        setErrors(byPath);
        setProblems(general.length > 0 || Object.keys(byPath).length > 0 ? general : ["No sessions were generated. Try again."]);
        return;
      }
      notifications.show({
        color: "green",
        title: "Sessions generated",
        message: `${payload.sessions.length} ${payload.sessions.length === 1 ? "session has" : "sessions have"} been scheduled.`,
      });
      setReplaceExisting(false);
    } finally {
      setSaving(false);
    }
  }

  return (
    <Paper withBorder p="md" bg="gray.0" component="form" onSubmit={submit} noValidate aria-label="Generate sessions">
      <Stack gap="sm">
        <Title order={3} size="h5">
          Generate sessions from the curriculum
        </Title>
        <Text size="sm" c="dimmed">
          One session per scheduled day of each module, on weekdays, then edit any of them below.
        </Text>
        <FormProblems title="No sessions were generated" problems={problems} />
        <Group grow align="flex-start">
          <TextInput type="date" label="First session on" value={firstDate} error={errorAt(errors, "firstDate")} onChange={(event) => setFirstDate(event.currentTarget.value)} />
          <TextInput type="time" label="Sessions start at" value={startTime} error={errorAt(errors, "startTime")} onChange={(event) => setStartTime(event.currentTarget.value)} />
          <TextInput type="time" label="Sessions end at" value={endTime} error={errorAt(errors, "endTime")} onChange={(event) => setEndTime(event.currentTarget.value)} />
        </Group>
        <Group grow align="flex-start">
          <NumberInput
            label="Weeks between modules"
            min={0}
            max={52}
            allowDecimal={false}
            value={weeks}
            error={errorAt(errors, "weeksBetweenModules")}
            onChange={setWeeks}
          />
          <TextInput label="Venue" value={venue} error={errorAt(errors, "venue")} onChange={(event) => setVenue(event.currentTarget.value)} />
          <TextInput
            label="Online link"
            type="url"
            placeholder="https://"
            value={onlineUrl}
            error={errorAt(errors, "onlineUrl")}
            onChange={(event) => setOnlineUrl(event.currentTarget.value)}
          />
        </Group>
        {hasSessions ? (
          <Checkbox
            label="Replace the sessions already scheduled"
            checked={replaceExisting}
            error={errorAt(errors, "replaceExisting")}
            onChange={(event) => setReplaceExisting(event.currentTarget.checked)}
          />
        ) : null}
        <Group>
          <Button type="submit" loading={saving}>
            Generate sessions
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
