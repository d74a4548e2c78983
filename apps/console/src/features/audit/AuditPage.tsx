import { auditEventsQuery } from "@ascent/client";
import { Role } from "@ascent/domain";
import { Box, Button, Code, Stack, Table, Text, VisuallyHidden } from "@mantine/core";
import dayjs from "dayjs";
import { useQuery } from "urql";
import { Absent } from "../../components/Absent";
import { CursorPagination } from "../../components/CursorPagination";
import { EmptyState } from "../../components/EmptyState";
import { ErrorState } from "../../components/ErrorState";
import { LoadingState } from "../../components/LoadingState";
import { PageHeader } from "../../components/PageHeader";
import { RequireRole } from "../../components/RequireRole";
import { pageVariables, useCursorListParams } from "../../components/useCursorListParams";
import { usePageTitle } from "../../lib/usePageTitle";
import { AuditFilters } from "./AuditFilters";
import { actorRoleLabel } from "./auditOperations";

export const AUDIT_PAGE_SIZE = 25;
const KEYS = { actor: "actor", target: "target", operation: "op", from: "from", to: "to" } as const;
const FILTER_KEYS = Object.values(KEYS);
const DAY = /^\d{4}-\d{2}-\d{2}$/;

function dayParam(value: string | null): string | null {
  return value && DAY.test(value) ? value : null;
}

export function AuditPage() {
  return (
    <RequireRole roles={[Role.ADMIN]} title="Audit trail">
      <AuditTrail />
    </RequireRole>
  );
}

function AuditTrail() {
  usePageTitle("Audit trail");
  const list = useCursorListParams(FILTER_KEYS);
  const values = {
    actorId: list.query.get(KEYS.actor) || null,
    targetId: list.query.get(KEYS.target)?.trim() ?? "",
    operation: list.query.get(KEYS.operation)?.trim() ?? "",
    from: dayParam(list.query.get(KEYS.from)),
    to: dayParam(list.query.get(KEYS.to)),
  };

  const [{ data, fetching, error }, reexecute] = useQuery({
    query: auditEventsQuery,
    variables: {
      ...pageVariables(list.position, AUDIT_PAGE_SIZE),
      filter: {
        actorId: values.actorId,
        targetId: values.targetId || null,
        operation: values.operation || null,
        // Whole days, from the start of the first to the end of the last.
        from: values.from ? dayjs(values.from).startOf("day").toISOString() : null,
        to: values.to ? dayjs(values.to).endOf("day").toISOString() : null,
      },
    },
    requestPolicy: "cache-and-network",
  });

  const connection = data?.auditEvents;
  const events = connection?.edges.map((edge) => edge.node) ?? [];

  function renderResults() {
    if (error && !connection) return <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: "network-only" })} />;
    if (!connection) return <LoadingState label="Loading the audit trail" lines={8} />;
    if (events.length === 0) {
      return list.hasFilters ? (
        <EmptyState
          title="No events match"
          description="Try other filters, or a wider date range."
          action={
            <Button variant="default" onClick={list.clearFilters}>
              Clear filters
            </Button>
          }
        />
      ) : (
        <EmptyState title="Nothing recorded yet" description="Changes made in Ascent appear here as they happen." />
      );
    }
    return (
      <>
        <Table.ScrollContainer minWidth={1000}>
          <Table striped verticalSpacing="sm">
            <Table.Caption>
              <VisuallyHidden>Audit events, newest first</VisuallyHidden>
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>When</Table.Th>
                <Table.Th>Who</Table.Th>
                <Table.Th>Operation</Table.Th>
                <Table.Th>Target</Table.Th>
                <Table.Th>Fields</Table.Th>
                <Table.Th>Request id</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {events.map((event) => (
                <Table.Tr key={event.id}>
                  <Table.Td style={{ whiteSpace: "nowrap" }}>
                    <time dateTime={event.occurredAt}>{dayjs(event.occurredAt).format("D MMM YYYY, HH:mm:ss")}</time>
                  </Table.Td>
                  <Table.Td>
                    <Stack gap={0}>
                      <Text size="sm">{event.actor?.name ?? actorRoleLabel(event.actorRole)}</Text>
                      <Text size="xs" c="dimmed">
                        {event.actor ? `${event.actor.email} · ${actorRoleLabel(event.actorRole)}` : null}
                      </Text>
                    </Stack>
                  </Table.Td>
                  <Table.Td>
                    <Code>{event.operation}</Code>
                  </Table.Td>
                  <Table.Td>
                    <Stack gap={2} align="flex-start">
                      <Text size="sm">{event.targetType}</Text>
                      {event.targetId ? (
                        <Button
                          variant="subtle"
                          size="compact-xs"
                          ff="monospace"
                          onClick={() => list.setFilter(KEYS.target, event.targetId)}
                          aria-label={`Show only events about ${event.targetType} ${event.targetId}`}
                        >
                          {event.targetId}
                        </Button>
                      ) : null}
                    </Stack>
                  </Table.Td>
                  <Table.Td>{event.changedFields.length > 0 ? event.changedFields.join(", ") : <Absent />}</Table.Td>
                  <Table.Td>{event.requestId ? <Code>{event.requestId}</Code> : <Absent />}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <CursorPagination
          noun="audit events"
          page={list.position.page}
          pageSize={AUDIT_PAGE_SIZE}
          shown={events.length}
          connection={connection}
          onPrevious={list.goToPreviousPage}
          onNext={list.goToNextPage}
        />
      </>
    );
  }

  return (
    <>
      <PageHeader title="Audit trail" />
      <Text size="sm" mb="md" maw={720}>
        Every change made in Ascent, who made it and when. Only the names of the fields involved are kept, never their
        values.
      </Text>
      <AuditFilters
        values={values}
        hasFilters={list.hasFilters}
        onActorChange={(actorId) => list.setFilter(KEYS.actor, actorId)}
        onTargetChange={(targetId) => list.setFilter(KEYS.target, targetId, { replace: true })}
        onOperationChange={(operation) => list.setFilter(KEYS.operation, operation)}
        onDatesChange={(from, to) => list.setFilters({ [KEYS.from]: from, [KEYS.to]: to })}
        onClear={list.clearFilters}
      />
      {error && connection ? <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: "network-only" })} /> : null}
      <Box aria-busy={fetching}>{renderResults()}</Box>
    </>
  );
}
