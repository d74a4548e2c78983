import { createQuestionTemplateMutation, type EvaluationQuestionKind, type KirkpatrickLevel, type SelfRatingMeasure } from "@ascent/client";
import { EVALUATION_LIMITS, kirkpatrickLabels, selfRatingLabels } from "@ascent/domain";
import { Button, Group, Paper, Radio, Select, Stack, TextInput, Title } from "@mantine/core";
import { useState } from "react";
import { useMutation } from "urql";
import { FormProblems } from "../../components/FormProblems";
import { errorsByField, requestProblem } from "./fieldErrors";

const FIELDS = ["prompt", "lowLabel", "highLabel", "level", "measure", "academyId"];

/** Adds a question to the academy's bank: a 1-5 scale with labelled ends, or free text. */
export function QuestionTemplateForm({ academyId, onDone }: { academyId: string; onDone: (saved: boolean) => void }) {
  const [kind, setKind] = useState<EvaluationQuestionKind>("LIKERT");
  const [prompt, setPrompt] = useState("");
  const [lowLabel, setLowLabel] = useState("");
  const [highLabel, setHighLabel] = useState("");
  const [level, setLevel] = useState<KirkpatrickLevel>("REACTION");
  const [measure, setMeasure] = useState<SelfRatingMeasure | "">("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problems, setProblems] = useState<string[]>([]);
  const [{ fetching }, create] = useMutation(createQuestionTemplateMutation);
  const likert = kind === "LIKERT";

  const save = async () => {
    const result = await create({
      input: { academyId, kind, prompt, lowLabel: likert ? lowLabel : null, highLabel: likert ? highLabel : null, level, measure: likert && measure ? measure : null },
    });
    const payload = result.data?.createQuestionTemplate;
    if (payload?.template) return onDone(true);
    const { byField, above } = errorsByField(payload?.userErrors ?? [], (path) => FIELDS.includes(path));
    setErrors(byField);
    setProblems([...requestProblem(result.error), ...above]);
  };

  return (
    <Paper withBorder p="md" component="form" onSubmit={(event) => (event.preventDefault(), void save())}>
      <Stack>
        <Title order={3} size="h4">
          New question
        </Title>
        <FormProblems title="The question wasn't added" problems={problems} />
        <Radio.Group label="How it is answered" value={kind} onChange={(value) => setKind(value as EvaluationQuestionKind)}>
          <Group mt="xs">
            <Radio value="LIKERT" label="A scale from 1 to 5" />
            <Radio value="FREE_TEXT" label="In their own words" />
          </Group>
        </Radio.Group>
        <TextInput label="Question" value={prompt} onChange={(e) => setPrompt(e.currentTarget.value)} error={errors.prompt} maxLength={EVALUATION_LIMITS.promptMaxLength} withAsterisk />
        {likert ? (
          <Group grow align="flex-start" wrap="wrap">
            <TextInput label="What 1 means" placeholder="Not at all confident" value={lowLabel} onChange={(e) => setLowLabel(e.currentTarget.value)} error={errors.lowLabel} maxLength={EVALUATION_LIMITS.scaleLabelMaxLength} withAsterisk miw={200} />
            <TextInput label="What 5 means" placeholder="Very confident" value={highLabel} onChange={(e) => setHighLabel(e.currentTarget.value)} error={errors.highLabel} maxLength={EVALUATION_LIMITS.scaleLabelMaxLength} withAsterisk miw={200} />
          </Group>
        ) : null}
        <Select
          label="Kirkpatrick level"
          description="What the answer evidences: how they found it (reaction), what they learnt (learning), what they now do differently (behaviour)."
          data={Object.entries(kirkpatrickLabels).map(([value, label]) => ({ value, label }))}
          value={level}
          onChange={(value) => value && setLevel(value as KirkpatrickLevel)}
          allowDeselect={false}
          error={errors.level}
        />
        {likert ? (
          <Select
            label="Compared before and after"
            description="Ask it in both the before and the after questionnaires: results show the change on the same people, with its 95% interval."
            data={[{ value: "", label: "No" }, ...Object.entries(selfRatingLabels).map(([value, label]) => ({ value, label: `${label} self-rating` }))]}
            value={measure}
            onChange={(value) => setMeasure((value ?? "") as SelfRatingMeasure | "")}
            allowDeselect={false}
            error={errors.measure}
          />
        ) : null}
        <Group>
          <Button type="submit" loading={fetching}>
            Add to the bank
          </Button>
          <Button variant="default" onClick={() => onDone(false)}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
