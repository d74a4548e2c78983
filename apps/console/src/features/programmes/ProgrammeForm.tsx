import { academyOptionsQuery, type AcademyOptionsQuery } from "@ascent/client";
import { PROGRAMME_SUMMARY_MAX_LENGTH, PROGRAMME_TITLE_MAX_LENGTH } from "@ascent/domain";
import { Button, Checkbox, Group, Paper, Stack, Text, Textarea, TextInput, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import type { ReactNode } from "react";
import { FormProblems } from "../../components/FormProblems";
import { OrderedListEditor } from "../../components/OrderedListEditor";
import { RemoteSearchSelect } from "../../components/RemoteSearchSelect";
import { EligibilityEditor } from "./EligibilityEditor";
import { ModuleListEditor } from "./ModuleListEditor";
import { deliveryModeOptions, isDeliveryMode } from "../../lib/domainOptions";
import { PROGRAMME_FORM_ROOTS, type ProgrammeFormValues, type ProgrammeListField } from "./programmeFormValues";
import { TrackFields } from "./TrackFields";
import type { SaveOutcome } from "../../lib/serverUserErrors";
import { lengthHint, tooLongMessage } from "../../lib/lengthLimit";
import { errorAt, errorsUnder } from "../../lib/userErrorPaths";
import { useServerSave } from "../../lib/useServerSave";

const academyOptions = (data: AcademyOptionsQuery) => data.organisations.edges.map(({ node }) => ({ value: node.id, label: node.name }));

const LISTS: { field: ProgrammeListField; legend: string; noun: string; description?: string }[] = [
  { field: "aims", legend: "Aims", noun: "aim" },
  { field: "learningOutcomes", legend: "Learning outcomes", noun: "learning outcome" },
  { field: "benefits", legend: "Benefits", noun: "benefit" },
  { field: "commitments", legend: "Participant commitments", noun: "commitment", description: "What participants commit to, e.g. attending every workshop." },
  { field: "targetRoles", legend: "Target roles", noun: "role", description: "Who the programme is aimed at, e.g. nurses, HR and OD professionals." },
];

interface ProgrammeFormProps {
  initialValues: ProgrammeFormValues;
  /** Set when editing: the academy is fixed, and its name words the eligibility preview. */
  academy?: { id: string; name: string };
  /** The create page also takes tracks; the editor manages them in their own section. */
  withTracks?: boolean;
  submitLabel: string;
  onSave: (values: ProgrammeFormValues) => Promise<SaveOutcome>;
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="lg" component="section" aria-label={title}>
      <Title order={2} size="h4" mb="md">
        {title}
      </Title>
      <Stack gap="md">{children}</Stack>
    </Paper>
  );
}

/**
 * Every field of a programme, shared by the create and edit pages. Only
 * "required" is checked here; the server's userErrors are shown beside the
 * field (or list item, or module) they name, keeping what the user typed.
 */
export function ProgrammeForm({ initialValues, academy, withTracks = false, submitLabel, onSave }: ProgrammeFormProps) {
  const form = useForm<ProgrammeFormValues>({
    initialValues,
    validate: {
      academyId: (value) => (academy || value ? null : "Choose the academy that runs the programme"),
      title: (value) => (value.trim() ? tooLongMessage(value, PROGRAMME_TITLE_MAX_LENGTH) : "Enter the programme's title"),
      summary: (value) => (value.trim() ? tooLongMessage(value, PROGRAMME_SUMMARY_MAX_LENGTH) : "Enter a short summary"),
      duration: (value) => (value.trim() ? null : 'Enter the duration, for example "12 months"'),
    },
  });
  const { problems, saving, serverErrors, handleSubmit } = useServerSave(form, {
    roots: PROGRAMME_FORM_ROOTS,
    fallback: "The server did not save the programme. Try again.",
    onSave,
    fieldsNote: "Some fields need attention; see the messages beside them.",
  });
  const { values } = form;
  const fieldError = (root: string) => form.errors[root] ?? errorAt(serverErrors, root);

  return (
    <form onSubmit={form.onSubmit(handleSubmit)} noValidate aria-label="Programme details">
      <Stack maw={880} gap="lg">
        <FormProblems title="The programme was not saved" problems={problems} />
        <Section title="Basics">
          {academy ? (
            <Text size="sm">
              Run by <strong>{academy.name}</strong>
            </Text>
          ) : (
            <RemoteSearchSelect
              label="Academy"
              required
              placeholder="Search academies"
              query={academyOptionsQuery}
              toOptions={academyOptions}
              value={values.academyId}
              onChange={(academyId) => form.setFieldValue("academyId", academyId)}
              error={fieldError("academyId")}
              nothingFound="No academy matches"
            />
          )}
          <TextInput
            label="Title"
            required
            description={lengthHint(values.title, PROGRAMME_TITLE_MAX_LENGTH)}
            {...form.getInputProps("title")}
            error={fieldError("title")}
          />
          <Textarea
            label="Summary"
            description={`One or two sentences for lists and the catalogue (${lengthHint(values.summary, PROGRAMME_SUMMARY_MAX_LENGTH)}).`}
            required
            autosize
            minRows={2}
            {...form.getInputProps("summary")}
            error={fieldError("summary")}
          />
          <Textarea
            label="Description"
            description="The full description. Leave a blank line between paragraphs."
            autosize
            minRows={5}
            {...form.getInputProps("description")}
            error={fieldError("description")}
          />
        </Section>

        <Section title="Aims, outcomes and benefits">
          {LISTS.map((list) => (
            <OrderedListEditor
              key={list.field}
              legend={list.legend}
              itemNoun={list.noun}
              description={list.description}
              items={values[list.field]}
              errors={errorsUnder(serverErrors, list.field)}
              onChange={(items) => form.setFieldValue(list.field, items)}
            />
          ))}
        </Section>

        <Section title="Delivery and duration">
          <Checkbox.Group
            label="Delivery modes"
            description="Needed before the programme can be published."
            value={values.deliveryModes}
            error={fieldError("deliveryModes")}
            onChange={(modes) => form.setFieldValue("deliveryModes", modes.filter(isDeliveryMode))}
          >
            <Group mt="xs">
              {deliveryModeOptions.map((option) => (
                <Checkbox key={option.value} value={option.value} label={option.label} />
              ))}
            </Group>
          </Checkbox.Group>
          <TextInput
            label="Duration"
            description='As people say it, e.g. "2 to 3 months" or "12 months".'
            required
            {...form.getInputProps("duration")}
            error={fieldError("duration")}
          />
        </Section>

        <Section title="Who can apply">
          <EligibilityEditor
            value={values.eligibility}
            academyName={academy?.name}
            error={errorAt(serverErrors, "eligibility")}
            onChange={(eligibility) => form.setFieldValue("eligibility", eligibility)}
          />
        </Section>

        <Section title="Shared modules">
          <Text size="sm" c="dimmed">
            Modules every cohort follows, whatever its track, in order. At least one module (here or in a track) is needed to publish.
          </Text>
          <ModuleListEditor
            label="Shared modules"
            modules={values.modules}
            errors={errorsUnder(serverErrors, "modules")}
            onChange={(modules) => form.setFieldValue("modules", modules)}
          />
        </Section>

        {withTracks ? (
          <Section title="Tracks">
            <Text size="sm" c="dimmed">
              Routes through the programme, for example by band, each with its own modules. Optional.
            </Text>
            {values.tracks.map((track, index) => (
              <Paper key={index} withBorder p="md" role="group" aria-label={`Track ${index + 1}`}>
                <Group justify="space-between" mb="xs">
                  <Text fw={600}>Track {index + 1}</Text>
                  <Button
                    variant="default"
                    size="xs"
                    onClick={() => form.setFieldValue("tracks", values.tracks.filter((_, i) => i !== index))}
                  >
                    Remove track {index + 1}
                  </Button>
                </Group>
                <TrackFields
                  label={`Track ${index + 1}`}
                  value={track}
                  errors={errorsUnder(serverErrors, `tracks.${index}`)}
                  onChange={(next) => form.setFieldValue("tracks", values.tracks.map((t, i) => (i === index ? next : t)))}
                />
              </Paper>
            ))}
            <Group>
              <Button
                variant="default"
                onClick={() => form.setFieldValue("tracks", [...values.tracks, { name: "", description: "", bands: [], modules: [] }])}
              >
                Add track
              </Button>
            </Group>
          </Section>
        ) : null}

        <Group>
          <Button type="submit" loading={saving}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
