import { roleLabels } from "@ascent/domain";
import { Badge, Group, Text } from "@mantine/core";
import { SignOutButton } from "./SignOutButton";
import { useSignedInUser } from "./signedInUserContext";

/** Who is signed in and in what role, with the way out. */
export function SignedInUserSummary() {
  const user = useSignedInUser();
  return (
    <Group gap="sm" wrap="nowrap">
      <Text size="sm" fw={500} visibleFrom="xs">
        {user.name}
      </Text>
      <Badge variant="light" color="nhsBlue" visibleFrom="xs">
        {roleLabels[user.role]}
      </Badge>
      <SignOutButton />
    </Group>
  );
}
