import { setProgrammeImpactBaselineMutation, type ProgrammeImpactQuery } from "@ascent/client";
import { Button, Group, NumberInput, Paper, Stack, Text, TextInput, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useMutation } from "urql";
import { FormProblems } from "../../components/FormProblems";
import { useServerSave } from "../../lib/useServerSave";

type Impact = NonNullable<ProgrammeImpactQuery["programmeImpact"]>;

interface BaselineValues {
  annualRatePercent: number | string;
  source: string;
}

/** The academy's baseline: shown to every reader, set by the programme's own academy. */
export function BaselineSection({ impact, onSaved }: { impact: Impact; onSaved: () => void }) {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="baseline-heading">
      <Stack gap="sm">
        <Title order={2} size="h3" id="baseline-heading">
          Baseline
        </Title>
        {impact.baseline ? (
          <Text>
            {impact.baseline.annualRatePercent}% of comparable staff promoted in a year. Source: {impact.baseline.source}
          </Text>
        ) : (
          <Text>No baseline entered. An academy can enter the share of comparable staff (for example its trusts' Black, Asian and minority ethnic staff at the same bands) promoted in a year.</Text>
        )}
        {impact.disclosure === "RAW" ? <BaselineForm impact={impact} onSaved={onSaved} /> : null}
      </Stack>
    </Paper>
  );
}

function BaselineForm({ impact, onSaved }: { impact: Impact; onSaved: () => void }) {
  const [, setBaseline] = useMutation(setProgrammeImpactBaselineMutation);
  const form = useForm<BaselineValues>({ initialValues: { annualRatePercent: impact.baseline?.annualRatePercent ?? "", source: impact.baseline?.source ?? "" } });
  const { problems, saving, handleSubmit } = useServerSave(form, {
    roots: ["annualRatePercent", "source"],
    fallback: "The baseline was not saved. Try again.",
    onSave: async (values) => {
      const rate = values.annualRatePercent === "" ? null : Number(values.annualRatePercent);
      const result = await setBaseline({ input: { programmeId: impact.programme.id, annualRatePercent: rate, source: values.source } });
      const payload = result.data?.setProgrammeImpactBaseline;
      if (result.error || !payload) return { saved: false, error: result.error };
      if (payload.userErrors.length > 0) return { saved: false, userErrors: payload.userErrors };
      notifications.show({ color: "green", title: rate === null ? "Baseline removed" : "Baseline saved", message: "The impact figures now use it." });
      onSaved();
      return { saved: true };
    },
  });
  return (
    <form onSubmit={form.onSubmit(handleSubmit)} noValidate aria-label="Baseline">
      <Stack gap="sm" maw={560}>
        <FormProblems title="The baseline was not saved" problems={problems} />
        <Text size="sm">Each horizon's baseline assumes the same chance every month: over 24 months a 10% annual rate becomes 19%. Leave the rate empty to remove it.</Text>
        <Group align="flex-start" wrap="wrap">
          <NumberInput label="Promoted in a year (%)" min={0} max={100} decimalScale={2} w={200} {...form.getInputProps("annualRatePercent")} />
          <TextInput label="Source" description="Where the figure comes from" style={{ flex: 1, minWidth: 220 }} {...form.getInputProps("source")} />
        </Group>
        <Group>
          <Button type="submit" loading={saving} variant="default">
            Save baseline
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
