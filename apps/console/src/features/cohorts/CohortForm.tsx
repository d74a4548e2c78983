import { programmeOptionsQuery, programmeQuery, type ProgrammeOptionsQuery } from "@ascent/client";
import { COHORT_NAME_MAX_LENGTH, curriculumNeedsTrack, MAX_COHORT_CAPACITY } from "@ascent/domain";
import { Button, Fieldset, Group, NumberInput, Radio, Select, Stack, Text, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useQuery } from "urql";
import { FormProblems } from "../../components/FormProblems";
import { RemoteSearchSelect } from "../../components/RemoteSearchSelect";
import { allocationPolicyOptions, isAllocationPolicy } from "../../lib/domainOptions";
import { lengthHint, tooLongMessage } from "../../lib/lengthLimit";
import { errorAt } from "../../lib/userErrorPaths";
import { useServerSave } from "../../lib/useServerSave";
import { COHORT_FORM_ROOTS, type CohortFormValues } from "./cohortFormValues";
import type { SaveOutcome } from "../../lib/serverUserErrors";

const programmeOptions = (data: ProgrammeOptionsQuery) => data.programmes.edges.map(({ node }) => ({ value: node.id, label: node.title }));

interface CohortFormProps {
  initialValues: CohortFormValues;
  /** Set when editing: the programme is fixed once a cohort exists; the track too once something depends on it (the reason why). */
  fixedProgramme?: { title: string; trackName: string | null; trackLockedBecause: string | null };
  submitLabel: string;
  onSave: (values: CohortFormValues) => Promise<SaveOutcome>;
}

/** A cohort's programme and track, places, application window (London time) and dates. */
export function CohortForm({ initialValues, fixedProgramme, submitLabel, onSave }: CohortFormProps) {
  const form = useForm<CohortFormValues>({
    initialValues,
    validate: {
      programmeId: (value) => (fixedProgramme || value ? null : "Choose the programme this cohort runs"),
      name: (value) => (value.trim() ? tooLongMessage(value, COHORT_NAME_MAX_LENGTH) : "Enter the cohort's name, for example \"Spring 2027\""),
      capacity: (value) => (value === "" ? "Enter how many places the cohort has" : null),
      startsOn: (value) => (value ? null : "Enter the first day"),
      endsOn: (value) => (value ? null : "Enter the last day"),
    },
  });
  const { problems, saving, serverErrors, handleSubmit } = useServerSave(form, {
    roots: COHORT_FORM_ROOTS,
    fallback: "The server did not save the cohort. Try again.",
    onSave,
  });
  const { values } = form;
  const fieldError = (field: keyof CohortFormValues, root: string = field) => form.errors[field] ?? errorAt(serverErrors, root);

  // The chosen programme's tracks (and its title, when it was chosen by the address).
  const [{ data: programmeData }] = useQuery({
    query: programmeQuery,
    variables: { id: values.programmeId ?? "" },
    pause: !values.programmeId,
  });
  const programme = values.programmeId ? programmeData?.programme : null;
  const trackOptions = (programme?.tracks ?? []).map((track) => ({ value: track.id, label: track.name }));
  const needsTrack = curriculumNeedsTrack((programme?.tracks ?? []).flatMap((track) => track.modules.map(() => ({ trackId: track.id }))));
  const trackSelect =
    trackOptions.length > 0 ? (
      <Select
        label="Track"
        required={needsTrack}
        description={needsTrack ? "The curriculum is in tracks: the cohort follows one of them." : "Leave empty for a cohort of the whole programme."}
        placeholder={needsTrack ? "Choose a track" : "Whole programme"}
        clearable={!needsTrack}
        data={trackOptions}
        {...form.getInputProps("trackId")}
        error={fieldError("trackId")}
      />
    ) : null;


  return (
    <form onSubmit={form.onSubmit(handleSubmit)} noValidate aria-label="Cohort details">
      <Stack maw={640} gap="md">
        <FormProblems title="The cohort was not saved" problems={problems} />
        {fixedProgramme ? (
          <>
            <Text size="sm">
              Programme: <strong>{fixedProgramme.title}</strong>
              {fixedProgramme.trackLockedBecause && fixedProgramme.trackName ? `, ${fixedProgramme.trackName}` : ""}
            </Text>
            {fixedProgramme.trackLockedBecause ? (
              trackOptions.length > 0 ? (
                <Text size="sm" c="dimmed">
                  {fixedProgramme.trackLockedBecause}
                </Text>
              ) : null
            ) : (
              trackSelect
            )}
          </>
        ) : (
          <>
            <RemoteSearchSelect
              label="Programme"
              required
              placeholder="Search programmes"
              query={programmeOptionsQuery}
              toOptions={programmeOptions}
              value={values.programmeId}
              initialOption={programme ? { value: programme.id, label: programme.title } : null}
              onChange={(programmeId) => {
                form.setFieldValue("programmeId", programmeId);
                form.setFieldValue("trackId", null);
              }}
              error={fieldError("programmeId")}
              nothingFound="No programme matches"
            />
            {trackSelect}
          </>
        )}
        <TextInput
          label="Name"
          required
          description={lengthHint(values.name, COHORT_NAME_MAX_LENGTH)}
          {...form.getInputProps("name")}
          error={fieldError("name")}
        />
        <NumberInput
          label="Places"
          required
          description={`From 1 to ${MAX_COHORT_CAPACITY}.`}
          min={1}
          max={MAX_COHORT_CAPACITY}
          // Never change what was typed: 0 stays 0 and is refused with a reason, rather than quietly becoming 1.
          clampBehavior="none"
          allowDecimal={false}
          allowNegative={false}
          {...form.getInputProps("capacity")}
          error={fieldError("capacity")}
        />
        <Radio.Group
          label="How places are given"
          value={values.allocationPolicy}
          onChange={(policy) => isAllocationPolicy(policy) && form.setFieldValue("allocationPolicy", policy)}
          error={fieldError("allocationPolicy")}
        >
          <Stack gap="xs" mt="xs">
            {allocationPolicyOptions.map((option) => (
              <Radio key={option.value} value={option.value} label={option.label} />
            ))}
          </Stack>
        </Radio.Group>
        <Fieldset legend="Application window (London time)">
          <Stack gap="sm">
            <Text size="sm" c="dimmed">
              Give both ends, or neither to decide later. A cohort needs its window before it can open.
            </Text>
            <Group grow align="flex-start">
              <TextInput type="date" label="Applications open on" {...form.getInputProps("opensDate")} error={fieldError("opensDate", "applicationsOpenAt")} />
              <TextInput type="time" label="Opening time" {...form.getInputProps("opensTime")} />
            </Group>
            <Group grow align="flex-start">
              <TextInput
                type="date"
                label="Applications close on"
                {...form.getInputProps("closesDate")}
                error={fieldError("closesDate", "applicationsCloseAt")}
              />
              <TextInput type="time" label="Closing time" {...form.getInputProps("closesTime")} />
            </Group>
          </Stack>
        </Fieldset>
        <Group grow align="flex-start">
          <TextInput type="date" label="First day" required {...form.getInputProps("startsOn")} error={fieldError("startsOn")} />
          <TextInput type="date" label="Last day" required {...form.getInputProps("endsOn")} error={fieldError("endsOn")} />
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
