import { devMailboxQuery } from "@ascent/client";
import { Role } from "@ascent/domain";
import { Alert, Anchor, Badge, Box, Button, Code, Group, Stack, Text } from "@mantine/core";
import { useEffect } from "react";
import { Link } from "react-router";
import { useQuery } from "urql";
import { EmptyState } from "../../components/EmptyState";
import { ErrorState } from "../../components/ErrorState";
import { LoadingState } from "../../components/LoadingState";
import { PageHeader } from "../../components/PageHeader";
import { RequireRole } from "../../components/RequireRole";
import { formatLondonInstant } from "../../lib/londonTime";
import { usePageTitle } from "../../lib/usePageTitle";
import { mailViewerPaths } from "./paths";

/** New mail shows up without a reload while the page is open. */
const REFRESH_MS = 5_000;

export function MailboxPage() {
  return (
    <RequireRole roles={[Role.ADMIN]} title="Mail">
      <Mailbox />
    </RequireRole>
  );
}

function Mailbox() {
  usePageTitle("Mail");
  const [{ data, error }, reexecute] = useQuery({ query: devMailboxQuery, requestPolicy: "cache-and-network" });
  useEffect(() => {
    const timer = window.setInterval(() => reexecute({ requestPolicy: "network-only" }), REFRESH_MS);
    return () => window.clearInterval(timer);
  }, [reexecute]);
  const refresh = (
    <Button variant="default" onClick={() => reexecute({ requestPolicy: "network-only" })}>
      Refresh
    </Button>
  );

  const mailbox = data?.devMailbox;
  return (
    <>
      <PageHeader title="Mail" actions={refresh} />
      {error && !data ? <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: "network-only" })} /> : null}
      {!mailbox && !error ? <LoadingState label="Loading the mailbox" /> : null}
      {mailbox && !mailbox.running ? (
        <Alert color="gray" variant="light" title="No development mailbox here">
          This api sends email through the SMTP server set in <Code>SMTP_URL</Code>, so there is nothing to show. The mailbox runs with{" "}
          <Code>npm start</Code> when <Code>SMTP_URL</Code> is not set.
        </Alert>
      ) : null}
      {mailbox?.running ? (
        <>
          <Text size="sm" c="dimmed" mb="md">
            Every email Ascent sends while running locally lands here instead of anyone&apos;s inbox (SMTP at <Code>{mailbox.smtpUrl}</Code>). Newest
            first; open one to follow its links.
          </Text>
          {mailbox.messages.length === 0 ? (
            <EmptyState title="No mail yet" description="Messages appear here a second or two after Ascent sends them, for example when someone applies for a cohort." />
          ) : (
            <Stack component="ul" gap={0} p={0} m={0} aria-label="Mail received, newest first" style={{ listStyle: "none" }}>
              {mailbox.messages.map((mail) => (
                <Box component="li" key={mail.id} py="sm" style={{ borderBottom: "1px solid var(--mantine-color-gray-3)" }}>
                  <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
                    <Anchor component={Link} to={mailViewerPaths.message(mail.id)} fw={600}>
                      {mail.subject || "(no subject)"}
                    </Anchor>
                    {mail.kind ? (
                      <Badge variant="light" tt="none" fw={500}>
                        {mail.kind}
                      </Badge>
                    ) : null}
                  </Group>
                  <Text size="sm" c="dimmed" mt={2}>
                    To {mail.to.join(", ")} · {formatLondonInstant(mail.receivedAt)}
                  </Text>
                </Box>
              ))}
            </Stack>
          )}
        </>
      ) : null}
    </>
  );
}
