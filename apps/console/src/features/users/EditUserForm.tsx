import { updateUserMutation, type UpdateUserInput, type UserDetailsFragment } from "@ascent/client";
import { notifications } from "@mantine/notifications";
import { useRef, useState } from "react";
import { useMutation } from "urql";
import { roleNeedsOrganisation } from "./userOptions";
import { UserForm, type UserFormValues } from "./UserForm";
import type { SaveOutcome } from "../../lib/serverUserErrors";

function formValuesFromUser(user: UserDetailsFragment): UserFormValues {
  return { name: user.name, email: user.email, role: user.role, organisationId: user.organisation?.id ?? null, password: "" };
}

/** Only what changed since the last save is sent, so a save does not undo someone else's change to another field. */
function toUpdateUserInput(id: string, values: UserFormValues, saved: UserFormValues): UpdateUserInput {
  const input: UpdateUserInput = { id };
  const name = values.name.trim();
  if (name !== saved.name) input.name = name;
  if (values.role && values.role !== saved.role) input.role = values.role;
  const organisationId = roleNeedsOrganisation(values.role) ? values.organisationId : null;
  if (organisationId !== saved.organisationId) input.organisationId = organisationId;
  return input;
}

export function EditUserForm({ user }: { user: UserDetailsFragment }) {
  const [, updateUser] = useMutation(updateUserMutation);
  const [initialValues] = useState(() => formValuesFromUser(user));
  const saved = useRef(initialValues);

  async function save(values: UserFormValues): Promise<SaveOutcome> {
    const input = toUpdateUserInput(user.id, values, saved.current);
    if (Object.keys(input).length === 1) {
      notifications.show({ title: "No changes to save", message: "Nothing has been changed since the last save." });
      return { saved: true };
    }
    const result = await updateUser({ input });
    const payload = result.data?.updateUser;
    if (result.error || !payload) return { saved: false, error: result.error };
    if (!payload.user) return { saved: false, userErrors: payload.userErrors };
    saved.current = formValuesFromUser(payload.user);
    notifications.show({ color: "green", title: "Changes saved", message: `${payload.user.name} has been updated.` });
    return { saved: true };
  }

  return (
    <UserForm
      mode="edit"
      initialValues={initialValues}
      initialOrganisation={user.organisation}
      submitLabel="Save changes"
      onSave={save}
    />
  );
}
