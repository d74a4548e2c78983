import { updateProgrammeMutation, type ProgrammeDetailsFragment } from "@ascent/client";
import { notifications } from "@mantine/notifications";
import { useRef, useState } from "react";
import { useNavigate } from "react-router";
import { useMutation } from "urql";
import { ProgrammeForm } from "./ProgrammeForm";
import { formValuesFromProgramme, hasChanges, toUpdateProgrammeInput, type ProgrammeFormValues } from "./programmeFormValues";
import type { SaveOutcome } from "../../lib/serverUserErrors";

/** Edits a programme's details; after a save it returns to `doneTo`, the programme's page. */
export function EditProgrammeForm({ programme, doneTo }: { programme: ProgrammeDetailsFragment; doneTo: string }) {
  const navigate = useNavigate();
  const [, updateProgramme] = useMutation(updateProgrammeMutation);
  const [initialValues] = useState(() => formValuesFromProgramme(programme));
  // What the server last confirmed; only differences from it are sent.
  const saved = useRef(initialValues);

  async function save(values: ProgrammeFormValues): Promise<SaveOutcome> {
    const input = toUpdateProgrammeInput(programme.id, values, saved.current);
    if (!hasChanges(input)) {
      notifications.show({ title: "No changes to save", message: "Nothing has been changed since the last save." });
      return { saved: true };
    }
    const result = await updateProgramme({ input });
    const payload = result.data?.updateProgramme;
    if (result.error || !payload) return { saved: false, error: result.error };
    if (!payload.programme) return { saved: false, userErrors: payload.userErrors };
    saved.current = formValuesFromProgramme(payload.programme);
    notifications.show({ color: "green", title: "Changes saved", message: `${payload.programme.title} has been updated.` });
    navigate(doneTo);
    return { saved: true };
  }

  return <ProgrammeForm initialValues={initialValues} academy={programme.academy} submitLabel="Save changes" onSave={save} />;
}
