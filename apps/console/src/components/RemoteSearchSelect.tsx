import { Select, type ComboboxItem, type OptionsFilter, type SelectProps } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useMemo, useState, type ReactNode } from "react";
import { useQuery, type TypedDocumentNode } from "urql";

const OPTIONS_LIMIT = 20;

/** The server already filtered by the search text; filtering again by label would hide its other matches. */
const keepServerResults: OptionsFilter = ({ options }) => options;

export interface RemoteSearchSelectProps<TData> {
  label: string;
  description?: ReactNode;
  placeholder?: string;
  required?: boolean;
  clearable?: boolean;
  /** Asks the api for matches; takes the search text (or null for "anything") and how many. */
  query: TypedDocumentNode<TData, { search?: string | null; first: number }>;
  toOptions: (data: TData) => ComboboxItem[];
  value: string | null;
  onChange: (value: string | null) => void;
  /** The current choice's label, so it shows before any search. */
  initialOption?: ComboboxItem | null;
  error?: ReactNode;
  nothingFound?: string;
  w?: SelectProps["w"];
}

/** A Select that searches the api as the user types, for lists too long to load whole. */
export function RemoteSearchSelect<TData>(props: RemoteSearchSelectProps<TData>) {
  const { query, toOptions, value, onChange, initialOption, nothingFound = "Nothing found", ...selectProps } = props;
  const [searchText, setSearchText] = useState("");
  const [selected, setSelected] = useState<ComboboxItem | null>(initialOption ?? null);
  const [debouncedSearch] = useDebouncedValue(searchText.trim(), 300);
  // After a choice the box shows the chosen label; that is not a new search.
  const search = selected && debouncedSearch === selected.label ? "" : debouncedSearch;

  const [{ data, fetching }] = useQuery({ query, variables: { search: search || null, first: OPTIONS_LIMIT } });

  // The choice may arrive later (e.g. a name looked up for an id in the address).
  const [lastInitial, setLastInitial] = useState(initialOption);
  if (initialOption !== lastInitial) {
    setLastInitial(initialOption);
    if (initialOption && !selected) setSelected(initialOption);
  }

  const options = useMemo(() => {
    const found = data ? toOptions(data) : [];
    if (selected && value === selected.value && !found.some((option) => option.value === selected.value)) {
      return [selected, ...found];
    }
    return found;
  }, [data, toOptions, selected, value]);

  return (
    <Select
      {...selectProps}
      searchable
      data={options}
      filter={keepServerResults}
      value={value}
      onChange={(newValue, option) => {
        setSelected(option);
        onChange(newValue);
      }}
      searchValue={searchText}
      onSearchChange={setSearchText}
      nothingFoundMessage={fetching ? "Searching…" : nothingFound}
    />
  );
}
