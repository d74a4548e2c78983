import { Button, Container, Stack, Text, Title } from "@mantine/core";
import { useEffect } from "react";
import { useRouteError } from "react-router";
import { usePageTitle } from "../lib/usePageTitle";

/** Last line of defence when rendering throws: a calm page with a way back, not a blank screen. */
export function UnexpectedErrorPage() {
  const error = useRouteError();
  usePageTitle("Something went wrong");

  useEffect(() => {
    // Leave a trace for whoever opens the developer tools or collects browser logs.
    console.error("Unhandled error while rendering the console", error);
  }, [error]);

  return (
    <Container component="main" size="sm" py="xl">
      <Stack gap="sm">
        <Title order={1}>Something went wrong</Title>
        <Text>The page could not be shown. Reloading usually helps; if it keeps happening, tell the Ascent team.</Text>
        <div>
          <Button onClick={() => window.location.reload()}>Reload the page</Button>
        </div>
      </Stack>
    </Container>
  );
}
