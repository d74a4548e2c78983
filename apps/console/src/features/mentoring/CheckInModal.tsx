import { recordMentoringCheckInMutation } from "@ascent/client";
import { MENTORING_LIMITS } from "@ascent/domain";
import { Button, Group, Modal, Stack, Textarea, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useMutation } from "urql";
import { FormProblems } from "../../components/FormProblems";
import { londonToday } from "../../lib/londonTime";
import type { SaveOutcome } from "../../lib/serverUserErrors";
import { useServerSave } from "../../lib/useServerSave";
import type { BoardPairing } from "./boardTypes";

interface CheckInValues {
  heldOn: string;
  note: string;
}

/** Records that a pair met; the note is for the academy's staff only. */
export function CheckInModal({ pairing, participantName, onClose, onRecorded }: { pairing: BoardPairing; participantName: string; onClose: () => void; onRecorded: () => void }) {
  const [, record] = useMutation(recordMentoringCheckInMutation);
  const form = useForm<CheckInValues>({ initialValues: { heldOn: londonToday(), note: "" }, validate: { heldOn: (value) => (value ? null : "Enter the day they met") } });
  const { problems, saving, handleSubmit } = useServerSave(form, { roots: ["heldOn", "note"], fallback: "The server did not record it. Try again.", onSave });

  async function onSave(values: CheckInValues): Promise<SaveOutcome> {
    const result = await record({ input: { relationshipId: pairing.id, heldOn: values.heldOn, note: values.note || null } });
    const payload = result.data?.recordMentoringCheckIn;
    if (result.error || !payload) return { saved: false, error: result.error };
    if (!payload.checkIn) return { saved: false, userErrors: payload.userErrors };
    notifications.show({ color: "green", title: "Check-in recorded", message: `${participantName} met ${pairing.mentor?.name ?? "their mentor"}.` });
    onRecorded();
    return { saved: true };
  }

  return (
    <Modal opened onClose={onClose} title={`Check-in: ${participantName} and ${pairing.mentor?.name ?? "their mentor"}`} closeButtonProps={{ "aria-label": "Close" }}>
      <form onSubmit={form.onSubmit(handleSubmit)} noValidate aria-label="Check-in">
        <Stack gap="md">
          <FormProblems title="It was not recorded" problems={problems} />
          <TextInput type="date" label="Day they met" required {...form.getInputProps("heldOn")} />
          <Textarea label="Note (academy staff only)" autosize minRows={3} maxLength={MENTORING_LIMITS.checkInNoteMaxLength} {...form.getInputProps("note")} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={saving}>
              Record check-in
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
