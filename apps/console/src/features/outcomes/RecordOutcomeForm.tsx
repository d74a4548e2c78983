import type { CohortOutcomePeopleQuery } from "@ascent/client";
import { type AfcBand, CareerOutcomeKind, toLondon } from "@ascent/domain";
import { Button, Group, Select, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { FormProblems } from "../../components/FormProblems";
import type { SaveOutcome } from "../../lib/serverUserErrors";
import { useServerSave } from "../../lib/useServerSave";
import { bandOptions, groupShortLabel, kindOptions } from "./outcomeText";

export interface OutcomeFormValues {
  applicationId: string | null;
  kind: CareerOutcomeKind | null;
  effectiveOn: string;
  bandBefore: AfcBand | null;
  bandAfter: AfcBand | null;
}

const FIELDS = ["applicationId", "kind", "effectiveOn", "bandBefore", "bandAfter"] as const;
const isKind = (value: string | null): value is CareerOutcomeKind => value !== null && (Object.values(CareerOutcomeKind) as string[]).includes(value);
const isBand = (value: string | null): value is AfcBand => value !== null && bandOptions.some((option) => option.value === value);

interface RecordOutcomeFormProps {
  /** Staff choose whose outcome it is; the person's own follow-up page has no choice. */
  people?: CohortOutcomePeopleQuery["cohortOutcomePeople"];
  /** The band to start "band before" from. */
  initialBand?: AfcBand | null;
  submitLabel?: string;
  onSave: (values: OutcomeFormValues) => Promise<SaveOutcome>;
}

/** One outcome. The rules (a promotion goes up a band, no future dates) are the server's; its messages land beside the fields. */
export function RecordOutcomeForm({ people, initialBand = null, submitLabel = "Record outcome", onSave }: RecordOutcomeFormProps) {
  const initialValues: OutcomeFormValues = { applicationId: null, kind: null, effectiveOn: "", bandBefore: initialBand, bandAfter: null };
  const form = useForm<OutcomeFormValues>({
    initialValues,
    validate: {
      applicationId: (value) => (people && !value ? "Choose the person" : null),
      kind: (value) => (value ? null : "Choose what happened"),
      effectiveOn: (value) => (value ? null : "Enter the date it took effect"),
    },
  });
  const { problems, saving, handleSubmit } = useServerSave(form, {
    roots: FIELDS,
    fallback: "The server did not record it. Try again.",
    onSave: async (values) => {
      const outcome = await onSave(values);
      if (outcome.saved) form.setValues(initialValues);
      return outcome;
    },
  });
  const choosePerson = (value: string | null) => {
    form.setFieldValue("applicationId", value);
    const band = people?.find((person) => person.application.id === value)?.application.band ?? null;
    if (band) form.setFieldValue("bandBefore", band);
  };
  return (
    <form onSubmit={form.onSubmit(handleSubmit)} noValidate aria-label="Career outcome">
      <Stack gap="md" maw={560}>
        <FormProblems title="It was not recorded" problems={problems} />
        {people ? (
          <Select
            label="Person"
            required
            searchable
            allowDeselect={false}
            data={people.map((person) => ({ value: person.application.id, label: `${person.application.applicantName ?? person.application.reference} (${groupShortLabel[person.group]})` }))}
            {...form.getInputProps("applicationId")}
            onChange={choosePerson}
          />
        ) : null}
        <Select label="What happened" required allowDeselect={false} data={kindOptions} {...form.getInputProps("kind")} onChange={(value) => form.setFieldValue("kind", isKind(value) ? value : null)} />
        <TextInput type="date" label="Took effect on" required max={toLondon(new Date()).date} {...form.getInputProps("effectiveOn")} />
        <Group grow align="flex-start" wrap="wrap">
          <Select
            label="Band before"
            description="The substantive band"
            clearable
            allowDeselect={false}
            data={bandOptions}
            miw={200}
            {...form.getInputProps("bandBefore")}
            onChange={(value) => form.setFieldValue("bandBefore", isBand(value) ? value : null)}
          />
          <Select
            label="Band after"
            description="Empty for a secondment or leaving the NHS"
            clearable
            allowDeselect={false}
            data={bandOptions}
            miw={200}
            {...form.getInputProps("bandAfter")}
            onChange={(value) => form.setFieldValue("bandAfter", isBand(value) ? value : null)}
          />
        </Group>
        <Group>
          <Button type="submit" loading={saving}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
