import { completeParticipantMutation } from "@ascent/client";
import { COMPLETION_EXCEPTION_REASON_MAX } from "@ascent/domain";
import { Button, Group, List, Modal, Stack, Text, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useMutation } from "urql";
import { FormProblems } from "../../components/FormProblems";
import type { SaveOutcome } from "../../lib/serverUserErrors";
import { useServerSave } from "../../lib/useServerSave";

/**
 * Marks someone completed although the completion rule doesn't count them yet (for example a cohort
 * entered after it ran, with registers and evaluations on paper). The reason is required and kept in
 * their history, so an exception is never mistaken for the rule being met.
 */
export function CompleteByExceptionModal({ participant, missing, onClose, onCompleted }: { participant: { id: string; name: string }; missing: string[]; onClose: () => void; onCompleted: () => void }) {
  const [, complete] = useMutation(completeParticipantMutation);
  const form = useForm({ initialValues: { exceptionReason: "" } });
  const { problems, saving, handleSubmit } = useServerSave(form, { roots: ["exceptionReason"], fallback: "The server did not record it. Try again.", onSave });

  async function onSave(values: { exceptionReason: string }): Promise<SaveOutcome> {
    const result = await complete({ input: { participantId: participant.id, exceptionReason: values.exceptionReason } });
    const payload = result.data?.completeParticipant;
    if (result.error || !payload) return { saved: false, error: result.error };
    if (!payload.participant) return { saved: false, userErrors: payload.userErrors };
    notifications.show({ title: "Marked completed by exception", message: `${participant.name} has completed the programme; the reason is in their history.` });
    onCompleted();
    return { saved: true };
  }

  return (
    <Modal opened onClose={onClose} title={`Complete ${participant.name} by exception`} closeButtonProps={{ "aria-label": "Close" }}>
      <form onSubmit={form.onSubmit(handleSubmit)} noValidate aria-label="Complete by exception">
        <Stack gap="md">
          <FormProblems title="Not marked completed" problems={problems} />
          <div>
            <Text size="sm">The completion rule doesn't count them yet:</Text>
            <List size="sm" spacing={2}>
              {missing.map((reason) => (
                <List.Item key={reason}>{reason}</List.Item>
              ))}
            </List>
          </div>
          <Textarea
            label="Why they completed anyway"
            description={`For example: registers and the evaluation were kept on paper. Kept in their history (at most ${COMPLETION_EXCEPTION_REASON_MAX} characters).`}
            required
            autosize
            minRows={2}
            {...form.getInputProps("exceptionReason")}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={saving}>
              Mark completed
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
