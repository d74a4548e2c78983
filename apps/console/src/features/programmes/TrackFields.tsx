import { MultiSelect, Stack, Textarea, TextInput } from "@mantine/core";
import { ModuleListEditor } from "./ModuleListEditor";
import { bandOptions, isAfcBand } from "../../lib/domainOptions";
import type { TrackFormValue } from "./programmeFormValues";

interface TrackFieldsProps {
  /** Names the track's fields for screen readers when there are several, e.g. "Track 2". */
  label: string;
  value: TrackFormValue;
  onChange: (value: TrackFormValue) => void;
  /** Server problems keyed "name", "modules.0.title", "eligibility.bands". */
  errors?: Readonly<Record<string, string>>;
}

/** A track's name, its own bands (overriding the programme's) and its own modules. */
export function TrackFields({ label, value, onChange, errors = {} }: TrackFieldsProps) {
  const moduleErrors = Object.fromEntries(
    Object.entries(errors)
      .filter(([path]) => path === "modules" || path.startsWith("modules."))
      .map(([path, message]) => [path === "modules" ? "" : path.slice("modules.".length), message]),
  );
  const eligibilityError = Object.entries(errors)
    .filter(([path]) => path.startsWith("eligibility"))
    .map(([, message]) => message)
    .join(" ");
  return (
    <Stack gap="sm">
      <TextInput
        label="Track name"
        required
        value={value.name}
        error={errors.name}
        onChange={(event) => onChange({ ...value, name: event.currentTarget.value })}
      />
      <Textarea
        label="Track description"
        autosize
        minRows={2}
        value={value.description}
        error={errors.description}
        onChange={(event) => onChange({ ...value, description: event.currentTarget.value })}
      />
      <MultiSelect
        label="Bands for this track"
        description="Leave empty to use the programme's bands."
        placeholder={value.bands.length ? undefined : "The programme's bands"}
        data={bandOptions}
        value={value.bands}
        error={eligibilityError || undefined}
        onChange={(bands) => onChange({ ...value, bands: bands.filter(isAfcBand) })}
        clearable
      />
      <ModuleListEditor
        label={`${label} modules`}
        modules={value.modules}
        errors={moduleErrors}
        onChange={(modules) => onChange({ ...value, modules })}
      />
    </Stack>
  );
}
