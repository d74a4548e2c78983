import {
  assignLearningSetMemberMutation,
  cohortLearningSetsQuery,
  createLearningSetMutation,
  deleteLearningSetMutation,
  formLearningSetsMutation,
  renameLearningSetMutation,
  scheduleLearningSetMeetingsMutation,
  setActionLearningSetSizeMutation,
  setLearningSetFacilitatorMutation,
  unassignLearningSetMemberMutation,
  type CohortLearningSetsQuery,
  type LearningSetCardFragment,
  type UserErrorFieldsFragment,
} from "@ascent/client";
import { ACTION_LEARNING_LIMITS, ParticipantStatus, Role } from "@ascent/domain";
import { Alert, Anchor, Button, Group, List, Modal, NumberInput, Paper, Select, SimpleGrid, Stack, Text, TextInput, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState, type FormEvent } from "react";
import { Link, useParams } from "react-router";
import { useMutation, useQuery, type CombinedError } from "urql";
import { BackLink } from "../../components/BackLink";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { ErrorState } from "../../components/ErrorState";
import { LoadingState } from "../../components/LoadingState";
import { PageHeader } from "../../components/PageHeader";
import { RequireRole } from "../../components/RequireRole";
import { problemSentence } from "../../lib/graphqlErrors";
import { formatLondonDay } from "../../lib/londonTime";
import { useSignedInUser } from "../../lib/signedInUser";
import { usePageTitle } from "../../lib/usePageTitle";
import { cohortPaths } from "../cohorts";

type Cohort = NonNullable<CohortLearningSetsQuery["cohort"]>;
type Outcome = { title: string; lines: string[] } | null;

const MANAGERS: readonly Role[] = [Role.ADMIN, Role.PROGRAMME_MANAGER];

export function ActionLearningSetsPage() {
  return (
    <RequireRole roles={[Role.ADMIN, Role.PROGRAMME_MANAGER, Role.FACILITATOR]} title="Action Learning Sets">
      <ActionLearningSets />
    </RequireRole>
  );
}

/** Says how a change went: the server's refusals in its words, or the problem with the request. */
function reportProblem(error: CombinedError | undefined, userErrors: readonly UserErrorFieldsFragment[] | undefined): boolean {
  if (error) {
    notifications.show({ color: "red", title: "Not saved", message: problemSentence(error) });
    return true;
  }
  if (userErrors && userErrors.length > 0) {
    notifications.show({ color: "red", title: "Not saved", message: userErrors.map((e) => e.message).join(" ") });
    return true;
  }
  return false;
}

function ActionLearningSets() {
  const { id = "" } = useParams();
  const user = useSignedInUser();
  const canManage = MANAGERS.includes(user.role);
  const [{ data, error, fetching }, reexecute] = useQuery({ query: cohortLearningSetsQuery, variables: { id }, requestPolicy: "cache-and-network" });
  const [outcome, setOutcome] = useState<Outcome>(null);
  const cohort = data?.cohort;
  usePageTitle(cohort ? `Action Learning Sets: ${cohort.name}` : "Action Learning Sets");
  const refresh = () => reexecute({ requestPolicy: "network-only" });
  const back = <BackLink to={cohort ? cohortPaths.cohort(cohort.id) : cohortPaths.cohorts}>{cohort ? `Back to ${cohort.name}` : "Back to cohorts"}</BackLink>;

  if (error && !data) {
    return (
      <>
        <PageHeader title="Action Learning Sets" above={back} />
        <ErrorState error={error} onRetry={refresh} />
      </>
    );
  }
  if (!data) {
    return (
      <>
        <PageHeader title="Action Learning Sets" above={back} />
        <LoadingState label="Loading the Action Learning Sets" lines={6} />
      </>
    );
  }
  if (!cohort || !cohort.learningSets) {
    return (
      <>
        <PageHeader title="Action Learning Sets" above={back} />
        <Text>There is no cohort here whose sets you can see. The link may be wrong, or you don't facilitate this cohort.</Text>
      </>
    );
  }
  const sets = cohort.learningSets;
  const size = cohort.programme.actionLearningSetSize;
  const waiting = cohort.participantsWithoutLearningSet ?? [];

  return (
    <>
      <PageHeader title={`Action Learning Sets: ${cohort.name}`} above={back} />
      <Stack gap="lg" maw={1100}>
        <Text>
          {cohort.programme.title}.{" "}
          {size === null
            ? "This programme doesn't use Action Learning Sets yet: choose a set size to start."
            : `Sets of at most ${size}; each set meets with its facilitator, and only its members are expected at its meetings.`}
        </Text>
        {canManage ? <ManageBar cohort={cohort} onChanged={refresh} onOutcome={setOutcome} busy={fetching} /> : null}
        {outcome ? (
          <Alert title={outcome.title} withCloseButton closeButtonLabel="Dismiss" onClose={() => setOutcome(null)} color="blue" variant="light" role="status">
            <List size="sm" spacing={4}>
              {outcome.lines.map((line) => (
                <List.Item key={line}>{line}</List.Item>
              ))}
            </List>
          </Alert>
        ) : null}
        {waiting.length > 0 ? (
          <Paper withBorder p="lg" component="section" aria-labelledby="without-set-heading">
            <Title order={2} size="h4" id="without-set-heading" mb="xs">
              Without a set ({waiting.length})
            </Title>
            <Stack gap="xs">
              {waiting.map((participant) => (
                <Group key={participant.id} justify="space-between" wrap="nowrap" gap="xs">
                  <Text fw={500} style={{ minWidth: 0, overflowWrap: "anywhere" }}>
                    {participant.name ?? "Name erased"}
                  </Text>
                  {canManage && sets.length > 0 ? <MoveSelect participantId={participant.id} name={participant.name} currentSetId={null} sets={sets} onChanged={refresh} /> : null}
                </Group>
              ))}
            </Stack>
          </Paper>
        ) : null}
        {sets.length === 0 ? (
          <Text c="dimmed">No sets yet{canManage && size !== null ? ": form them automatically, or add one by hand." : "."}</Text>
        ) : (
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
            {sets.map((set) => (
              <SetCard key={set.id} set={set} cohort={cohort} sets={sets} canManage={canManage} onChanged={refresh} />
            ))}
          </SimpleGrid>
        )}
      </Stack>
    </>
  );
}

/** The set size, forming, scheduling and adding a set: for the academy's staff. */
function ManageBar({ cohort, onChanged, onOutcome, busy }: { cohort: Cohort; onChanged: () => void; onOutcome: (outcome: Outcome) => void; busy: boolean }) {
  const size = cohort.programme.actionLearningSetSize;
  const [sizeValue, setSizeValue] = useState<string | number>(size ?? "");
  const [name, setName] = useState("");
  const [nameError, setNameError] = useState<string | null>(null);
  const [{ fetching: savingSize }, setSize] = useMutation(setActionLearningSetSizeMutation);
  const [{ fetching: forming }, form] = useMutation(formLearningSetsMutation);
  const [{ fetching: scheduling }, schedule] = useMutation(scheduleLearningSetMeetingsMutation);
  const [{ fetching: adding }, create] = useMutation(createLearningSetMutation);
  const waiting = cohort.participantsWithoutLearningSet?.length ?? 0;

  async function saveSize(event: FormEvent) {
    event.preventDefault();
    const result = await setSize({ input: { programmeId: cohort.programme.id, size: sizeValue === "" ? null : Number(sizeValue) } });
    if (reportProblem(result.error, result.data?.setActionLearningSetSize.userErrors)) return;
    notifications.show({ color: "green", title: "Set size saved", message: sizeValue === "" ? "The programme no longer uses sets." : `Sets of at most ${sizeValue}.` });
    onChanged();
  }

  async function formSets() {
    const result = await form({ input: { cohortId: cohort.id } });
    const payload = result.data?.formLearningSets;
    if (reportProblem(result.error, payload?.userErrors)) return;
    onOutcome({ title: payload?.assignedCount ? `Sets formed: ${payload.assignedCount} placed` : "Nobody to place", lines: payload?.explanation ?? [] });
    onChanged();
  }

  async function scheduleMeetings() {
    const result = await schedule({ input: { cohortId: cohort.id } });
    const payload = result.data?.scheduleLearningSetMeetings;
    if (reportProblem(result.error, payload?.userErrors)) return;
    onOutcome({ title: payload?.created.length ? `${payload.created.length} meetings scheduled` : "Meetings already scheduled", lines: payload?.summary ?? [] });
    onChanged();
  }

  async function addSet(event: FormEvent) {
    event.preventDefault();
    const result = await create({ input: { cohortId: cohort.id, name } });
    const payload = result.data?.createLearningSet;
    if (result.error) return reportProblem(result.error, undefined);
    const problem = payload?.userErrors[0];
    setNameError(problem ? problem.message : null);
    if (problem) return;
    setName("");
    onChanged();
  }

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="manage-sets-heading">
      <Title order={2} size="h4" id="manage-sets-heading" mb="sm">
        Set up
      </Title>
      <Stack gap="md">
        <Group component="form" onSubmit={saveSize} align="flex-end" gap="sm" wrap="wrap">
          <NumberInput
            label="Most members per set"
            description={`For every cohort of the programme; ${ACTION_LEARNING_LIMITS.minSetSize} to ${ACTION_LEARNING_LIMITS.maxSetSize}, or empty when it doesn't use sets`}
            value={sizeValue}
            onChange={setSizeValue}
            min={ACTION_LEARNING_LIMITS.minSetSize}
            max={ACTION_LEARNING_LIMITS.maxSetSize}
            allowDecimal={false}
            w={{ base: "100%", xs: 260 }}
          />
          <Button type="submit" variant="default" loading={savingSize}>
            Save set size
          </Button>
        </Group>
        <Group gap="sm" wrap="wrap">
          <Button onClick={formSets} loading={forming} disabled={size === null || waiting === 0 || busy}>
            Form sets automatically
          </Button>
          <Button onClick={scheduleMeetings} loading={scheduling} variant="default" disabled={cohort.learningSets?.length === 0 || busy}>
            Schedule meetings from the curriculum
          </Button>
        </Group>
        <Text size="sm" c="dimmed">
          {waiting === 0 ? "Everyone has a set. " : `${waiting} ${waiting === 1 ? "participant has" : "participants have"} no set yet. `}
          Forming puts everyone without a set into sets of at most the size, keeping sets within one member of each other and spreading colleagues from one organisation across them.
          Scheduling gives each set one meeting per Action Learning Set module of the curriculum, on the cohort's date for it, and never twice.
        </Text>
        <Group component="form" onSubmit={addSet} align="flex-start" gap="sm" wrap="wrap">
          <TextInput label="New set's name" placeholder="Set C" value={name} onChange={(e) => setName(e.currentTarget.value)} error={nameError} w={{ base: "100%", xs: 260 }} />
          <Button type="submit" variant="default" loading={adding} mt={{ base: 0, xs: 25 }} disabled={size === null}>
            Add set
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

function MoveSelect({ participantId, name, currentSetId, sets, onChanged }: { participantId: string; name: string | null | undefined; currentSetId: string | null; sets: readonly LearningSetCardFragment[]; onChanged: () => void }) {
  const [, assign] = useMutation(assignLearningSetMemberMutation);
  const [, unassign] = useMutation(unassignLearningSetMemberMutation);
  const [busy, setBusy] = useState(false);
  const options = [
    ...sets.filter((s) => s.id !== currentSetId).map((s) => ({ value: s.id, label: s.maxMembers !== null ? `${s.name} (${s.memberCount} of ${s.maxMembers})` : s.name })),
    ...(currentSetId ? [{ value: "", label: "No set" }] : []),
  ];

  async function move(value: string | null) {
    if (value === null || value === currentSetId) return;
    setBusy(true);
    const result = value === "" ? await unassign({ input: { participantId } }) : await assign({ input: { learningSetId: value, participantId } });
    setBusy(false);
    const payload = result.data && ("assignLearningSetMember" in result.data ? result.data.assignLearningSetMember : result.data.unassignLearningSetMember);
    if (reportProblem(result.error, payload?.userErrors)) return;
    onChanged();
  }

  return (
    <Select
      aria-label={currentSetId ? `Move ${name ?? "this participant"} to` : `Put ${name ?? "this participant"} in a set`}
      placeholder={currentSetId ? "Move to…" : "Choose a set"}
      data={options}
      value={null}
      onChange={move}
      disabled={busy}
      size="xs"
      w={150}
      comboboxProps={{ width: 190, position: "bottom-end" }}
      style={{ flexShrink: 0 }}
    />
  );
}

function SetCard({ set, cohort, sets, canManage, onChanged }: { set: LearningSetCardFragment; cohort: Cohort; sets: readonly LearningSetCardFragment[]; canManage: boolean; onChanged: () => void }) {
  const [, setFacilitator] = useMutation(setLearningSetFacilitatorMutation);
  const [renaming, setRenaming] = useState(false);
  const [deleting, setDeleting] = useState<"ask" | { meetings: string } | null>(null);
  const [{ fetching: deletingBusy }, remove] = useMutation(deleteLearningSetMutation);
  const full = set.maxMembers !== null && set.memberCount >= set.maxMembers;

  async function changeFacilitator(facilitatorId: string | null) {
    const result = await setFacilitator({ input: { id: set.id, facilitatorId } });
    if (reportProblem(result.error, result.data?.setLearningSetFacilitator.userErrors)) return;
    onChanged();
  }

  async function confirmDelete(deleteMeetings: boolean) {
    const result = await remove({ input: { id: set.id, deleteMeetings } });
    const payload = result.data?.deleteLearningSet;
    const meetingsProblem = payload?.userErrors.find((e) => e.field?.[0] === "deleteMeetings");
    if (meetingsProblem && !deleteMeetings) return setDeleting({ meetings: meetingsProblem.message });
    if (reportProblem(result.error, payload?.userErrors)) return;
    setDeleting(null);
    notifications.show({ color: "green", title: `${set.name} deleted`, message: payload?.deletedMeetingCount ? `With its ${payload.deletedMeetingCount} meetings.` : "Its members are back to having no set." });
    onChanged();
  }

  return (
    <Paper withBorder p="md" component="section" aria-labelledby={`set-${set.id}-heading`}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
          <Title order={2} size="h4" id={`set-${set.id}-heading`}>
            {set.name}
          </Title>
          <Text size="sm" fw={600} style={{ whiteSpace: "nowrap" }}>
            {set.maxMembers !== null ? `${set.memberCount} of ${set.maxMembers}` : set.memberCount} {set.maxMembers === 1 ? "member" : "members"}
            {full ? " · full" : ""}
          </Text>
        </Group>
        {canManage ? (
          <Select
            label="Facilitator"
            placeholder="None yet"
            data={cohort.facilitators.map((f) => ({ value: f.id, label: f.displayName }))}
            description={set.facilitator?.role ?? undefined}
            value={set.facilitator?.id ?? null}
            onChange={changeFacilitator}
            clearable
            size="sm"
          />
        ) : (
          <Text size="sm">
            <Text span c="dimmed">
              Facilitator:{" "}
            </Text>
            {set.facilitator?.displayName ?? "none yet"}
          </Text>
        )}
        <div>
          <Title order={3} size="h6" mb={4}>
            Members
          </Title>
          {set.members.length === 0 ? (
            <Text size="sm" c="dimmed">
              No members yet.
            </Text>
          ) : (
            <Stack gap={6} component="ul" style={{ listStyle: "none", padding: 0, margin: 0 }}>
              {set.members.map((member) => (
                <Group component="li" key={member.id} justify="space-between" wrap="nowrap" gap="xs">
                  <Text size="sm" style={{ minWidth: 0, overflowWrap: "anywhere" }}>
                    {member.name ?? "Name erased"}
                    {member.status === ParticipantStatus.WITHDRAWN ? " (withdrawn)" : ""}
                  </Text>
                  {canManage ? <MoveSelect participantId={member.id} name={member.name} currentSetId={set.id} sets={sets} onChanged={onChanged} /> : null}
                </Group>
              ))}
            </Stack>
          )}
        </div>
        <div>
          <Title order={3} size="h6" mb={4}>
            Meetings
          </Title>
          {set.meetings.length === 0 ? (
            <Text size="sm" c="dimmed">
              None scheduled yet.
            </Text>
          ) : (
            <List size="sm" spacing={4}>
              {set.meetings.map((meeting) => (
                <List.Item key={meeting.id}>
                  <Anchor component={Link} to={`${cohortPaths.cohort(cohort.id)}#session-${meeting.id}`}>
                    {meeting.title}
                  </Anchor>
                  <Text span size="sm">
                    {" "}
                    {formatLondonDay(meeting.date)}, {meeting.startTime} to {meeting.endTime}
                  </Text>
                </List.Item>
              ))}
            </List>
          )}
        </div>
        {canManage ? (
          <Group gap="xs">
            <Button size="xs" variant="default" onClick={() => setRenaming(true)}>
              Rename
            </Button>
            <Button size="xs" variant="default" color="red.9" onClick={() => setDeleting("ask")}>
              Delete
            </Button>
          </Group>
        ) : null}
      </Stack>
      {renaming ? <RenameModal set={set} onClose={() => setRenaming(false)} onRenamed={onChanged} /> : null}
      <ConfirmDialog
        opened={deleting !== null}
        title={deleting !== null && deleting !== "ask" ? `Delete ${set.name} and its meetings?` : `Delete ${set.name}?`}
        confirmLabel={deleting !== null && deleting !== "ask" ? "Delete the set and its meetings" : "Delete the set"}
        destructive
        busy={deletingBusy}
        onConfirm={() => confirmDelete(deleting !== null && deleting !== "ask")}
        onCancel={() => setDeleting(null)}
      >
        {deleting !== null && deleting !== "ask" ? deleting.meetings : `Its ${set.memberCount} members go back to having no set.`}
      </ConfirmDialog>
    </Paper>
  );
}

function RenameModal({ set, onClose, onRenamed }: { set: LearningSetCardFragment; onClose: () => void; onRenamed: () => void }) {
  const [name, setName] = useState(set.name);
  const [problem, setProblem] = useState<string | null>(null);
  const [{ fetching }, rename] = useMutation(renameLearningSetMutation);

  async function save(event: FormEvent) {
    event.preventDefault();
    const result = await rename({ input: { id: set.id, name } });
    if (result.error) return reportProblem(result.error, undefined);
    const userError = result.data?.renameLearningSet.userErrors[0];
    if (userError) return setProblem(userError.message);
    onClose();
    onRenamed();
  }

  return (
    <Modal opened onClose={onClose} title={`Rename ${set.name}`} centered closeButtonProps={{ "aria-label": "Close" }}>
      <form onSubmit={save}>
        <Stack>
          <TextInput label="Name" value={name} onChange={(e) => setName(e.currentTarget.value)} error={problem} data-autofocus />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={fetching}>
              Save
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
