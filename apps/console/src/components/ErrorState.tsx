import { Alert, Button, Group, Text } from "@mantine/core";
import type { CombinedError } from "urql";
import { describeProblem } from "../lib/graphqlErrors";

interface ErrorStateProps {
  error: CombinedError;
  /** Offered only when trying again could help (the server was unreachable or failed). */
  onRetry?: () => void;
}

/** Explains a failed request in plain words, with a way forward. */
export function ErrorState({ error, onRetry }: ErrorStateProps) {
  const problem = describeProblem(error);
  return (
    <Alert color="red" variant="light" title={problem.title} role="alert" my="md">
      <Text size="sm">{problem.advice}</Text>
      {problem.retryable && onRetry ? (
        <Group mt="sm">
          <Button variant="default" size="xs" onClick={onRetry}>
            Retry
          </Button>
        </Group>
      ) : null}
    </Alert>
  );
}
