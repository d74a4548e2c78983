import { organisationOptionsQuery } from "@ascent/client";
import { organisationKindLabels } from "@ascent/domain";
import { Select, type ComboboxItem, type OptionsFilter } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useMemo, useState, type ReactNode } from "react";
import { useQuery } from "urql";

const OPTIONS_LIMIT = 20;

/** The server already filtered by the search text; filtering again by label would hide ODS-code matches. */
const keepServerResults: OptionsFilter = ({ options }) => options;

interface ParentOrganisationSelectProps {
  value: string | null;
  onChange: (value: string | null) => void;
  error?: ReactNode;
  /** The parent as currently saved, so its name shows before any search. */
  initialParent?: { id: string; name: string } | null;
  /** An organisation cannot be its own parent. */
  excludeId?: string;
}

/** Picks a parent organisation by searching the api as the user types. */
export function ParentOrganisationSelect({ value, onChange, error, initialParent, excludeId }: ParentOrganisationSelectProps) {
  const [searchText, setSearchText] = useState("");
  const [selected, setSelected] = useState<ComboboxItem | null>(
    initialParent ? { value: initialParent.id, label: initialParent.name } : null,
  );
  const [debouncedSearch] = useDebouncedValue(searchText.trim(), 300);
  // After a choice the box shows the chosen name; that is not a new search.
  const search = selected && debouncedSearch === selected.label ? "" : debouncedSearch;

  const [{ data, fetching }] = useQuery({
    query: organisationOptionsQuery,
    variables: { search: search || null, first: OPTIONS_LIMIT },
  });

  const options = useMemo(() => {
    const found = (data?.organisations.edges ?? [])
      .map(({ node }) => ({ value: node.id, label: node.name, description: organisationKindLabels[node.kind] }))
      .filter((option) => option.value !== excludeId);
    // Keep the current choice selectable even when the latest search did not return it.
    if (selected && !found.some((option) => option.value === selected.value)) return [selected, ...found];
    return found;
  }, [data, excludeId, selected]);

  return (
    <Select
      label="Parent organisation"
      description="The organisation this one belongs to, such as a trust's integrated care board. Type to search."
      placeholder="None"
      searchable
      clearable
      data={options}
      filter={keepServerResults}
      value={value}
      onChange={(newValue, option) => {
        setSelected(option);
        onChange(newValue);
      }}
      searchValue={searchText}
      onSearchChange={setSearchText}
      nothingFoundMessage={fetching ? "Searching…" : "No organisations found"}
      error={error}
    />
  );
}
