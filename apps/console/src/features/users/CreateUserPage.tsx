import { createUserMutation } from "@ascent/client";
import { Role } from "@ascent/domain";
import { Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useNavigate } from "react-router";
import { useMutation } from "urql";
import { userPaths } from "./paths";
import { BackLink } from "../../components/BackLink";
import { OneTimeSecretModal } from "../../components/OneTimeSecretModal";
import { PageHeader } from "../../components/PageHeader";
import { RequireRole } from "../../components/RequireRole";
import { usePageTitle } from "../../lib/usePageTitle";
import { roleNeedsOrganisation } from "./userOptions";
import { UserForm, type UserFormValues } from "./UserForm";
import type { SaveOutcome } from "../../lib/serverUserErrors";

const emptyUserFormValues: UserFormValues = { name: "", email: "", role: null, organisationId: null, password: "" };

export function CreateUserPage() {
  return (
    <RequireRole roles={[Role.ADMIN]} title="New user">
      <CreateUser />
    </RequireRole>
  );
}

function CreateUser() {
  usePageTitle("New user");
  const navigate = useNavigate();
  const [, createUser] = useMutation(createUserMutation);
  const [created, setCreated] = useState<{ name: string; email: string; temporaryPassword: string } | null>(null);

  async function save(values: UserFormValues): Promise<SaveOutcome> {
    if (!values.role) throw new Error("The form's validation should have required a role");
    const result = await createUser({
      input: {
        name: values.name.trim(),
        email: values.email.trim(),
        role: values.role,
        organisationId: roleNeedsOrganisation(values.role) ? values.organisationId : null,
        // Empty means "make one up": the server returns it once.
        password: values.password === "" ? null : values.password,
      },
    });
    const payload = result.data?.createUser;
    if (result.error || !payload) return { saved: false, error: result.error };
    if (!payload.user) return { saved: false, userErrors: payload.userErrors };
    if (payload.temporaryPassword) {
      // The dialog says it was created; a notification on top would only compete with the password.
      setCreated({ name: payload.user.name, email: payload.user.email, temporaryPassword: payload.temporaryPassword });
    } else {
      notifications.show({ color: "green", title: "User created", message: `${payload.user.name} can now sign in.` });
      navigate(userPaths.users);
    }
    return { saved: true };
  }

  return (
    <>
      <PageHeader title="New user" above={<BackLink to={userPaths.users}>Back to users</BackLink>} />
      <UserForm mode="create" initialValues={emptyUserFormValues} submitLabel="Create user" onSave={save} />
      <OneTimeSecretModal
        secret={created?.temporaryPassword ?? null}
        title="User created: copy the temporary password now"
        label="Temporary password"
        onDone={() => navigate(userPaths.users)}
      >
        <Text size="sm">
          {created?.name} signs in as <strong>{created?.email}</strong> with this password. Ask them to change it from
          &ldquo;Your account&rdquo; after signing in.
        </Text>
      </OneTimeSecretModal>
    </>
  );
}
