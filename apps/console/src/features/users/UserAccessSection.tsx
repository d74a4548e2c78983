import { deactivateUserMutation, reactivateUserMutation, type UserDetailsFragment } from "@ascent/client";
import { Button, Divider, Group, Stack, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useMutation } from "urql";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { StatusBadge } from "../../components/StatusBadge";
import { problemSentence } from "../../lib/graphqlErrors";

/** Whether the user can sign in, and the way to stop (or restore) that, after a confirmation. */
export function UserAccessSection({ user }: { user: UserDetailsFragment }) {
  const [confirming, setConfirming] = useState(false);
  const [{ fetching: deactivating }, deactivate] = useMutation(deactivateUserMutation);
  const [{ fetching: reactivating }, reactivate] = useMutation(reactivateUserMutation);

  async function confirm() {
    const result = user.active ? await deactivate({ input: { id: user.id } }) : await reactivate({ input: { id: user.id } });
    const payload = result.data ? ("deactivateUser" in result.data ? result.data.deactivateUser : result.data.reactivateUser) : null;
    const problem = result.error ? problemSentence(result.error) : payload?.userErrors.map((error) => error.message).join(" ");
    setConfirming(false);
    if (problem || !payload?.user) {
      notifications.show({ color: "red", title: "Nothing was changed", message: problem || "The server did not answer. Try again." });
      return;
    }
    notifications.show({
      color: "green",
      title: payload.user.active ? "User reactivated" : "User deactivated",
      message: payload.user.active ? `${user.name} can sign in again.` : `${user.name} can no longer sign in.`,
    });
  }

  return (
    <Stack component="section" aria-labelledby="user-access-heading" maw={560} mt="xl" gap="sm">
      <Divider />
      <Group gap="sm">
        <Title order={2} size="h4" id="user-access-heading">
          Access
        </Title>
        <StatusBadge label={user.active ? "Active" : "Deactivated"} dotColor={user.active ? "green.7" : "gray.6"} />
      </Group>
      <Text size="sm">
        {user.active
          ? "Deactivating stops this person signing in and ends their sessions at once. Their records stay."
          : "This person cannot sign in. Reactivating lets them sign in again with their existing password."}
      </Text>
      <Group>
        <Button variant={user.active ? "outline" : "filled"} color={user.active ? "red.9" : undefined} onClick={() => setConfirming(true)}>
          {user.active ? "Deactivate user" : "Reactivate user"}
        </Button>
      </Group>
      <ConfirmDialog
        opened={confirming}
        title={user.active ? `Deactivate ${user.name}?` : `Reactivate ${user.name}?`}
        confirmLabel={user.active ? "Deactivate" : "Reactivate"}
        destructive={user.active}
        busy={deactivating || reactivating}
        onConfirm={confirm}
        onCancel={() => setConfirming(false)}
      >
        {user.active
          ? `${user.name} will be signed out everywhere and won't be able to sign in until an administrator reactivates them.`
          : `${user.name} will be able to sign in again.`}
      </ConfirmDialog>
    </Stack>
  );
}
