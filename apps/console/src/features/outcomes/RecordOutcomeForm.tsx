import type { CohortOutcomePeopleQuery } from "@ascent/client";
import { type AfcBand, CareerOutcomeKind, toLondon } from "@ascent/domain";
import { Button, Group, Select, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { FormProblems } from "../../components/FormProblems";
import type { SaveOutcome } from "../../lib/serverUserErrors";
import { useServerSave } from "../../lib/useServerSave";
import { bandOptions, groupShortLabel, kindOptions } from "./outcomeText";

export interface OutcomeFormValues {
  /** Whose outcome: a key from `personKey` (staff screen only). */
  person: string | null;
  kind: CareerOutcomeKind | null;
  effectiveOn: string;
  bandBefore: AfcBand | null;
  bandAfter: AfcBand | null;
}

type Person = CohortOutcomePeopleQuery["cohortOutcomePeople"][number];

/** One key per person: a participant (also one added by hand) by participant, a comparison-group applicant by application. */
export const personKey = (person: Person): string => (person.participant ? `participant:${person.participant.id}` : `application:${person.application?.id ?? ""}`);

/** The recordCareerOutcome input naming the person a key stands for: participantId for a participant, applicationId for the comparison group. */
export function personInput(key: string): { participantId: string } | { applicationId: string } {
  const [kind, id] = [key.slice(0, key.indexOf(":")), key.slice(key.indexOf(":") + 1)];
  return kind === "participant" ? { participantId: id } : { applicationId: id };
}

/** "Sam Patel (Participant)", "Jo Bloggs (Participant, added by hand)", "Ann Lee (Comparison)". */
export function personLabel(person: Person): string {
  const who = person.name ?? person.application?.reference ?? "(erased)";
  return `${who} (${groupShortLabel[person.group]}${person.addedByHand ? ", added by hand" : ""})`;
}

const FIELDS = ["person", "kind", "effectiveOn", "bandBefore", "bandAfter"] as const;
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
  const initialValues: OutcomeFormValues = { person: null, kind: null, effectiveOn: "", bandBefore: initialBand, bandAfter: null };
  const form = useForm<OutcomeFormValues>({
    initialValues,
    validate: {
      person: (value) => (people && !value ? "Choose the person" : null),
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
    form.setFieldValue("person", value);
    const band = people?.find((person) => personKey(person) === value)?.band ?? null;
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
            data={people.map((person) => ({ value: personKey(person), label: personLabel(person) }))}
            {...form.getInputProps("person")}
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
