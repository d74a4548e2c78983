import {
  describeEligibility,
  EthnicityCriterion,
  medicalGradeLabels,
  type EligibilityRules,
  type MedicalGrade,
} from "@ascent/domain";
import { Checkbox, Fieldset, List, MultiSelect, Paper, Radio, Stack, Text } from "@mantine/core";
import {
  bandOptions,
  ethnicityOptions,
  isAfcBand,
  isRequirement,
  isStaffGroup,
  requirementOptions,
  staffGroupOptions,
} from "../../lib/domainOptions";

const medicalGradeOptions = (Object.keys(medicalGradeLabels) as MedicalGrade[]).map((value) => ({ value, label: medicalGradeLabels[value] }));
const isMedicalGrade = (value: string): value is MedicalGrade => Object.hasOwn(medicalGradeLabels, value);

interface EligibilityEditorProps {
  value: EligibilityRules;
  onChange: (rules: EligibilityRules) => void;
  /** The owning academy, so the preview reads "a member organisation of HPMA London Academy". */
  academyName?: string;
  /** A server problem with the rules as a whole. */
  error?: string;
}

/** Who a programme is for, edited as choices and read back as the sentences the catalogue will show. */
export function EligibilityEditor({ value, onChange, academyName, error }: EligibilityEditorProps) {
  const set = (patch: Partial<EligibilityRules>) => onChange({ ...value, ...patch });
  const sentences = describeEligibility(value, { academyName });

  return (
    <Stack gap="md">
      {error ? (
        <Text size="sm" c="red.9" role="alert">
          {error}
        </Text>
      ) : null}
      <MultiSelect
        label="Agenda for Change bands"
        description="Leave empty if the programme is open to any band."
        placeholder={value.bands?.length ? undefined : "Any band"}
        data={bandOptions}
        value={value.bands ?? []}
        onChange={(bands) => set({ bands: bands.filter(isAfcBand) })}
        clearable
      />
      <MultiSelect
        label="Medical and dental grades"
        description="Staff not on Agenda for Change. With bands, an applicant needs a band or a grade listed."
        placeholder={value.medicalGrades?.length ? undefined : "None"}
        data={medicalGradeOptions}
        value={value.medicalGrades ?? []}
        onChange={(grades) => set({ medicalGrades: grades.filter(isMedicalGrade) })}
        clearable
      />
      <MultiSelect
        label="Staff groups"
        description="Leave empty if the programme is open to every staff group."
        placeholder={value.staffGroups?.length ? undefined : "Any staff group"}
        data={staffGroupOptions}
        value={value.staffGroups ?? []}
        onChange={(groups) => set({ staffGroups: groups.filter(isStaffGroup) })}
        clearable
      />
      <Radio.Group
        label="Ethnicity"
        value={value.ethnicity ?? EthnicityCriterion.OPEN_TO_ALL}
        onChange={(ethnicity) =>
          set({ ethnicity: ethnicity === EthnicityCriterion.POSITIVE_ACTION_BME ? EthnicityCriterion.POSITIVE_ACTION_BME : EthnicityCriterion.OPEN_TO_ALL })
        }
      >
        <Stack gap="xs" mt="xs">
          {ethnicityOptions.map((option) => (
            <Radio key={option.value} value={option.value} label={option.label} />
          ))}
        </Stack>
      </Radio.Group>
      <Checkbox
        label="Only for staff of the academy's member organisations"
        checked={value.memberOrganisationsOnly === true}
        onChange={(event) => set({ memberOrganisationsOnly: event.currentTarget.checked })}
      />
      <Checkbox.Group
        label="Applicants need"
        value={value.requirements ?? []}
        onChange={(requirements) => set({ requirements: requirements.filter(isRequirement) })}
      >
        <Stack gap="xs" mt="xs">
          {requirementOptions.map((option) => (
            <Checkbox key={option.value} value={option.value} label={option.label} />
          ))}
        </Stack>
      </Checkbox.Group>
      <Paper withBorder p="md" bg="gray.0">
        <Fieldset variant="unstyled" legend="Reads as:" aria-live="polite">
          <List size="sm" spacing={4} data-testid="eligibility-preview">
            {sentences.map((sentence) => (
              <List.Item key={sentence}>{sentence}</List.Item>
            ))}
          </List>
        </Fieldset>
      </Paper>
    </Stack>
  );
}
