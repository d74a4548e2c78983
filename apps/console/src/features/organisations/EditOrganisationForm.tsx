import { updateOrganisationMutation, type OrganisationDetailsFragment } from "@ascent/client";
import { notifications } from "@mantine/notifications";
import { useRef, useState } from "react";
import { useMutation } from "urql";
import { OrganisationForm } from "./OrganisationForm";
import {
  formValuesFromOrganisation,
  hasChanges,
  toUpdateOrganisationInput,
  type OrganisationFormValues,
} from "./organisationFormValues";
import type { SaveOutcome } from "../../lib/serverUserErrors";

export function EditOrganisationForm({ organisation }: { organisation: OrganisationDetailsFragment }) {
  const [, updateOrganisation] = useMutation(updateOrganisationMutation);
  const [initialValues] = useState(() => formValuesFromOrganisation(organisation));
  // What the server last confirmed; only differences from it are sent.
  const saved = useRef(initialValues);

  async function save(values: OrganisationFormValues): Promise<SaveOutcome> {
    const input = toUpdateOrganisationInput(organisation.id, values, saved.current);
    if (!hasChanges(input)) {
      notifications.show({ title: "No changes to save", message: "Nothing has been changed since the last save." });
      return { saved: true };
    }
    const result = await updateOrganisation({ input });
    const payload = result.data?.updateOrganisation;
    if (result.error || !payload) return { saved: false, error: result.error };
    if (!payload.organisation) return { saved: false, userErrors: payload.userErrors };
    saved.current = formValuesFromOrganisation(payload.organisation);
    notifications.show({ color: "green", title: "Changes saved", message: `${payload.organisation.name} has been updated.` });
    return { saved: true };
  }

  return (
    <OrganisationForm
      initialValues={initialValues}
      initialParent={organisation.parent}
      organisationId={organisation.id}
      submitLabel="Save changes"
      onSave={save}
    />
  );
}
