import { programmeCompletionRuleQuery, setProgrammeCompletionRuleMutation } from "@ascent/client";
import { Button, Checkbox, Group, Paper, Stack, Text, TextInput, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useMutation, useQuery } from "urql";
import { FormProblems } from "../../components/FormProblems";
import type { SaveOutcome } from "../../lib/serverUserErrors";
import { useServerSave } from "../../lib/useServerSave";

interface RuleValues {
  /** As typed; empty for none. */
  minimumAttendancePercent: string;
  mentorOrCoachRequired: boolean;
  postProgrammeEvaluationRequired: boolean;
}

/** On the programme page, for its academy's staff: what a participant needs before they are marked completed. */
export function CompletionRuleSection({ programmeId }: { programmeId: string }) {
  const [{ data }] = useQuery({ query: programmeCompletionRuleQuery, variables: { id: programmeId } });
  const rule = data?.programme?.completionRule;
  if (!rule) return null;
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="completion-rule-heading" maw={880}>
      <Title order={2} size="h4" id="completion-rule-heading" mb="xs">
        Completion rule
      </Title>
      <Text size="sm" mb="sm">
        What a participant needs before staff can mark them completed. The cohort roster shows each person against it, with the reasons.
      </Text>
      <CompletionRuleForm key={JSON.stringify(rule)} programmeId={programmeId} rule={rule} />
    </Paper>
  );
}

function CompletionRuleForm({ programmeId, rule }: { programmeId: string; rule: { minimumAttendancePercent: number | null; mentorOrCoachRequired: boolean; postProgrammeEvaluationRequired: boolean } }) {
  const [, setRule] = useMutation(setProgrammeCompletionRuleMutation);
  const form = useForm<RuleValues>({
    initialValues: { minimumAttendancePercent: rule.minimumAttendancePercent?.toString() ?? "", mentorOrCoachRequired: rule.mentorOrCoachRequired, postProgrammeEvaluationRequired: rule.postProgrammeEvaluationRequired },
  });
  const { problems, saving, handleSubmit } = useServerSave(form, { roots: ["minimumAttendancePercent", "mentorOrCoachRequired", "postProgrammeEvaluationRequired"], fallback: "The server did not save it. Try again.", onSave });

  async function onSave(values: RuleValues): Promise<SaveOutcome> {
    // Sent as typed: the server refuses what isn't a whole percentage rather than this form rounding it.
    const minimumAttendancePercent = values.minimumAttendancePercent.trim() === "" ? null : Number(values.minimumAttendancePercent);
    const result = await setRule({ input: { programmeId, minimumAttendancePercent, mentorOrCoachRequired: values.mentorOrCoachRequired, postProgrammeEvaluationRequired: values.postProgrammeEvaluationRequired } });
    const payload = result.data?.setProgrammeCompletionRule;
    if (result.error || !payload) return { saved: false, error: result.error };
    if (!payload.rule) return { saved: false, userErrors: payload.userErrors };
    notifications.show({ color: "green", title: "Completion rule saved", message: "It applies to every cohort of the programme." });
    return { saved: true };
  }

  return (
    <form onSubmit={form.onSubmit(handleSubmit)} noValidate aria-label="Completion rule">
      <Stack gap="sm">
        <FormProblems title="The rule was not saved" problems={problems} />
        <TextInput
          label="Least share of sessions attended, in %"
          description="0 to 100; present or late counts, excused sessions count neither way; empty for none"
          inputMode="numeric"
          maw={360}
          {...form.getInputProps("minimumAttendancePercent")}
        />
        <Checkbox label="A mentor or coach in place" {...form.getInputProps("mentorOrCoachRequired", { type: "checkbox" })} />
        <Checkbox label="The post-programme evaluation returned" {...form.getInputProps("postProgrammeEvaluationRequired", { type: "checkbox" })} />
        <Group>
          <Button type="submit" variant="default" loading={saving}>
            Save the completion rule
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
