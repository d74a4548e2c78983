import {
  archiveProgrammeMutation,
  publishProgrammeMutation,
  redraftProgrammeMutation,
  type ProgrammeDetailsFragment,
} from "@ascent/client";
import { PROGRAMME_STATUS_TRANSITIONS, ProgrammeStatus } from "@ascent/domain";
import { Button, Group } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useMutation } from "urql";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { FormProblems } from "../../components/FormProblems";
import { problemSentence } from "../../lib/graphqlErrors";

const actions: Record<ProgrammeStatus, { label: string; done: string }> = {
  [ProgrammeStatus.PUBLISHED]: { label: "Publish", done: "Published: the programme is in the public catalogue." },
  [ProgrammeStatus.ARCHIVED]: { label: "Archive", done: "Archived: the programme is no longer offered." },
  [ProgrammeStatus.DRAFT]: { label: "Return to draft", done: "Back in draft, to rework and publish again." },
};

/** Buttons for the status moves the programme allows now (draft, published, archived). */
export function ProgrammeStatusActions({ programme }: { programme: ProgrammeDetailsFragment }) {
  const [, publish] = useMutation(publishProgrammeMutation);
  const [, archive] = useMutation(archiveProgrammeMutation);
  const [, redraft] = useMutation(redraftProgrammeMutation);
  const [problems, setProblems] = useState<string[]>([]);
  const [busy, setBusy] = useState<ProgrammeStatus | null>(null);
  const [confirmArchive, setConfirmArchive] = useState(false);
  // A refusal explains the programme as it was; once it changes (a track added), the old reasons may no longer hold.
  const [shownFor, setShownFor] = useState(programme);
  if (programme !== shownFor) {
    setShownFor(programme);
    setProblems([]);
  }

  async function moveTo(status: ProgrammeStatus) {
    setProblems([]);
    setBusy(status);
    try {
      const input = { input: { id: programme.id } };
      const result =
        status === ProgrammeStatus.PUBLISHED
          ? await publish(input).then((r) => ({ error: r.error, payload: r.data?.publishProgramme }))
          : status === ProgrammeStatus.ARCHIVED
            ? await archive(input).then((r) => ({ error: r.error, payload: r.data?.archiveProgramme }))
            : await redraft(input).then((r) => ({ error: r.error, payload: r.data?.redraftProgramme }));
      const { payload } = result;
      if (result.error || !payload) {
        setProblems([result.error ? problemSentence(result.error) : "The status was not changed. Try again."]);
        return;
      }
      if (!payload.programme) {
        setProblems(payload.userErrors.map((userError) => userError.message));
        return;
      }
      notifications.show({ color: "green", title: "Status changed", message: actions[status].done });
    } finally {
      setBusy(null);
      setConfirmArchive(false);
    }
  }

  const moves = PROGRAMME_STATUS_TRANSITIONS[programme.status];
  return (
    <>
      <Group gap="xs">
        {moves.map((status) => (
          <Button
            key={status}
            variant={status === ProgrammeStatus.PUBLISHED ? "filled" : "default"}
            loading={busy === status}
            onClick={() => (status === ProgrammeStatus.ARCHIVED ? setConfirmArchive(true) : void moveTo(status))}
          >
            {actions[status].label}
          </Button>
        ))}
      </Group>
      <FormProblems title="The status was not changed" problems={problems} />
      <ConfirmDialog
        opened={confirmArchive}
        title="Archive this programme?"
        confirmLabel="Archive"
        destructive
        busy={busy === ProgrammeStatus.ARCHIVED}
        onConfirm={() => void moveTo(ProgrammeStatus.ARCHIVED)}
        onCancel={() => setConfirmArchive(false)}
      >
        {programme.title} will leave the public catalogue. You can return it to draft later.
      </ConfirmDialog>
    </>
  );
}
