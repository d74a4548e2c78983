import { roleLabels } from "@ascent/domain";
import { Badge, Button, Group, Text } from "@mantine/core";
import { Link } from "react-router";
import { accountPaths } from "../account";
import { SignOutButton } from "./SignOutButton";
import { useSignedInUser } from "../../lib/signedInUser";

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
      <Button component={Link} to={accountPaths.account} variant="subtle" size="xs">
        Your account
      </Button>
      <SignOutButton />
    </Group>
  );
}
