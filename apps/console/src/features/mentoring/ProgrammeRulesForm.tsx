import { setProgrammeMentoringRulesMutation } from "@ascent/client";
import { MENTORING_LIMITS } from "@ascent/domain";
import { Button, Checkbox, Group, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useMutation } from "urql";
import { FormProblems } from "../../components/FormProblems";
import type { SaveOutcome } from "../../lib/serverUserErrors";
import { useServerSave } from "../../lib/useServerSave";

interface RulesValues {
  requiredBeforeStart: boolean;
  /** As typed; empty for no minimum. */
  minimumMonths: string;
}

/** The programme's mentoring rules: the before-start gate and the minimum length. */
export function ProgrammeRulesForm({ programmeId, rules, onSaved }: { programmeId: string; rules: { requiredBeforeStart: boolean; minimumMonths: number | null }; onSaved: () => void }) {
  const [, setRules] = useMutation(setProgrammeMentoringRulesMutation);
  const form = useForm<RulesValues>({ initialValues: { requiredBeforeStart: rules.requiredBeforeStart, minimumMonths: rules.minimumMonths?.toString() ?? "" } });
  const { problems, saving, handleSubmit } = useServerSave(form, { roots: ["requiredBeforeStart", "minimumMonths"], fallback: "The server did not save them. Try again.", onSave });

  async function onSave(values: RulesValues): Promise<SaveOutcome> {
    // Sent as typed: the server refuses what isn't a whole number in range rather than this form rounding it.
    const minimumMonths = values.minimumMonths.trim() === "" ? null : Number(values.minimumMonths);
    const result = await setRules({ input: { programmeId, requiredBeforeStart: values.requiredBeforeStart, minimumMonths } });
    const payload = result.data?.setProgrammeMentoringRules;
    if (result.error || !payload) return { saved: false, error: result.error };
    if (!payload.rules) return { saved: false, userErrors: payload.userErrors };
    notifications.show({ color: "green", title: "Mentoring rules saved", message: "They apply to every cohort of the programme." });
    onSaved();
    return { saved: true };
  }

  return (
    <form onSubmit={form.onSubmit(handleSubmit)} noValidate aria-label="Programme mentoring rules">
      <Stack gap="sm">
        <FormProblems title="The rules were not saved" problems={problems} />
        <Checkbox label="A mentor or coach must be in place before the start" {...form.getInputProps("requiredBeforeStart", { type: "checkbox" })} />
        <Group align="flex-end" gap="sm">
          <TextInput
            label="Minimum length in months"
            description={`${MENTORING_LIMITS.minimumMonthsMin} to ${MENTORING_LIMITS.minimumMonthsMax}; empty for none`}
            inputMode="numeric"
            w={220}
            {...form.getInputProps("minimumMonths")}
          />
          <Button type="submit" variant="default" loading={saving}>
            Save rules
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
