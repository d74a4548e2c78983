import { changePasswordMutation } from "@ascent/client";
import { MIN_PASSWORD_LENGTH } from "@ascent/domain";
import { Button, Group, PasswordInput, Stack } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useMutation } from "urql";
import { FormProblems } from "../../components/FormProblems";
import { problemSentence } from "../../lib/graphqlErrors";
import { splitUserErrors } from "../../lib/serverUserErrors";

interface ChangePasswordValues {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

const CHANGE_PASSWORD_FIELDS = ["currentPassword", "newPassword"] as const;
const emptyValues: ChangePasswordValues = { currentPassword: "", newPassword: "", confirmPassword: "" };

/**
 * Changes the signed-in user's password. The length rule is the server's
 * (its userErrors show beside the field); only "both new passwords match" is
 * checked here, as the server never sees the second copy.
 */
export function ChangePasswordForm() {
  const [, changePassword] = useMutation(changePasswordMutation);
  const [problems, setProblems] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const form = useForm<ChangePasswordValues>({
    initialValues: emptyValues,
    validate: {
      currentPassword: (value) => (value ? null : "Enter your current password"),
      newPassword: (value) => (value ? null : "Enter a new password"),
      confirmPassword: (value, values) => (value === values.newPassword ? null : "The new passwords don't match"),
    },
  });

  // Mantine's PasswordInput shows an error without marking the input invalid; screen readers need aria-invalid.
  const passwordInputProps = (field: keyof ChangePasswordValues) => ({
    ...form.getInputProps(field),
    "aria-invalid": form.errors[field] ? true : undefined,
  });

  async function handleSubmit(values: ChangePasswordValues) {
    setProblems([]);
    setSaving(true);
    try {
      const result = await changePassword({ input: { currentPassword: values.currentPassword, newPassword: values.newPassword } });
      const payload = result.data?.changePassword;
      if (result.error || !payload) {
        setProblems([result.error ? problemSentence(result.error) : "The server did not change your password. Try again."]);
        return;
      }
      if (payload.userErrors.length > 0) {
        const { byField, general } = splitUserErrors(payload.userErrors, CHANGE_PASSWORD_FIELDS);
        form.setErrors(byField);
        setProblems(general);
        return;
      }
      form.setValues(emptyValues);
      form.resetDirty(emptyValues);
      notifications.show({
        color: "green",
        title: "Password changed",
        message: "Use your new password next time you sign in. Your other sessions have been signed out.",
      });
    } finally {
      setSaving(false);
    }
  }

  return (
    <form onSubmit={form.onSubmit(handleSubmit)} noValidate aria-label="Change your password">
      <Stack gap="md">
        <FormProblems title="Your password was not changed" problems={problems} />
        <PasswordInput label="Current password" required autoComplete="current-password" {...passwordInputProps("currentPassword")} />
        <PasswordInput
          label="New password"
          description={`At least ${MIN_PASSWORD_LENGTH} characters. A few unrelated words make a strong, memorable password.`}
          required
          autoComplete="new-password"
          {...passwordInputProps("newPassword")}
        />
        <PasswordInput label="Confirm new password" required autoComplete="new-password" {...passwordInputProps("confirmPassword")} />
        <Group>
          <Button type="submit" loading={saving}>
            Change password
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
