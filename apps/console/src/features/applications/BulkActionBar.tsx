import { actOnApplicationsMutation, type ActOnApplicationsMutation } from "@ascent/client";
import { Button, Group, Paper, Select, Stack, Text, Textarea } from "@mantine/core";
import { useState } from "react";
import { useMutation } from "urql";
import { FormProblems } from "../../components/FormProblems";
import { problemSentence } from "../../lib/graphqlErrors";
import { APPLICATION_TYPENAMES } from "./CohortApplicationsFrame";

export type BulkAction = "REJECT" | "WITHDRAW" | "RESEND_ENDORSEMENT_REQUEST" | "OFFER_PLACE" | "WAITLIST";
export type BulkOutcome = ActOnApplicationsMutation["actOnApplications"]["results"];

export const bulkActionLabels: Record<BulkAction, string> = {
  REJECT: "Turn down (with a reason)",
  WITHDRAW: "Withdraw for the applicant (with a reason)",
  RESEND_ENDORSEMENT_REQUEST: "Resend the line manager's request",
  OFFER_PLACE: "Offer a place",
  WAITLIST: "Put on the waiting list",
};
const NEEDS_REASON: readonly BulkAction[] = ["REJECT", "WITHDRAW"];

/** Runs one action on the chosen applications, in the order given, and hands back each one's result. */
export function useBulkAction(onDone: (title: string, results: BulkOutcome) => void) {
  const [{ fetching }, act] = useMutation(actOnApplicationsMutation);
  const [problems, setProblems] = useState<string[]>([]);
  async function run(ids: readonly string[], action: BulkAction, reason: string | null) {
    setProblems([]);
    const result = await act({ input: { ids: [...ids], action: action as never, reason } }, APPLICATION_TYPENAMES);
    const payload = result.data?.actOnApplications;
    if (result.error || !payload) {
      setProblems([result.error ? problemSentence(result.error) : "Nothing was done."]);
      return false;
    }
    if (payload.userErrors.length > 0) {
      setProblems(payload.userErrors.map((e) => e.message));
      return false;
    }
    onDone(bulkActionLabels[action], payload.results);
    return true;
  }
  return { run, busy: fetching, problems };
}

/** The queue's bulk bar: choose an action (a reason where the applicant is told one) for the selected applications. */
export function BulkActionBar({ selected, actions, onDone, onClear }: { selected: readonly string[]; actions: readonly BulkAction[]; onDone: (title: string, results: BulkOutcome) => void; onClear: () => void }) {
  const [action, setAction] = useState<BulkAction | null>(null);
  const [reason, setReason] = useState("");
  const [reasonError, setReasonError] = useState<string | null>(null);
  const { run, busy, problems } = useBulkAction((title, results) => {
    setReason("");
    onDone(title, results);
  });
  if (selected.length === 0) return null;
  const needsReason = action !== null && NEEDS_REASON.includes(action);

  async function apply() {
    if (!action) return;
    if (needsReason && reason.trim() === "") {
      setReasonError("Give a reason: it is kept on each timeline and told to each applicant.");
      return;
    }
    setReasonError(null);
    await run(selected, action, needsReason ? reason : null);
  }

  return (
    <Paper withBorder p="md" mb="md" component="section" aria-label="Act on the selected applications">
      <Stack gap="sm">
        <Group justify="space-between">
          <Text fw={600}>{selected.length === 1 ? "1 application selected" : `${selected.length} applications selected`}</Text>
          <Button variant="subtle" onClick={onClear}>
            Clear selection
          </Button>
        </Group>
        <Select label="Action" placeholder="Choose an action" data={actions.map((value) => ({ value, label: bulkActionLabels[value] }))} value={action} onChange={(value) => setAction(value as BulkAction | null)} w={{ base: "100%", sm: 380 }} />
        {needsReason ? (
          <Textarea label="Reason" description="Kept on each application's timeline and told to each applicant." value={reason} onChange={(event) => setReason(event.currentTarget.value)} error={reasonError} autosize minRows={2} maxLength={2000} />
        ) : null}
        <FormProblems title="Nothing was done" problems={problems} />
        <Group>
          <Button onClick={apply} disabled={!action} loading={busy}>
            {action ? `${bulkActionLabels[action].replace(/ \(with a reason\)$/, "")}: ${selected.length}` : "Apply"}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
