import { Button, Container, Stack, Text, Title } from "@mantine/core";
import { useEffect } from "react";
import { useRouteError } from "react-router";
import { isPageDownloadError } from "../lib/pageDownloadError";
import { usePageTitle } from "../lib/usePageTitle";

/** Last line of defence when rendering throws: a calm page with a way back, not a blank screen. */
export function UnexpectedErrorPage() {
  const error = useRouteError();
  const downloadFailed = isPageDownloadError(error);
  usePageTitle(downloadFailed ? "The page could not be downloaded" : "Something went wrong");

  useEffect(() => {
    // Leave a trace for whoever opens the developer tools or collects browser logs.
    console.error("Unhandled error while rendering the console", error);
  }, [error]);

  if (downloadFailed) {
    return (
      <Container component="main" size="sm" py="xl">
        <Stack gap="sm">
          <Title order={1}>The page could not be downloaded</Title>
          <Text>
            The connection may have dropped, or the console has been updated since you opened it. Check that you are online and reload
            the page; nothing you saved is lost.
          </Text>
          <div>
            <Button onClick={() => window.location.reload()}>Reload the page</Button>
          </div>
        </Stack>
      </Container>
    );
  }

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
