import { logoutMutation } from "@ascent/client";
import { Button } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useNavigate } from "react-router";
import { useMutation } from "urql";
import { authPaths } from "./paths";
import { useSessionControls } from "../../lib/sessionContext";
import { problemSentence } from "../../lib/graphqlErrors";

export function SignOutButton() {
  const [{ fetching }, logout] = useMutation(logoutMutation);
  const { restartSession } = useSessionControls();
  const navigate = useNavigate();

  async function signOut() {
    const result = await logout({});
    const problem = result.error ? problemSentence(result.error) : result.data?.logout.userErrors[0]?.message;
    if (problem) {
      notifications.show({ color: "red", title: "You are still signed in", message: problem });
      return;
    }
    restartSession();
    navigate(authPaths.login, { replace: true });
  }

  return (
    <Button variant="default" size="xs" onClick={signOut} loading={fetching}>
      Sign out
    </Button>
  );
}
