import {
  cancelCohortMutation,
  closeCohortMutation,
  completeCohortMutation,
  openCohortMutation,
  startCohortMutation,
} from "@ascent/client";
import { CohortStatus } from "@ascent/domain";
import { Button, Group } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useMutation } from "urql";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { FormProblems } from "../../components/FormProblems";
import { problemSentence } from "../../lib/graphqlErrors";

const actions: Record<CohortStatus, { label: string; done: string } | null> = {
  [CohortStatus.PLANNED]: null,
  [CohortStatus.OPEN]: { label: "Open for applications", done: "The cohort is open for applications." },
  [CohortStatus.CLOSED]: { label: "Close applications", done: "Applications are closed." },
  [CohortStatus.RUNNING]: { label: "Start the cohort", done: "The cohort is running." },
  [CohortStatus.COMPLETED]: { label: "Mark as completed", done: "The cohort is completed." },
  [CohortStatus.CANCELLED]: { label: "Cancel the cohort", done: "The cohort is cancelled." },
};

interface CohortStatusActionsProps {
  cohort: { id: string; name: string };
  /** From the api's availableTransitions, so the buttons follow the server's rules. */
  transitions: readonly CohortStatus[];
}

/** A button for each status move the cohort allows now; cancelling asks first. */
export function CohortStatusActions({ cohort, transitions }: CohortStatusActionsProps) {
  const [, open] = useMutation(openCohortMutation);
  const [, close] = useMutation(closeCohortMutation);
  const [, start] = useMutation(startCohortMutation);
  const [, complete] = useMutation(completeCohortMutation);
  const [, cancel] = useMutation(cancelCohortMutation);
  const [busy, setBusy] = useState<CohortStatus | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [confirmCancel, setConfirmCancel] = useState(false);

  async function run(status: CohortStatus) {
    const input = { input: { id: cohort.id } };
    switch (status) {
      case CohortStatus.OPEN:
        return open(input).then((r) => ({ error: r.error, payload: r.data?.openCohort }));
      case CohortStatus.CLOSED:
        return close(input).then((r) => ({ error: r.error, payload: r.data?.closeCohort }));
      case CohortStatus.RUNNING:
        return start(input).then((r) => ({ error: r.error, payload: r.data?.startCohort }));
      case CohortStatus.COMPLETED:
        return complete(input).then((r) => ({ error: r.error, payload: r.data?.completeCohort }));
      default:
        return cancel(input).then((r) => ({ error: r.error, payload: r.data?.cancelCohort }));
    }
  }

  async function moveTo(status: CohortStatus) {
    setProblems([]);
    setBusy(status);
    try {
      const { error, payload } = await run(status);
      if (error || !payload) setProblems([error ? problemSentence(error) : "The status was not changed. Try again."]);
      else if (!payload.cohort) setProblems(payload.userErrors.map((userError) => userError.message));
      else notifications.show({ color: "green", title: "Status changed", message: actions[status]?.done ?? "" });
    } finally {
      setBusy(null);
      setConfirmCancel(false);
    }
  }

  return (
    <>
      <Group gap="xs">
        {transitions.map((status) => {
          const action = actions[status];
          if (!action) return null;
          return (
            <Button
              key={status}
              variant={status === CohortStatus.CANCELLED ? "default" : "filled"}
              color={status === CohortStatus.CANCELLED ? "red.8" : undefined}
              loading={busy === status}
              onClick={() => (status === CohortStatus.CANCELLED ? setConfirmCancel(true) : void moveTo(status))}
            >
              {action.label}
            </Button>
          );
        })}
      </Group>
      <FormProblems title="The status was not changed" problems={problems} />
      <ConfirmDialog
        opened={confirmCancel}
        title="Cancel this cohort?"
        confirmLabel="Cancel the cohort"
        destructive
        busy={busy === CohortStatus.CANCELLED}
        onConfirm={() => void moveTo(CohortStatus.CANCELLED)}
        onCancel={() => setConfirmCancel(false)}
      >
        {cohort.name} will stop taking applications and cannot be reopened.
      </ConfirmDialog>
    </>
  );
}
