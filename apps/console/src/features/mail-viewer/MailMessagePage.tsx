import { devMailQuery } from "@ascent/client";
import { Role } from "@ascent/domain";
import { Anchor, Badge, Card, Code, Group, List, SegmentedControl, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { Link, useParams } from "react-router";
import { useQuery } from "urql";
import { BackLink } from "../../components/BackLink";
import { EmptyState } from "../../components/EmptyState";
import { ErrorState } from "../../components/ErrorState";
import { LoadingState } from "../../components/LoadingState";
import { PageHeader } from "../../components/PageHeader";
import { RequireRole } from "../../components/RequireRole";
import { formatLondonInstant } from "../../lib/londonTime";
import { usePageTitle } from "../../lib/usePageTitle";
import { consolePath, isConsoleLink, linksIn } from "./mailLinks";
import { mailViewerPaths } from "./paths";

export function MailMessagePage() {
  return (
    <RequireRole roles={[Role.ADMIN]} title="Mail">
      <MailMessage />
    </RequireRole>
  );
}

/** A link from the message: the console's own open here (the flow goes on), others in a new tab. */
function MessageLink({ href }: { href: string }) {
  return isConsoleLink(href) ? (
    <Anchor component={Link} to={consolePath(href)} style={{ wordBreak: "break-all" }}>
      {href}
    </Anchor>
  ) : (
    <Anchor href={href} target="_blank" rel="noopener noreferrer" style={{ wordBreak: "break-all" }}>
      {href}
    </Anchor>
  );
}

function MailMessage() {
  const { id = "" } = useParams();
  const [{ data, error }, reexecute] = useQuery({ query: devMailQuery, variables: { id } });
  const [view, setView] = useState<"html" | "text">("html");
  const mail = data?.devMail;
  usePageTitle(mail?.subject ?? "Mail");
  const back = <BackLink to={mailViewerPaths.mailbox}>All mail</BackLink>;

  if (error && !data) return <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: "network-only" })} />;
  if (!data) return <LoadingState label="Loading the message" />;
  if (!mail) {
    return (
      <>
        <PageHeader title="Message not found" above={back} />
        <EmptyState title="No such message" description="It may have been sent before the mailbox's folder was cleared." />
      </>
    );
  }
  const links = linksIn(mail);
  const showHtml = view === "html" && !!mail.html;
  return (
    <>
      <PageHeader title={mail.subject || "(no subject)"} above={back} />
      <Stack gap="md">
        <Card withBorder padding="md">
          <dl style={{ display: "grid", gridTemplateColumns: "max-content 1fr", gap: "4px 16px", margin: 0 }}>
            <Text component="dt" fw={600} size="sm">From</Text>
            <Text component="dd" size="sm" m={0}>{mail.from}</Text>
            <Text component="dt" fw={600} size="sm">To</Text>
            <Text component="dd" size="sm" m={0}>{mail.to.join(", ")}</Text>
            <Text component="dt" fw={600} size="sm">Received</Text>
            <Text component="dd" size="sm" m={0}>{formatLondonInstant(mail.receivedAt)}</Text>
            {mail.kind ? (
              <>
                <Text component="dt" fw={600} size="sm">About</Text>
                <Text component="dd" size="sm" m={0}><Badge variant="light" tt="none" fw={500}>{mail.kind}</Badge></Text>
              </>
            ) : null}
            <Text component="dt" fw={600} size="sm">Message-ID</Text>
            <Text component="dd" size="sm" m={0}><Code>{mail.messageId ?? "none"}</Code></Text>
          </dl>
        </Card>

        <section aria-labelledby="mail-links">
          <Title order={2} size="h4" id="mail-links" mb="xs">Links in this message</Title>
          {links.length === 0 ? (
            <Text size="sm" c="dimmed">None.</Text>
          ) : (
            <List spacing={4} size="sm">
              {links.map((href) => (
                <List.Item key={href}><MessageLink href={href} /></List.Item>
              ))}
            </List>
          )}
        </section>

        <section aria-labelledby="mail-body">
          <Group justify="space-between" mb="xs">
            <Title order={2} size="h4" id="mail-body">Message</Title>
            {mail.html ? (
              <SegmentedControl
                size="xs"
                value={view}
                onChange={(value) => setView(value as "html" | "text")}
                data={[{ label: "As sent (HTML)", value: "html" }, { label: "Plain text", value: "text" }]}
                aria-label="Show the message as"
              />
            ) : null}
          </Group>
          {showHtml ? (
            // Sandboxed: the message's HTML runs no script and can't touch the console; its links open in a new tab.
            <iframe
              title={`The message "${mail.subject}" as sent`}
              sandbox="allow-popups allow-popups-to-escape-sandbox"
              srcDoc={`<base target="_blank">${mail.html}`}
              style={{ width: "100%", minHeight: 360, border: "1px solid var(--mantine-color-gray-3)", borderRadius: 4, background: "white" }}
            />
          ) : (
            <Card withBorder padding="md">
              <Text component="pre" size="sm" style={{ whiteSpace: "pre-wrap", wordBreak: "break-word", margin: 0, fontFamily: "inherit" }}>
                {mail.text}
              </Text>
            </Card>
          )}
        </section>
      </Stack>
    </>
  );
}
