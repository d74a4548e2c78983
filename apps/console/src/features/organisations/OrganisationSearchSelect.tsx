import { organisationOptionsQuery } from "@ascent/client";
import { organisationKindLabels } from "@ascent/domain";
import { Select, type ComboboxItem, type OptionsFilter } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useMemo, useState, type ReactNode } from "react";
import { useQuery } from "urql";

const OPTIONS_LIMIT = 20;

/** The server already filtered by the search text; filtering again by label would hide ODS-code matches. */
const keepServerResults: OptionsFilter = ({ options }) => options;

interface OrganisationSearchSelectProps {
  label: string;
  description: string;
  /** Shown while nothing is chosen. */
  placeholder?: string;
  value: string | null;
  onChange: (value: string | null, name: string | null) => void;
  error?: ReactNode;
  /** The choice as currently saved, so its name shows before any search. */
  initialChoice?: { id: string; name: string } | null;
  /** Organisations that can't be chosen here (such as the organisation itself as its own parent). */
  excludeIds?: readonly string[];
}

/** Picks an organisation by searching the api as the user types. */
export function OrganisationSearchSelect({ label, description, placeholder = "None", value, onChange, error, initialChoice, excludeIds = [] }: OrganisationSearchSelectProps) {
  const [searchText, setSearchText] = useState("");
  const [selected, setSelected] = useState<ComboboxItem | null>(
    initialChoice ? { value: initialChoice.id, label: initialChoice.name } : null,
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
      .filter((option) => !excludeIds.includes(option.value));
    // Keep the current choice selectable even when the latest search did not return it.
    if (selected && !found.some((option) => option.value === selected.value)) return [selected, ...found];
    return found;
  }, [data, excludeIds, selected]);

  return (
    <Select
      label={label}
      description={description}
      placeholder={placeholder}
      searchable
      clearable
      data={options}
      filter={keepServerResults}
      value={value}
      onChange={(newValue, option) => {
        setSelected(option);
        onChange(newValue, option?.label ?? null);
      }}
      searchValue={searchText}
      onSearchChange={setSearchText}
      nothingFoundMessage={fetching ? "Searching…" : "No organisations found"}
      error={error}
    />
  );
}
