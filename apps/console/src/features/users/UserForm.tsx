import { staffOrganisationOptionsQuery } from "@ascent/client";
import { MIN_PASSWORD_LENGTH, type Role } from "@ascent/domain";
import { Button, Group, PasswordInput, Select, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { FormProblems } from "../../components/FormProblems";
import { RemoteSearchSelect } from "../../components/RemoteSearchSelect";
import type { SaveOutcome } from "../../lib/serverUserErrors";
import { useServerSave } from "../../lib/useServerSave";
import { isRole, roleNeedsOrganisation, roleOptions, staffOrganisationOptions } from "./userOptions";

/** What the user form holds while someone edits it. Email and password are asked only when creating. */
export interface UserFormValues {
  name: string;
  email: string;
  role: Role | null;
  organisationId: string | null;
  password: string;
}

/** The form's fields, by the same names as the mutation inputs, so server userErrors land beside them. */
const USER_FORM_FIELDS = ["name", "email", "role", "organisationId", "password"] as const;

interface UserFormProps {
  mode: "create" | "edit";
  initialValues: UserFormValues;
  initialOrganisation?: { id: string; name: string } | null;
  submitLabel: string;
  onSave: (values: UserFormValues) => Promise<SaveOutcome>;
}

/**
 * A console user's details. Only "required" is checked here; the server's
 * rules (email format and uniqueness, password length, which organisations
 * staff may belong to) come back as userErrors beside the field they name.
 */
export function UserForm({ mode, initialValues, initialOrganisation, submitLabel, onSave }: UserFormProps) {
  const form = useForm<UserFormValues>({
    initialValues,
    validate: {
      name: (value) => (value.trim() ? null : "Enter the person's name"),
      email: (value) => (mode === "edit" || value.trim() ? null : "Enter their email address"),
      role: (value) => (value ? null : "Choose a role"),
      organisationId: (value, values) =>
        roleNeedsOrganisation(values.role) && !value ? "Choose the academy or provider this person works for" : null,
    },
  });
  const needsOrganisation = roleNeedsOrganisation(form.values.role);

  const { problems, saving, handleSubmit } = useServerSave(form, { roots: USER_FORM_FIELDS, fallback: "The server did not save the user. Try again.", onSave });

  return (
    <form onSubmit={form.onSubmit(handleSubmit)} noValidate aria-label="User details">
      <Stack maw={560} gap="md">
        <FormProblems title="The user was not saved" problems={problems} />
        <TextInput label="Name" required autoComplete="off" {...form.getInputProps("name")} />
        {mode === "create" ? (
          <TextInput label="Email" type="email" required autoComplete="off" {...form.getInputProps("email")} />
        ) : null}
        <Select
          label="Role"
          required
          placeholder="Choose a role"
          data={roleOptions}
          {...form.getInputProps("role")}
          onChange={(value) => form.setFieldValue("role", value && isRole(value) ? value : null)}
        />
        {needsOrganisation ? (
          <RemoteSearchSelect
            label="Organisation"
            description="The leadership academy or facilitation provider this person works for. Type to search."
            placeholder="Choose an organisation"
            required
            query={staffOrganisationOptionsQuery}
            toOptions={staffOrganisationOptions}
            initialOption={initialOrganisation ? { value: initialOrganisation.id, label: initialOrganisation.name } : null}
            value={form.values.organisationId}
            onChange={(organisationId) => form.setFieldValue("organisationId", organisationId)}
            error={form.errors.organisationId}
            nothingFound="No academies or providers found"
          />
        ) : null}
        {mode === "create" ? (
          <PasswordInput
            label="Password"
            description={`Optional: at least ${MIN_PASSWORD_LENGTH} characters. Leave it empty and Ascent makes one, shown to you once.`}
            autoComplete="new-password"
            {...form.getInputProps("password")}
            // Mantine's PasswordInput shows an error without marking the input invalid; screen readers need aria-invalid.
            aria-invalid={form.errors.password ? true : undefined}
          />
        ) : null}
        <Group>
          <Button type="submit" loading={saving}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
