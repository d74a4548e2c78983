import { apiTokensQuery, revokeApiTokenMutation, type ApiTokenDetailsFragment } from "@ascent/client";
import { Role } from "@ascent/domain";
import { Badge, Button, Checkbox, Code, Group, Text, Tooltip, VisuallyHidden } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { Link } from "react-router";
import { useMutation, useQuery } from "urql";
import { apiTokenPaths } from "./paths";
import { Absent } from "../../components/Absent";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { CursorList, type ListColumn } from "../../components/CursorList";
import { PageHeader } from "../../components/PageHeader";
import { RequireRole } from "../../components/RequireRole";
import { StatusBadge } from "../../components/StatusBadge";
import { pageVariables, useCursorListParams } from "../../components/useCursorListParams";
import { problemSentence } from "../../lib/graphqlErrors";
import { formatLondonShortDay } from "../../lib/londonTime";
import { usePageTitle } from "../../lib/usePageTitle";
import { scopeCode, scopeLabel } from "./apiScopes";
import { tokenStatus, tokenStatusColours, tokenStatusLabels } from "./tokenStatus";

export const API_TOKENS_PAGE_SIZE = 25;
const KEYS = { activeOnly: "active" } as const;
const FILTER_KEYS = Object.values(KEYS);

export function ApiTokensListPage() {
  return (
    <RequireRole roles={[Role.ADMIN]} title="API tokens">
      <ApiTokensList />
    </RequireRole>
  );
}

function DateCell({ value, absent = "never" }: { value: string | null; absent?: string }) {
  if (!value) return <Absent spoken={absent} />;
  return <time dateTime={value}>{formatLondonShortDay(value)}</time>;
}

function ApiTokensList() {
  usePageTitle("API tokens");
  const list = useCursorListParams(FILTER_KEYS);
  const activeOnly = list.query.get(KEYS.activeOnly) === "1";
  // "Now" for expiry badges: fixed per visit, which is as fresh as the list itself.
  const [now] = useState(() => Date.now());
  const [revoking, setRevoking] = useState<ApiTokenDetailsFragment | null>(null);
  const [{ fetching: revokeInFlight }, revokeApiToken] = useMutation(revokeApiTokenMutation);

  const [{ data, fetching, error }, reexecute] = useQuery({
    query: apiTokensQuery,
    variables: { ...pageVariables(list.position, API_TOKENS_PAGE_SIZE), filter: { activeOnly } },
    requestPolicy: "cache-and-network",
  });

  async function revoke(token: ApiTokenDetailsFragment) {
    const result = await revokeApiToken({ input: { id: token.id } });
    setRevoking(null);
    const payload = result.data?.revokeApiToken;
    const problem = result.error ? problemSentence(result.error) : payload?.userErrors.map((userError) => userError.message).join(" ");
    if (problem || !payload?.apiToken) {
      notifications.show({ color: "red", title: "The token was not revoked", message: problem || "Try again." });
      return;
    }
    notifications.show({ color: "green", title: "Token revoked", message: `“${token.label}” no longer works.` });
  }

  const columns: ListColumn<ApiTokenDetailsFragment>[] = [
    { header: "Label", unlabelledOnPhone: true, cell: (token) => <Text fw={600} size="sm">{token.label}</Text> },
    { header: "Organisation", cell: (token) => token.organisation?.name ?? <Absent /> },
    {
      header: "Scopes",
      cell: (token) => (
        <Group gap={4}>
          {token.scopes.map((scope) => (
            <Tooltip key={scope} label={scopeLabel(scope)} withArrow>
              <Badge variant="outline" color="nhsBlue.7" tt="none" tabIndex={0}>
                {scopeCode(scope)}
              </Badge>
            </Tooltip>
          ))}
        </Group>
      ),
    },
    { header: "Prefix", cell: (token) => <Code>{token.prefix}</Code> },
    { header: "Created", nowrap: true, cell: (token) => <DateCell value={token.createdAt} /> },
    { header: "Expires", nowrap: true, cell: (token) => <DateCell value={token.expiresAt} /> },
    { header: "Last used", nowrap: true, cell: (token) => <DateCell value={token.lastUsedAt} /> },
    {
      header: "Status",
      nowrap: true,
      cell: (token) => {
        const status = tokenStatus(token, now);
        return <StatusBadge label={tokenStatusLabels[status]} dotColor={tokenStatusColours[status]} />;
      },
    },
    {
      header: "Actions",
      hiddenHeader: true,
      cell: (token) =>
        tokenStatus(token, now) === "active" ? (
          <Button size="xs" variant="outline" color="red.9" onClick={() => setRevoking(token)}>
            Revoke<VisuallyHidden> {token.label}</VisuallyHidden>
          </Button>
        ) : null,
    },
  ];

  return (
    <>
      <PageHeader
        title="API tokens"
        actions={
          <Button component={Link} to={apiTokenPaths.newApiToken}>
            New API token
          </Button>
        }
      />
      <Text size="sm" mb="md" maw={720}>
        Tokens let a partner organisation&rsquo;s systems call the Ascent API for that organisation&rsquo;s data, within
        the scopes given. Revoke a token as soon as it is no longer needed or may have leaked.
      </Text>
      <CursorList
        noun="API tokens"
        caption="API tokens, newest first"
        list={list}
        pageSize={API_TOKENS_PAGE_SIZE}
        connection={data?.apiTokens}
        fetching={fetching}
        error={error}
        retry={() => reexecute({ requestPolicy: "network-only" })}
        columns={columns}
        rowKey={(token) => token.id}
        minWidth={1000}
        filters={
          <Checkbox
            label="Only tokens that still work"
            checked={activeOnly}
            onChange={(event) => list.setFilter(KEYS.activeOnly, event.currentTarget.checked ? "1" : null)}
          />
        }
        empty={{
          title: "No API tokens yet",
          description: "Partner organisations use tokens to read their data through the Ascent API.",
          action: (
            <Button component={Link} to={apiTokenPaths.newApiToken}>
              New API token
            </Button>
          ),
        }}
        noMatch={{ title: "No active tokens", description: "Every token has been revoked or has expired." }}
      />
      <ConfirmDialog
        opened={revoking !== null}
        title="Revoke this token?"
        confirmLabel="Revoke token"
        destructive
        busy={revokeInFlight}
        onConfirm={() => revoking && revoke(revoking)}
        onCancel={() => setRevoking(null)}
      >
        &ldquo;{revoking?.label}&rdquo; for {revoking?.organisation?.name ?? "its organisation"} stops working at once. This
        can&rsquo;t be undone: the partner will need a new token.
      </ConfirmDialog>
    </>
  );
}
