import { createTrackMutation, updateTrackMutation, type TrackDetailsFragment } from "@ascent/client";
import { Button, Group, List, Paper, Stack, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useMutation } from "urql";
import { FormProblems } from "../../components/FormProblems";
import { problemSentence } from "../../lib/graphqlErrors";
import type { ServerUserError } from "../../lib/serverUserErrors";
import { moduleFormValue, toTrackInput, type TrackFormValue } from "./programmeFormValues";
import { TrackFields } from "./TrackFields";
import { groupUserErrors } from "../../lib/userErrorPaths";

const TRACK_ROOTS = ["name", "description", "eligibility", "modules"];

function trackFormValue(track: TrackDetailsFragment): TrackFormValue {
  return {
    name: track.name,
    description: track.description ?? "",
    bands: [...(track.eligibility?.bands ?? [])],
    modules: track.modules.map(moduleFormValue),
  };
}

type TrackSaveOutcome = { saved: true } | { saved: false; userErrors?: readonly ServerUserError[]; problem?: string };

function TrackEditor({
  heading,
  initial,
  submitLabel,
  onSave,
  onCancel,
  summary,
}: {
  heading: string;
  initial: TrackFormValue;
  submitLabel: string;
  onSave: (value: TrackFormValue) => Promise<TrackSaveOutcome>;
  onCancel?: () => void;
  summary?: readonly string[];
}) {
  const [value, setValue] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problems, setProblems] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setProblems([]);
    setErrors({});
    if (!value.name.trim()) {
      setErrors({ name: "Enter the track's name" });
      return;
    }
    setSaving(true);
    try {
      const outcome = await onSave(value);
      if (outcome.saved) return;
      const { byPath, general } = groupUserErrors(outcome.userErrors ?? [], TRACK_ROOTS);
      setErrors(byPath);
      const above = outcome.problem ? [outcome.problem, ...general] : general;
      setProblems(above.length === 0 && Object.keys(byPath).length === 0 ? ["The track was not saved. Try again."] : above);
    } finally {
      setSaving(false);
    }
  }

  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} noValidate aria-label={heading}>
      <Stack gap="sm">
        <Title order={3} size="h5">
          {heading}
        </Title>
        {summary && summary.length > 0 ? (
          <List size="sm" c="dimmed">
            {summary.map((sentence) => (
              <List.Item key={sentence}>{sentence}</List.Item>
            ))}
          </List>
        ) : null}
        <FormProblems title="The track was not saved" problems={problems} />
        <TrackFields label={heading} value={value} errors={errors} onChange={setValue} />
        <Group>
          <Button type="submit" loading={saving}>
            {submitLabel}
          </Button>
          {onCancel ? (
            <Button variant="default" onClick={onCancel}>
              Cancel
            </Button>
          ) : null}
        </Group>
      </Stack>
    </Paper>
  );
}

/** The programme's tracks, each saved on its own, and a form to add another. */
export function TracksSection({ programmeId, tracks }: { programmeId: string; tracks: readonly TrackDetailsFragment[] }) {
  const [, createTrack] = useMutation(createTrackMutation);
  const [, updateTrack] = useMutation(updateTrackMutation);
  const [adding, setAdding] = useState(false);

  async function create(value: TrackFormValue): Promise<TrackSaveOutcome> {
    const result = await createTrack({ input: { programmeId, ...toTrackInput(value) } });
    const payload = result.data?.createTrack;
    if (result.error || !payload) return { saved: false, problem: result.error ? problemSentence(result.error) : undefined };
    if (!payload.track) return { saved: false, userErrors: payload.userErrors };
    notifications.show({ color: "green", title: "Track added", message: `${payload.track.name} has been added.` });
    setAdding(false);
    return { saved: true };
  }

  async function update(id: string, value: TrackFormValue): Promise<TrackSaveOutcome> {
    const input = toTrackInput(value);
    const result = await updateTrack({ input: { id, ...input, eligibility: input.eligibility ?? null } });
    const payload = result.data?.updateTrack;
    if (result.error || !payload) return { saved: false, problem: result.error ? problemSentence(result.error) : undefined };
    if (!payload.track) return { saved: false, userErrors: payload.userErrors };
    notifications.show({ color: "green", title: "Track saved", message: `${payload.track.name} has been updated.` });
    return { saved: true };
  }

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="tracks-heading" maw={880}>
      <Title order={2} size="h4" mb="xs" id="tracks-heading">
        Tracks
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        Routes through the programme, for example by band, each with its own modules after the shared ones.
      </Text>
      <Stack gap="md">
        {tracks.length === 0 && !adding ? <Text size="sm">This programme has no tracks.</Text> : null}
        {tracks.map((track) => (
          <TrackEditor
            key={`${track.id}-${track.name}-${track.modules.length}`}
            heading={track.name}
            summary={track.eligibilitySummary}
            initial={trackFormValue(track)}
            submitLabel="Save track"
            onSave={(value) => update(track.id, value)}
          />
        ))}
        {adding ? (
          <TrackEditor
            heading="New track"
            initial={{ name: "", description: "", bands: [], modules: [] }}
            submitLabel="Add this track"
            onSave={create}
            onCancel={() => setAdding(false)}
          />
        ) : (
          <Group>
            <Button variant="default" onClick={() => setAdding(true)}>
              Add track
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
