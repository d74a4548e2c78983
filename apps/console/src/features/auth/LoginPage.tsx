import { loginMutation } from "@ascent/client";
import { Button, Center, Paper, PasswordInput, Stack, Text, TextInput, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useState } from "react";
import { Navigate, useNavigate, useSearchParams } from "react-router";
import { useMutation } from "urql";
import { useSessionControls } from "../../lib/sessionContext";
import { FormProblems } from "../../components/FormProblems";
import { LoadingState } from "../../components/LoadingState";
import { problemSentence } from "../../lib/graphqlErrors";
import { splitUserErrors } from "../../lib/serverUserErrors";
import { usePageTitle } from "../../lib/usePageTitle";
import { nextPathAfterLogin } from "./loginRedirect";
import { useViewer } from "./useViewer";

interface LoginFormValues {
  email: string;
  password: string;
}

const LOGIN_FIELDS = ["email", "password"] as const;

export function LoginPage() {
  usePageTitle("Sign in");
  const [searchParams] = useSearchParams();
  const next = nextPathAfterLogin(searchParams.get("next"));
  const navigate = useNavigate();
  const { restartSession } = useSessionControls();
  const viewer = useViewer();
  const [{ fetching: submitting }, login] = useMutation(loginMutation);
  const [problems, setProblems] = useState<string[]>([]);

  const form = useForm<LoginFormValues>({
    initialValues: { email: "", password: "" },
    validate: {
      email: (value) => (value.trim() ? null : "Enter your email address"),
      password: (value) => (value ? null : "Enter your password"),
    },
  });

  async function handleSubmit(values: LoginFormValues) {
    setProblems([]);
    const result = await login({ input: { email: values.email.trim(), password: values.password } });
    if (result.error) {
      setProblems([problemSentence(result.error)]);
      return;
    }
    const payload = result.data?.login;
    if (!payload?.viewer) {
      const { byField, general } = splitUserErrors(payload?.userErrors ?? [], LOGIN_FIELDS);
      form.setErrors(byField);
      setProblems(general.length > 0 || Object.keys(byField).length > 0 ? general : ["Sign-in failed. Try again."]);
      return;
    }
    // A new session: start from an empty cache so nothing from a previous user lingers.
    restartSession();
    navigate(next, { replace: true });
  }

  if (viewer.user) return <Navigate to={next} replace />;

  return (
    <Center component="main" mih="100vh" p="md" bg="gray.0">
      <Paper withBorder shadow="sm" p="xl" w="100%" maw={420}>
        {viewer.fetching && !viewer.error ? (
          <LoadingState label="Checking your session" lines={4} />
        ) : (
          <form onSubmit={form.onSubmit(handleSubmit)} noValidate>
            <Stack>
              <div>
                <Text fw={700} c="nhsBlue.7">
                  Ascent
                </Text>
                <Title order={1} size="h2">
                  Sign in
                </Title>
              </div>
              <FormProblems title="You could not be signed in" problems={problems} />
              <TextInput
                label="Email"
                type="email"
                autoComplete="username"
                required
                {...form.getInputProps("email")}
              />
              <PasswordInput
                label="Password"
                autoComplete="current-password"
                required
                {...form.getInputProps("password")}
              />
              <Button type="submit" loading={submitting} disabled={submitting}>
                Sign in
              </Button>
            </Stack>
          </form>
        )}
      </Paper>
    </Center>
  );
}
