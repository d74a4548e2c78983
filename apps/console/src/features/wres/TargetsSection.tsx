import { removeWresTargetMutation, setWresTargetMutation, type WresReportQuery } from "@ascent/client";
import { WresTargetGroup, wresTargetGroupLabels } from "@ascent/domain";
import { Alert, Button, Group, NumberInput, Progress, Select, Stack, Table, Text, Title, VisuallyHidden } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useMutation } from "urql";
import { Absent } from "../../components/Absent";
import { ScrollTable } from "../../components/ScrollTable";
import { problemSentence } from "../../lib/graphqlErrors";
import { formatNumber, valueText } from "./wresText";

type TargetProgress = NonNullable<WresReportQuery["wresReport"]>["targets"][number];

const groupOptions = Object.values(WresTargetGroup).map((group) => ({ value: group, label: wresTargetGroupLabels[group] }));

interface TargetsSectionProps {
  organisationId: string;
  targets: readonly TargetProgress[];
  /** Owners (and only they) may set and remove targets. */
  canEdit: boolean;
  onChanged: () => void;
}

/** Model Employer aspirations: the BME share aimed for in each group by a year, and how far this year's return is from it. */
export function TargetsSection({ organisationId, targets, canEdit, onChanged }: TargetsSectionProps) {
  const [, removeTarget] = useMutation(removeWresTargetMutation);
  const [problem, setProblem] = useState<string | null>(null);

  async function remove(progress: TargetProgress) {
    setProblem(null);
    const result = await removeTarget({ input: { id: progress.target.id } });
    if (result.error) setProblem(problemSentence(result.error));
    else if (result.data?.removeWresTarget.userErrors.length) setProblem(result.data.removeWresTarget.userErrors.map((e) => e.message).join(" "));
    else onChanged();
  }

  return (
    <Stack gap="md">
      {targets.length === 0 ? (
        <Text size="sm">No targets set for this organisation.</Text>
      ) : (
        <ScrollTable minWidth={760} verticalSpacing="sm" caption="Progress against Model Employer targets, from this year's return">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Group</Table.Th>
              <Table.Th scope="col">Target</Table.Th>
              <Table.Th scope="col">Actual BME share</Table.Th>
              <Table.Th scope="col">Progress</Table.Th>
              <Table.Th scope="col">Gap</Table.Th>
              {canEdit ? <Table.Th scope="col"><VisuallyHidden>Actions</VisuallyHidden></Table.Th> : null}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {targets.map((progress) => {
              const { target, actual } = progress;
              const label = wresTargetGroupLabels[target.group];
              const percent = actual.value !== null && !actual.suppressed && target.share > 0 ? Math.min(100, (actual.value / target.share) * 100) : null;
              return (
                <Table.Tr key={target.id}>
                  <Table.Th scope="row" fw={500}>
                    {label}
                  </Table.Th>
                  <Table.Td>
                    {formatNumber("REPRESENTATION", target.share)} by {target.year}
                  </Table.Td>
                  <Table.Td>{valueText(actual)} in {progress.year}</Table.Td>
                  <Table.Td miw={160}>
                    {percent === null ? (
                      <Absent spoken="not shown" />
                    ) : (
                      <Progress
                        value={percent}
                        color={progress.met ? "green.8" : "nhsBlue.6"}
                        aria-label={`${label}: ${Math.round(percent)}% of the way to the target`}
                        size="lg"
                      />
                    )}
                  </Table.Td>
                  <Table.Td>
                    {progress.met === null ? (
                      <Absent spoken="not shown" />
                    ) : progress.met ? (
                      "Met"
                    ) : (
                      `${formatNumber("DIFFERENCE", progress.gap ?? 0)} to go`
                    )}
                  </Table.Td>
                  {canEdit ? (
                    <Table.Td>
                      <Button variant="default" size="xs" onClick={() => void remove(progress)}>
                        Remove target: {label}, {target.year}
                      </Button>
                    </Table.Td>
                  ) : null}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </ScrollTable>
      )}
      {problem ? (
        <Alert color="red" role="alert" title="The target was not changed">
          {problem}
        </Alert>
      ) : null}
      {canEdit ? <SetTargetForm organisationId={organisationId} onSaved={onChanged} /> : null}
    </Stack>
  );
}

function SetTargetForm({ organisationId, onSaved }: { organisationId: string; onSaved: () => void }) {
  const [group, setGroup] = useState<WresTargetGroup>(WresTargetGroup.BAND_8A_AND_ABOVE);
  const [year, setYear] = useState<number | string>(new Date().getFullYear() + 3);
  const [share, setShare] = useState<number | string>(19);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [{ fetching }, setTarget] = useMutation(setWresTargetMutation);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setErrors({});
    setGeneral(null);
    const result = await setTarget({ input: { organisationId, group, year: Number(year), share: Number(share) / 100 } });
    if (result.error) {
      setGeneral(problemSentence(result.error));
      return;
    }
    const userErrors = result.data?.setWresTarget.userErrors ?? [];
    if (userErrors.length) {
      const byField: Record<string, string> = {};
      const rest: string[] = [];
      for (const error of userErrors) {
        const field = error.field?.[error.field.length - 1];
        if (field && ["group", "year", "share"].includes(field)) byField[field] = error.message;
        else rest.push(error.message);
      }
      setErrors(byField);
      if (rest.length) setGeneral(rest.join(" "));
      return;
    }
    onSaved();
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby="set-target-heading">
      <Title order={3} size="h5" id="set-target-heading" mb="xs">
        Set a target
      </Title>
      <Text size="sm" mb="sm">
        A target for the same group and year replaces the one there.
      </Text>
      {general ? (
        <Alert color="red" role="alert" mb="sm" title="The target was not saved">
          {general}
        </Alert>
      ) : null}
      <Group align="flex-start" wrap="wrap">
        <Select label="Group of staff" data={groupOptions} value={group} onChange={(value) => value && setGroup(value as WresTargetGroup)} allowDeselect={false} w={300} error={errors.group} />
        <NumberInput label="By data year" value={year} onChange={setYear} min={2016} max={2100} allowDecimal={false} w={140} error={errors.year} />
        <NumberInput label="Target BME share (%)" value={share} onChange={setShare} min={0} max={100} decimalScale={1} w={180} error={errors.share} />
        <Button type="submit" mt={25} loading={fetching}>
          Save target
        </Button>
      </Group>
    </form>
  );
}
