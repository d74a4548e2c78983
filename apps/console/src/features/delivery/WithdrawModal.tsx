import { withdrawParticipantMutation } from "@ascent/client";
import { Button, Group, Modal, Stack, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useMutation } from "urql";
import { FormProblems } from "../../components/FormProblems";
import type { SaveOutcome } from "../../lib/serverUserErrors";
import { useServerSave } from "../../lib/useServerSave";

/** Records that someone has left the programme, with the reason (required). */
export function WithdrawModal({ participant, onClose, onWithdrawn }: { participant: { id: string; name: string }; onClose: () => void; onWithdrawn: () => void }) {
  const [, withdraw] = useMutation(withdrawParticipantMutation);
  const form = useForm({ initialValues: { reason: "" } });
  const { problems, saving, handleSubmit } = useServerSave(form, { roots: ["reason"], fallback: "The server did not record it. Try again.", onSave });

  async function onSave(values: { reason: string }): Promise<SaveOutcome> {
    const result = await withdraw({ input: { participantId: participant.id, reason: values.reason } });
    const payload = result.data?.withdrawParticipant;
    if (result.error || !payload) return { saved: false, error: result.error };
    if (!payload.participant) return { saved: false, userErrors: payload.userErrors };
    notifications.show({ title: "Withdrawal recorded", message: `${participant.name} has left the programme.` });
    onWithdrawn();
    return { saved: true };
  }

  return (
    <Modal opened onClose={onClose} title={`Withdraw ${participant.name}`} closeButtonProps={{ "aria-label": "Close" }}>
      <form onSubmit={form.onSubmit(handleSubmit)} noValidate aria-label="Withdraw from the programme">
        <Stack gap="md">
          <FormProblems title="The withdrawal was not recorded" problems={problems} />
          <Textarea label="Why they are leaving" required autosize minRows={2} {...form.getInputProps("reason")} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" color="red.9" loading={saving}>
              Withdraw
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
