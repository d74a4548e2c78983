import { endMentoringMutation } from "@ascent/client";
import { mentoringLength, MentoringLengthState } from "@ascent/domain";
import { Alert, Button, Group, Modal, Stack, Textarea, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useMutation } from "urql";
import { FormProblems } from "../../components/FormProblems";
import { londonToday } from "../../lib/londonTime";
import type { SaveOutcome } from "../../lib/serverUserErrors";
import { useServerSave } from "../../lib/useServerSave";
import type { BoardPairing } from "./boardTypes";

interface EndValues {
  endedOn: string;
  reason: string;
}

/** Ends a pairing with its last day and the reason, warning first when that falls short of the programme's minimum. */
export function EndPairingModal({ pairing, participantName, minimumMonths, onClose, onEnded }: { pairing: BoardPairing; participantName: string; minimumMonths: number | null; onClose: () => void; onEnded: () => void }) {
  const [, end] = useMutation(endMentoringMutation);
  const form = useForm<EndValues>({
    initialValues: { endedOn: londonToday(), reason: "" },
    validate: { endedOn: (value) => (value ? null : "Enter the last day"), reason: (value) => (value.trim() ? null : "Say why it ended") },
  });
  const { problems, saving, handleSubmit } = useServerSave(form, { roots: ["endedOn", "reason"], fallback: "The server did not end it. Try again.", onSave });
  const length = form.values.endedOn ? mentoringLength({ startsOn: pairing.startsOn, plannedEndOn: pairing.plannedEndOn, endedOn: form.values.endedOn, minimumMonths, today: londonToday() }) : null;

  async function onSave(values: EndValues): Promise<SaveOutcome> {
    const result = await end({ input: { id: pairing.id, endedOn: values.endedOn, reason: values.reason } });
    const payload = result.data?.endMentoring;
    if (result.error || !payload) return { saved: false, error: result.error };
    if (!payload.relationship) return { saved: false, userErrors: payload.userErrors };
    notifications.show({ title: "Pairing ended", message: `${participantName} no longer has ${pairing.mentor?.name ?? "that mentor"}.` });
    onEnded();
    return { saved: true };
  }

  return (
    <Modal opened onClose={onClose} title={`End ${participantName}'s pairing with ${pairing.mentor?.name ?? "their mentor"}`} closeButtonProps={{ "aria-label": "Close" }}>
      <form onSubmit={form.onSubmit(handleSubmit)} noValidate aria-label="End the pairing">
        <Stack gap="md">
          <FormProblems title="It was not ended" problems={problems} />
          <TextInput type="date" label="Last day" required {...form.getInputProps("endedOn")} />
          {length?.state === MentoringLengthState.FELL_SHORT ? (
            <Alert color="orange" variant="light" title="Short of the minimum" role="status" styles={{ title: { color: "var(--mantine-color-text)" } }}>
              {length.summary}
            </Alert>
          ) : null}
          <Textarea label="Why it ended" required autosize minRows={2} {...form.getInputProps("reason")} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" color="red.9" loading={saving}>
              End the pairing
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
