import { auditEventsQuery, type AuditEventsQuery } from "@ascent/client";
import { Role } from "@ascent/domain";
import { Button, Code, Stack, Text } from "@mantine/core";
import { useQuery } from "urql";
import { Absent } from "../../components/Absent";
import { CursorList, type ListColumn } from "../../components/CursorList";
import { PageHeader } from "../../components/PageHeader";
import { RequireRole } from "../../components/RequireRole";
import { pageVariables, useCursorListParams } from "../../components/useCursorListParams";
import { endOfLondonDay, formatLondonInstant, startOfLondonDay } from "../../lib/londonTime";
import { usePageTitle } from "../../lib/usePageTitle";
import { AuditFilters } from "./AuditFilters";
import { actorRoleLabel } from "./auditOperations";

export const AUDIT_PAGE_SIZE = 25;
const KEYS = { actor: "actor", target: "target", operation: "op", from: "from", to: "to" } as const;
const FILTER_KEYS = Object.values(KEYS);
type AuditEventRow = AuditEventsQuery["auditEvents"]["edges"][number]["node"];

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
        // Whole London days, from the start of the first to the end of the last.
        from: values.from ? startOfLondonDay(values.from) : null,
        to: values.to ? endOfLondonDay(values.to) : null,
      },
    },
    requestPolicy: "cache-and-network",
  });

  const columns: ListColumn<AuditEventRow>[] = [
    {
      header: "When",
      nowrap: true,
      cell: (event) => (
        <time dateTime={event.occurredAt} title="London time">
          {formatLondonInstant(event.occurredAt)}
        </time>
      ),
    },
    {
      header: "Who",
      cell: (event) => (
        <Stack gap={0}>
          <Text size="sm">{event.actor?.name ?? actorRoleLabel(event.actorRole)}</Text>
          <Text size="xs" c="dimmed">
            {event.actor ? `${event.actor.email} · ${actorRoleLabel(event.actorRole)}` : null}
          </Text>
        </Stack>
      ),
    },
    { header: "Operation", cell: (event) => <Code>{event.operation}</Code> },
    {
      header: "Target",
      cell: (event) => (
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
      ),
    },
    { header: "Fields", cell: (event) => (event.changedFields.length > 0 ? event.changedFields.join(", ") : <Absent />) },
    { header: "Request id", cell: (event) => (event.requestId ? <Code>{event.requestId}</Code> : <Absent />) },
  ];

  return (
    <>
      <PageHeader title="Audit trail" />
      <Text size="sm" mb="md" maw={720}>
        Every change made in Ascent, who made it and when (London time). Only the names of the fields involved are kept, never their
        values.
      </Text>
      <CursorList
        noun="audit events"
        caption="Audit events, newest first"
        list={list}
        pageSize={AUDIT_PAGE_SIZE}
        connection={data?.auditEvents}
        fetching={fetching}
        error={error}
        retry={() => reexecute({ requestPolicy: "network-only" })}
        columns={columns}
        rowKey={(event) => event.id}
        minWidth={1000}
        filters={
          <AuditFilters
            values={values}
            onActorChange={(actorId) => list.setFilter(KEYS.actor, actorId)}
            onTargetChange={(targetId) => list.setFilter(KEYS.target, targetId, { replace: true })}
            onOperationChange={(operation) => list.setFilter(KEYS.operation, operation)}
            onDatesChange={(from, to) => list.setFilters({ [KEYS.from]: from, [KEYS.to]: to })}
          />
        }
        empty={{ title: "Nothing recorded yet", description: "Changes made in Ascent appear here as they happen." }}
        noMatch={{ title: "No events match", description: "Try other filters, or a wider date range." }}
      />
    </>
  );
}
