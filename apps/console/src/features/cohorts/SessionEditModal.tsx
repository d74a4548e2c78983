import { addSessionMutation, updateSessionMutation, type CohortFacilitatorDetailsFragment, type SessionDetailsFragment, type UpdateSessionInput } from "@ascent/client";
import { ModuleKind } from "@ascent/domain";
import { Button, Group, Modal, Select, Stack, TextInput } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useMutation } from "urql";
import { FormProblems } from "../../components/FormProblems";
import { problemSentence } from "../../lib/graphqlErrors";
import { isModuleKind, moduleKindOptions } from "../../lib/domainOptions";
import { groupUserErrors } from "../../lib/userErrorPaths";

const SESSION_FIELDS = ["title", "date", "startTime", "endTime", "kind", "venue", "onlineUrl", "facilitatorId"] as const;
type SessionField = (typeof SESSION_FIELDS)[number];

interface SessionValues {
  title: string;
  date: string;
  startTime: string;
  endTime: string;
  kind: SessionDetailsFragment["kind"];
  venue: string;
  onlineUrl: string;
  facilitatorId: string | null;
}

function newSessionInput(cohortId: string, values: SessionValues) {
  return {
    cohortId,
    title: values.title.trim(),
    date: values.date,
    startTime: values.startTime,
    endTime: values.endTime,
    kind: values.kind,
    venue: values.venue.trim() || null,
    onlineUrl: values.onlineUrl.trim() || null,
    facilitatorId: values.facilitatorId,
  };
}

function valuesOf(session: SessionDetailsFragment): SessionValues {
  return {
    title: session.title,
    date: session.date,
    startTime: session.startTime,
    endTime: session.endTime,
    kind: session.kind,
    venue: session.venue ?? "",
    onlineUrl: session.onlineUrl ?? "",
    facilitatorId: session.facilitator?.id ?? null,
  };
}

/** A new session starts as a workshop day with the usual hours. */
const NEW_SESSION: SessionValues = { title: "", date: "", startTime: "09:30", endTime: "16:30", kind: ModuleKind.WORKSHOP, venue: "", onlineUrl: "", facilitatorId: null };

/** Editing an existing session, or adding one to a cohort. */
export type SessionTarget = { session: SessionDetailsFragment } | { cohortId: string };

/** Only the fields that changed; empty venue, link or facilitator clear them. */
function changes(id: string, values: SessionValues, saved: SessionValues): UpdateSessionInput {
  const input: UpdateSessionInput = { id };
  if (values.title.trim() !== saved.title) input.title = values.title.trim();
  if (values.date !== saved.date) input.date = values.date;
  if (values.startTime !== saved.startTime) input.startTime = values.startTime;
  if (values.endTime !== saved.endTime) input.endTime = values.endTime;
  if (values.kind !== saved.kind) input.kind = values.kind;
  if (values.venue.trim() !== saved.venue) input.venue = values.venue.trim() || null;
  if (values.onlineUrl.trim() !== saved.onlineUrl) input.onlineUrl = values.onlineUrl.trim() || null;
  if (values.facilitatorId !== saved.facilitatorId) input.facilitatorId = values.facilitatorId;
  return input;
}

interface SessionEditModalProps {
  target: SessionTarget | null;
  facilitators: readonly CohortFacilitatorDetailsFragment[];
  onClose: () => void;
}

/** Edits one session, or adds one: its London date and times, where it happens, its kind and who facilitates it. */
export function SessionEditModal({ target, facilitators, onClose }: SessionEditModalProps) {
  const title = target === null ? "" : "session" in target ? `Edit ${target.session.title}` : "Add a session";
  return (
    <Modal opened={target !== null} onClose={onClose} title={title} centered size="lg" closeButtonProps={{ "aria-label": "Close" }}>
      {target ? <SessionForm key={"session" in target ? target.session.id : "new"} target={target} facilitators={facilitators} onDone={onClose} /> : null}
    </Modal>
  );
}

function SessionForm({ target, facilitators, onDone }: { target: SessionTarget; facilitators: readonly CohortFacilitatorDetailsFragment[]; onDone: () => void }) {
  const [, updateSession] = useMutation(updateSessionMutation);
  const [, addSession] = useMutation(addSessionMutation);
  const [saved] = useState(() => ("session" in target ? valuesOf(target.session) : NEW_SESSION));
  const [values, setValues] = useState(saved);
  const [errors, setErrors] = useState<Partial<Record<SessionField, string>>>({});
  const [problems, setProblems] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const set = (patch: Partial<SessionValues>) => setValues((current) => ({ ...current, ...patch }));

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setErrors({});
    setProblems([]);
    let save: () => ReturnType<typeof updateSession> | ReturnType<typeof addSession>;
    if ("cohortId" in target) {
      const { cohortId } = target;
      save = () => addSession({ input: newSessionInput(cohortId, values) });
    } else {
      const input = changes(target.session.id, values, saved);
      if (Object.keys(input).length === 1) {
        onDone();
        return;
      }
      save = () => updateSession({ input });
    }
    setSaving(true);
    try {
      const result = await save();
      const payload = result.data && ("updateSession" in result.data ? result.data.updateSession : result.data.addSession);
      if (result.error || !payload) {
        setProblems([result.error ? problemSentence(result.error) : "The session was not saved. Try again."]);
        return;
      }
      if (!payload.session) {
        const { byPath, general } = groupUserErrors(payload.userErrors, SESSION_FIELDS);
        setErrors(byPath);
        setProblems(general);
        return;
      }
      notifications.show({ color: "green", title: "Session saved", message: `${payload.session.title} has been ${"session" in target ? "updated" : "added"}.` });
      onDone();
    } finally {
      setSaving(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate aria-label="Session details">
      <Stack gap="sm">
        <FormProblems title="The session was not saved" problems={problems} />
        <TextInput label="Session title" value={values.title} error={errors.title} onChange={(event) => set({ title: event.currentTarget.value })} />
        <Group grow align="flex-start">
          <TextInput type="date" label="Date" value={values.date} error={errors.date} onChange={(event) => set({ date: event.currentTarget.value })} />
          <TextInput type="time" label="Starts at" value={values.startTime} error={errors.startTime} onChange={(event) => set({ startTime: event.currentTarget.value })} />
          <TextInput type="time" label="Ends at" value={values.endTime} error={errors.endTime} onChange={(event) => set({ endTime: event.currentTarget.value })} />
        </Group>
        <Select
          label="Kind"
          data={moduleKindOptions}
          value={values.kind}
          allowDeselect={false}
          error={errors.kind}
          onChange={(kind) => kind && isModuleKind(kind) && set({ kind })}
        />
        <TextInput label="Venue" value={values.venue} error={errors.venue} onChange={(event) => set({ venue: event.currentTarget.value })} />
        <TextInput
          label="Online link"
          type="url"
          placeholder="https://"
          value={values.onlineUrl}
          error={errors.onlineUrl}
          onChange={(event) => set({ onlineUrl: event.currentTarget.value })}
        />
        <Select
          label="Facilitator"
          placeholder={facilitators.length > 0 ? "None" : "Add facilitators to the cohort first"}
          clearable
          data={facilitators.map((facilitator) => ({ value: facilitator.id, label: facilitator.displayName }))}
          value={values.facilitatorId}
          error={errors.facilitatorId}
          onChange={(facilitatorId) => set({ facilitatorId })}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={saving}>
            Save session
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
