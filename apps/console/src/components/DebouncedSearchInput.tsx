import { TextInput } from "@mantine/core";
import { useDebouncedCallback } from "@mantine/hooks";
import { useState } from "react";

interface DebouncedSearchInputProps {
  label: string;
  placeholder?: string;
  /** The committed search, e.g. from the URL. */
  value: string;
  /** Called once typing pauses for `delayMs`. */
  onSearch: (value: string) => void;
  delayMs?: number;
}

/** A search box that waits for the user to pause before searching, so each keystroke is not a request. */
export function DebouncedSearchInput({ label, placeholder, value, onSearch, delayMs = 300 }: DebouncedSearchInputProps) {
  const [draft, setDraft] = useState(value);
  const [lastValue, setLastValue] = useState(value);
  const commit = useDebouncedCallback(onSearch, delayMs);

  // Follow changes made elsewhere (Back button, "Clear filters"), but keep what
  // the user is typing when it is the same search (e.g. a trailing space).
  // Adjusting state while rendering, as React recommends, avoids an effect's extra render.
  if (value !== lastValue) {
    setLastValue(value);
    if (draft.trim() !== value) setDraft(value);
  }

  return (
    <TextInput
      type="search"
      w={{ base: "100%", sm: 240 }}
      label={label}
      placeholder={placeholder}
      value={draft}
      onChange={(event) => {
        setDraft(event.currentTarget.value);
        commit(event.currentTarget.value.trim());
      }}
    />
  );
}
