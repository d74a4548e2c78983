import { apiTokensQuery, revokeApiTokenMutation, type ApiTokenDetailsFragment } from "@ascent/client";
import { Role } from "@ascent/domain";
import { Badge, Box, Button, Checkbox, Code, Group, Table, Text, Tooltip, VisuallyHidden } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import dayjs from "dayjs";
import { useState } from "react";
import { Link } from "react-router";
import { useMutation, useQuery } from "urql";
import { paths } from "../../app/paths";
import { Absent } from "../../components/Absent";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { CursorPagination } from "../../components/CursorPagination";
import { EmptyState } from "../../components/EmptyState";
import { ErrorState } from "../../components/ErrorState";
import { LoadingState } from "../../components/LoadingState";
import { PageHeader } from "../../components/PageHeader";
import { RequireRole } from "../../components/RequireRole";
import { pageVariables, useCursorListParams } from "../../components/useCursorListParams";
import { problemSentence } from "../../lib/graphqlErrors";
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
  return <time dateTime={value}>{dayjs(value).format("D MMM YYYY")}</time>;
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

  const connection = data?.apiTokens;
  const tokens = connection?.edges.map((edge) => edge.node) ?? [];

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

  function renderResults() {
    if (error && !connection) return <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: "network-only" })} />;
    if (!connection) return <LoadingState label="Loading API tokens" lines={6} />;
    if (tokens.length === 0) {
      return (
        <EmptyState
          title={activeOnly ? "No active tokens" : "No API tokens yet"}
          description="Partner organisations use tokens to read their data through the Ascent API."
          action={
            <Button component={Link} to={paths.newApiToken}>
              New API token
            </Button>
          }
        />
      );
    }
    return (
      <>
        <Table.ScrollContainer minWidth={1000}>
          <Table striped highlightOnHover verticalSpacing="sm">
            <Table.Caption>
              <VisuallyHidden>API tokens, newest first</VisuallyHidden>
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Label</Table.Th>
                <Table.Th>Organisation</Table.Th>
                <Table.Th>Scopes</Table.Th>
                <Table.Th>Prefix</Table.Th>
                <Table.Th>Created</Table.Th>
                <Table.Th>Expires</Table.Th>
                <Table.Th>Last used</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th>
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {tokens.map((token) => {
                const status = tokenStatus(token, now);
                return (
                  <Table.Tr key={token.id}>
                    <Table.Td fw={500}>{token.label}</Table.Td>
                    <Table.Td>{token.organisation?.name ?? <Absent />}</Table.Td>
                    <Table.Td>
                      <Group gap={4}>
                        {token.scopes.map((scope) => (
                          <Tooltip key={scope} label={scopeLabel(scope)} withArrow>
                            <Badge variant="light" color="nhsBlue" tt="none" tabIndex={0}>
                              {scopeCode(scope)}
                            </Badge>
                          </Tooltip>
                        ))}
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      <Code>{token.prefix}</Code>
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: "nowrap" }}>
                      <DateCell value={token.createdAt} />
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: "nowrap" }}>
                      <DateCell value={token.expiresAt} />
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: "nowrap" }}>
                      <DateCell value={token.lastUsedAt} />
                    </Table.Td>
                    <Table.Td>
                      <Badge color={tokenStatusColours[status]} variant="light">
                        {tokenStatusLabels[status]}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      {status === "active" ? (
                        <Button size="xs" variant="outline" color="red.9" onClick={() => setRevoking(token)}>
                          Revoke<VisuallyHidden> {token.label}</VisuallyHidden>
                        </Button>
                      ) : null}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <CursorPagination
          noun="API tokens"
          page={list.position.page}
          pageSize={API_TOKENS_PAGE_SIZE}
          shown={tokens.length}
          connection={connection}
          onPrevious={list.goToPreviousPage}
          onNext={list.goToNextPage}
        />
      </>
    );
  }

  return (
    <>
      <PageHeader
        title="API tokens"
        actions={
          <Button component={Link} to={paths.newApiToken}>
            New API token
          </Button>
        }
      />
      <Text size="sm" mb="md" maw={720}>
        Tokens let a partner organisation&rsquo;s systems call the Ascent API for that organisation&rsquo;s data, within
        the scopes given. Revoke a token as soon as it is no longer needed or may have leaked.
      </Text>
      <Group mb="md" role="search" aria-label="Filter API tokens">
        <Checkbox
          label="Only tokens that still work"
          checked={activeOnly}
          onChange={(event) => list.setFilter(KEYS.activeOnly, event.currentTarget.checked ? "1" : null)}
        />
      </Group>
      {error && connection ? <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: "network-only" })} /> : null}
      <Box aria-busy={fetching}>{renderResults()}</Box>
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
