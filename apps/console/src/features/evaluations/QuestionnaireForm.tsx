import { createQuestionnaireMutation, type EvaluationPoint, type QuestionTemplateFieldsFragment } from "@ascent/client";
import { EVALUATION_LIMITS, evaluationPointLabels } from "@ascent/domain";
import { Button, Checkbox, Group, NumberInput, Paper, Select, Stack, Switch, Table, Text, Textarea, TextInput, Title } from "@mantine/core";
import { useState } from "react";
import { useMutation } from "urql";
import { FormProblems } from "../../components/FormProblems";
import { KirkpatrickBadge } from "./KirkpatrickBadge";
import { errorsByField, requestProblem } from "./fieldErrors";

interface Choice {
  included: boolean;
  required: boolean;
}

/** Builds a questionnaire for one point from the bank, in the bank's order. */
export function QuestionnaireForm({ programmeId, templates, onDone }: { programmeId: string; templates: QuestionTemplateFieldsFragment[]; onDone: (saved: boolean) => void }) {
  const [point, setPoint] = useState<EvaluationPoint>("POST_PROGRAMME");
  const [months, setMonths] = useState<number | string>(6);
  const [title, setTitle] = useState("");
  const [introduction, setIntroduction] = useState("");
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problems, setProblems] = useState<string[]>([]);
  const [{ fetching }, create] = useMutation(createQuestionnaireMutation);
  const chosen = templates.filter((template) => choices[template.id]?.included);
  const choose = (id: string, change: Partial<Choice>) => setChoices((all) => ({ ...all, [id]: { ...(all[id] ?? { included: false, required: true }), ...change } }));

  const save = async () => {
    const result = await create({
      input: {
        programmeId,
        point,
        followUpMonths: point === "FOLLOW_UP" ? (typeof months === "number" ? months : null) : null,
        title,
        introduction,
        questions: chosen.map((template) => ({ templateId: template.id, required: choices[template.id].required })),
      },
    });
    const payload = result.data?.createQuestionnaire;
    if (payload?.questionnaire) return onDone(true);
    const { byField, above } = errorsByField(payload?.userErrors ?? [], (path) => ["point", "followUpMonths", "title", "introduction", "questions"].includes(path) || path.startsWith("questions."));
    // A problem with the nth chosen question goes beside that question's row.
    const byTemplate: Record<string, string> = {};
    for (const [path, message] of Object.entries(byField)) {
      const index = /^questions\.(\d+)/.exec(path)?.[1];
      if (index !== undefined && chosen[Number(index)]) byTemplate[chosen[Number(index)].id] = message;
    }
    setErrors({ ...byField, ...byTemplate });
    setProblems([...requestProblem(result.error), ...above]);
  };

  return (
    <Paper withBorder p="md" component="form" onSubmit={(event) => (event.preventDefault(), void save())}>
      <Stack>
        <Title order={3} size="h4">
          New questionnaire
        </Title>
        <FormProblems title="The questionnaire wasn't saved" problems={problems} />
        <Group align="flex-start" wrap="wrap">
          <Select
            label="When"
            data={Object.entries(evaluationPointLabels).map(([value, label]) => ({ value, label }))}
            value={point}
            onChange={(value) => value && setPoint(value as EvaluationPoint)}
            allowDeselect={false}
            error={errors.point}
            miw={220}
          />
          {point === "FOLLOW_UP" ? (
            <NumberInput
              label="Months after the programme ends"
              value={months}
              onChange={setMonths}
              min={EVALUATION_LIMITS.followUpMonthsMin}
              max={EVALUATION_LIMITS.followUpMonthsMax}
              allowDecimal={false}
              clampBehavior="none"
              error={errors.followUpMonths}
              miw={220}
            />
          ) : null}
        </Group>
        <TextInput label="Title" description="Participants see it above the questions." value={title} onChange={(e) => setTitle(e.currentTarget.value)} error={errors.title} maxLength={EVALUATION_LIMITS.titleMaxLength} withAsterisk />
        <Textarea label="Introduction (optional)" value={introduction} onChange={(e) => setIntroduction(e.currentTarget.value)} error={errors.introduction} maxLength={EVALUATION_LIMITS.introductionMaxLength} autosize minRows={2} />
        <Stack gap={4}>
          <Text fw={600}>Questions</Text>
          <Text size="sm" c="dimmed">
            Choose from the bank; they are asked in this order.
          </Text>
          {errors.questions ? (
            <Text c="red.8" size="sm" role="alert">
              {errors.questions}
            </Text>
          ) : null}
        </Stack>
        <Table.ScrollContainer minWidth={0}>
          <Table verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Ask</Table.Th>
                <Table.Th>Question</Table.Th>
                <Table.Th>Must be answered</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {templates.map((template) => {
                const choice = choices[template.id];
                return (
                  <Table.Tr key={template.id}>
                    <Table.Td>
                      <Checkbox aria-label={`Ask: ${template.prompt}`} checked={Boolean(choice?.included)} onChange={(e) => choose(template.id, { included: e.currentTarget.checked })} />
                    </Table.Td>
                    <Table.Td>
                      <Stack gap={4}>
                        <Text>{template.prompt}</Text>
                        <Group gap="xs">
                          <KirkpatrickBadge level={template.level} />
                          <Text span size="sm" c="dimmed">
                            {template.kind === "LIKERT" ? "1 to 5" : "Free text"}
                          </Text>
                        </Group>
                        {errors[template.id] ? (
                          <Text c="red.8" size="sm">
                            {errors[template.id]}
                          </Text>
                        ) : null}
                      </Stack>
                    </Table.Td>
                    <Table.Td>
                      <Switch aria-label={`Must be answered: ${template.prompt}`} disabled={!choice?.included} checked={choice?.required ?? true} onChange={(e) => choose(template.id, { required: e.currentTarget.checked })} />
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <Group>
          <Button type="submit" loading={fetching}>
            Save questionnaire
          </Button>
          <Button variant="default" onClick={() => onDone(false)}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
