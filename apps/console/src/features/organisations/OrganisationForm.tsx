import { ODS_CODE_RULE_TEXT, ORGANISATION_NAME_MAX_LENGTH } from "@ascent/domain";
import { Button, Group, Select, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { FormProblems } from "../../components/FormProblems";
import type { SaveOutcome } from "../../lib/serverUserErrors";
import { lengthHint, tooLongMessage } from "../../lib/lengthLimit";
import { useServerSave } from "../../lib/useServerSave";
import { ORGANISATION_FORM_FIELDS, type OrganisationFormValues } from "./organisationFormValues";
import { isNhsRegion, isOrganisationKind, nhsRegionOptions, organisationKindOptions } from "./organisationSelectOptions";
import { OrganisationSearchSelect } from "./OrganisationSearchSelect";

interface OrganisationFormProps {
  initialValues: OrganisationFormValues;
  /** The saved parent's name, shown before the user searches. */
  initialParent?: { id: string; name: string } | null;
  /** Set when editing, so the organisation cannot be chosen as its own parent. */
  organisationId?: string;
  submitLabel: string;
  onSave: (values: OrganisationFormValues) => Promise<SaveOutcome>;
}

/**
 * The fields of an organisation, shared by the create and edit pages. Only
 * "required" is checked here; every other rule (ODS code format and
 * uniqueness, name length) is the server's, and its userErrors are shown
 * beside the field they name. What the user typed is kept on any error.
 */
export function OrganisationForm({ initialValues, initialParent, organisationId, submitLabel, onSave }: OrganisationFormProps) {
  const form = useForm<OrganisationFormValues>({
    initialValues,
    validate: {
      name: (value) => (value.trim() ? tooLongMessage(value, ORGANISATION_NAME_MAX_LENGTH) : "Enter the organisation's name"),
      kind: (value) => (value ? null : "Choose what kind of organisation this is"),
    },
  });

  const { problems, saving, handleSubmit } = useServerSave(form, { roots: ORGANISATION_FORM_FIELDS, fallback: "The server did not save the organisation. Try again.", onSave });

  return (
    <form onSubmit={form.onSubmit(handleSubmit)} noValidate aria-label="Organisation details">
      <Stack maw={560} gap="md">
        <FormProblems title="The organisation was not saved" problems={problems} />
        <TextInput label="Name" required description={lengthHint(form.values.name, ORGANISATION_NAME_MAX_LENGTH)} {...form.getInputProps("name")} />
        <Select
          label="Kind"
          required
          placeholder="Choose a kind"
          data={organisationKindOptions}
          {...form.getInputProps("kind")}
          onChange={(value) => form.setFieldValue("kind", value && isOrganisationKind(value) ? value : null)}
        />
        <TextInput
          label="ODS code"
          description={`${ODS_CODE_RULE_TEXT} Leave it empty if the organisation has none.`}
          autoCapitalize="characters"
          spellCheck={false}
          {...form.getInputProps("odsCode")}
        />
        <Select
          label="NHS region"
          placeholder="None"
          clearable
          data={nhsRegionOptions}
          {...form.getInputProps("region")}
          onChange={(value) => form.setFieldValue("region", value && isNhsRegion(value) ? value : null)}
        />
        <OrganisationSearchSelect
          label="Parent organisation"
          description="The organisation this one belongs to, such as a trust's integrated care board. Type to search."
          initialChoice={initialParent}
          excludeIds={organisationId ? [organisationId] : undefined}
          value={form.values.parentId}
          onChange={(parentId) => form.setFieldValue("parentId", parentId)}
          error={form.errors.parentId}
        />
        <Group>
          <Button type="submit" loading={saving}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
