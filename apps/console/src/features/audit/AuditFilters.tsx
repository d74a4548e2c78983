import "@mantine/dates/styles.css";
import { userOptionsQuery, userQuery, type UserOptionsQuery } from "@ascent/client";
import { Autocomplete } from "@mantine/core";
import { DatePickerInput, type DatesRangeValue } from "@mantine/dates";
import { useMemo, useState } from "react";
import { useQuery } from "urql";
import { DebouncedSearchInput } from "../../components/DebouncedSearchInput";
import { RemoteSearchSelect } from "../../components/RemoteSearchSelect";
import { KNOWN_AUDIT_OPERATIONS } from "./auditOperations";

export interface AuditFilterValues {
  actorId: string | null;
  targetId: string;
  operation: string;
  /** YYYY-MM-DD, London days as the browser shows them. */
  from: string | null;
  to: string | null;
}

interface AuditFiltersProps {
  values: AuditFilterValues;
  onActorChange: (actorId: string | null) => void;
  onTargetChange: (targetId: string) => void;
  onOperationChange: (operation: string) => void;
  onDatesChange: (from: string | null, to: string | null) => void;
}

function userOptions(data: UserOptionsQuery) {
  return data.users.edges.map(({ node }) => ({ value: node.id, label: node.name, description: node.email }));
}

/** The audit trail's filters: who acted, on what, which operation and when. */
export function AuditFilters({ values, onActorChange, onTargetChange, onOperationChange, onDatesChange }: AuditFiltersProps) {
  // The address holds only the actor's id; look the name up so the picker can show it.
  const [{ data: actorData }] = useQuery({ query: userQuery, variables: { id: values.actorId ?? "" }, pause: !values.actorId });
  const actorNode = actorData?.node;
  const actorOption = useMemo(
    () => (actorNode?.__typename === "User" ? { value: actorNode.id, label: actorNode.name } : null),
    [actorNode],
  );

  const [operationDraft, setOperationDraft] = useState(values.operation);
  const [lastOperation, setLastOperation] = useState(values.operation);
  if (values.operation !== lastOperation) {
    setLastOperation(values.operation);
    setOperationDraft(values.operation);
  }
  const commitOperation = (operation: string) => {
    if (operation.trim() !== values.operation) onOperationChange(operation.trim());
  };

  // A range is applied once both ends are chosen (or both cleared).
  const [rangeDraft, setRangeDraft] = useState<DatesRangeValue<string>>([values.from, values.to]);
  const [lastRange, setLastRange] = useState(`${values.from}|${values.to}`);
  if (`${values.from}|${values.to}` !== lastRange) {
    setLastRange(`${values.from}|${values.to}`);
    setRangeDraft([values.from, values.to]);
  }

  return (
    <>
      <RemoteSearchSelect
        label="Who"
        placeholder="Anyone"
        clearable
        query={userOptionsQuery}
        toOptions={userOptions}
        initialOption={actorOption}
        value={values.actorId}
        onChange={onActorChange}
        nothingFound="No users found"
        w={{ base: "100%", sm: 240 }}
      />
      <Autocomplete
        label="Operation"
        placeholder="Any operation"
        data={[...KNOWN_AUDIT_OPERATIONS]}
        value={operationDraft}
        onChange={setOperationDraft}
        onOptionSubmit={commitOperation}
        onBlur={() => commitOperation(operationDraft)}
        onKeyDown={(event) => {
          if (event.key === "Enter") commitOperation(operationDraft);
        }}
        clearable
        w={{ base: "100%", sm: 220 }}
      />
      <DebouncedSearchInput label="Target id" placeholder="Id of the object acted on" value={values.targetId} onSearch={onTargetChange} />
      <DatePickerInput
        type="range"
        label="When"
        placeholder="Any time"
        valueFormat="D MMM YYYY"
        allowSingleDateInRange
        clearable
        value={rangeDraft}
        onChange={(range) => {
          setRangeDraft(range);
          const [from, to] = range;
          if ((from && to) || (!from && !to)) onDatesChange(from, to);
        }}
        w={{ base: "100%", sm: 260 }}
      />
    </>
  );
}
