import { programmeSelectionCriteriaQuery, updateSelectionCriteriaMutation } from "@ascent/client";
import { MAX_SCORE } from "@ascent/domain";
import { ActionIcon, Button, Group, NumberInput, Paper, Stack, Text, TextInput, Textarea, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useMutation, useQuery } from "urql";
import { FormProblems } from "../../components/FormProblems";
import { problemSentence } from "../../lib/graphqlErrors";

interface CriterionDraft {
  key: string;
  title: string;
  description: string;
  maxScore: number | "";
}

/** A key from the title, for new criteria: "Ambition to lead" becomes "ambition-to-lead". */
const keyFrom = (title: string, taken: readonly string[]) => {
  const base = (title.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^[^a-z]+|-+$/g, "") || "criterion").slice(0, 30);
  let key = base;
  for (let n = 2; taken.includes(key); n += 1) key = `${base}-${n}`;
  return key;
};

/**
 * On a programme's page: what a selection panel scores applications
 * against. Each criterion has a title and a top score; reviewers score each
 * from 0 to it, and the mean of their totals ranks the panel.
 */
export function SelectionCriteriaSection({ programmeId }: { programmeId: string }) {
  const [{ data }] = useQuery({ query: programmeSelectionCriteriaQuery, variables: { id: programmeId } });
  const criteria = data?.programme?.selectionCriteria;
  const [editing, setEditing] = useState<CriterionDraft[] | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problems, setProblems] = useState<string[]>([]);
  const [{ fetching }, update] = useMutation(updateSelectionCriteriaMutation);
  if (!criteria) return null;

  const start = () => {
    setErrors({});
    setProblems([]);
    setEditing(criteria.map((c) => ({ key: c.key, title: c.title, description: c.description ?? "", maxScore: c.maxScore })));
  };
  const change = (index: number, patch: Partial<CriterionDraft>) => setEditing((current) => (current ?? []).map((c, i) => (i === index ? { ...c, ...patch } : c)));

  async function save(drafts: CriterionDraft[]) {
    setErrors({});
    setProblems([]);
    const selectionCriteria = drafts.map((d, index) => ({
      key: d.key || keyFrom(d.title, drafts.filter((_, i) => i !== index).map((o) => o.key)),
      title: d.title,
      description: d.description.trim() || null,
      maxScore: d.maxScore === "" ? 0 : d.maxScore,
    }));
    const result = await update({ input: { programmeId, selectionCriteria } });
    const payload = result.data?.updateApplicationForm;
    if (result.error || !payload) {
      setProblems([result.error ? problemSentence(result.error) : "The criteria were not saved."]);
      return;
    }
    if (!payload.programme) {
      const byField: Record<string, string> = {};
      const above: string[] = [];
      for (const problem of payload.userErrors) {
        const [root, index, field] = problem.field ?? [];
        if (root === "selectionCriteria" && index !== undefined && field) byField[`${index}.${field === "key" ? "title" : field}`] = problem.message;
        else above.push(problem.message);
      }
      setErrors(byField);
      setProblems(above);
      return;
    }
    setEditing(null);
    notifications.show({ color: "green", title: "Selection criteria saved", message: `${payload.programme.selectionCriteria.length} criteria.` });
  }

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="criteria-heading" maw={880}>
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id="criteria-heading">
          Selection criteria
        </Title>
        {editing ? null : (
          <Button variant="default" onClick={start}>
            Edit criteria
          </Button>
        )}
      </Group>
      <Text size="sm" mb="sm">
        For cohorts that select by panel: reviewers score each application on every criterion, from 0 to its top score; the mean of their totals ranks the shortlist and the waiting list.
      </Text>
      {editing ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void save(editing);
          }}
        >
          <Stack gap="md">
            <FormProblems title="The criteria were not saved" problems={problems} />
            {editing.map((criterion, index) => (
              <Paper key={index} withBorder p="sm">
                <Stack gap="xs">
                  <Group align="flex-end" wrap="wrap">
                    <TextInput label={`Criterion ${index + 1}`} value={criterion.title} onChange={(e) => change(index, { title: e.currentTarget.value })} error={errors[`${index}.title`]} required style={{ flex: "1 1 260px" }} maxLength={500} />
                    <NumberInput
                      label="Top score"
                      value={criterion.maxScore}
                      onChange={(value) => change(index, { maxScore: typeof value === "number" ? value : value === "" ? "" : Number(value) })}
                      min={1}
                      max={MAX_SCORE}
                      allowDecimal={false}
                      error={errors[`${index}.maxScore`]}
                      w={120}
                    />
                    <ActionIcon variant="default" size="lg" aria-label={`Remove criterion ${index + 1}`} onClick={() => setEditing(editing.filter((_, i) => i !== index))}>
                      ×
                    </ActionIcon>
                  </Group>
                  <Textarea label="What reviewers look for (optional)" value={criterion.description} onChange={(e) => change(index, { description: e.currentTarget.value })} autosize minRows={1} maxLength={500} />
                </Stack>
              </Paper>
            ))}
            <Group>
              <Button variant="default" onClick={() => setEditing([...editing, { key: "", title: "", description: "", maxScore: 5 }])}>
                Add a criterion
              </Button>
            </Group>
            <Group>
              <Button type="submit" loading={fetching}>
                Save criteria
              </Button>
              <Button variant="subtle" onClick={() => setEditing(null)}>
                Cancel
              </Button>
            </Group>
          </Stack>
        </form>
      ) : criteria.length === 0 ? (
        <Text size="sm">No criteria yet. Cohorts of this programme that select by panel need them before anyone can score.</Text>
      ) : (
        <Stack gap="xs" component="ol" m={0} pl="md">
          {criteria.map((c) => (
            <li key={c.key}>
              <Text fw={600} size="sm">
                {c.title} <Text span size="sm" fw={400}>(0 to {c.maxScore})</Text>
              </Text>
              {c.description ? <Text size="sm">{c.description}</Text> : null}
            </li>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
