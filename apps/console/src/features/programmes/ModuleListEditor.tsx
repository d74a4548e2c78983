import { MAX_MODULE_LENGTH_DAYS, UNSCHEDULED_MODULE_KINDS, type DeliveryMode, type ModuleKind } from "@ascent/domain";
import { ActionIcon, Button, Group, NumberInput, Paper, Select, Stack, Text, TextInput } from "@mantine/core";
import { deliveryModeOptions, isDeliveryMode, isModuleKind, moduleKindOptions } from "../../lib/domainOptions";

export interface ModuleFormValue {
  title: string;
  kind: ModuleKind;
  lengthDays: number;
  deliveryMode: DeliveryMode | null;
  description: string;
}

export const newModule = (): ModuleFormValue => ({ title: "", kind: "WORKSHOP" as ModuleKind, lengthDays: 1, deliveryMode: null, description: "" });

interface ModuleListEditorProps {
  /** Names the list for screen readers, e.g. "Shared modules" or "Band 7 modules". */
  label: string;
  modules: readonly ModuleFormValue[];
  onChange: (modules: ModuleFormValue[]) => void;
  /** Server problems keyed "0.title", "2.lengthDays", or "" for the list. */
  errors?: Readonly<Record<string, string>>;
}

/** A curriculum: module templates in order, each with its kind and length in days. */
export function ModuleListEditor({ label, modules, onChange, errors = {} }: ModuleListEditorProps) {
  const update = (index: number, patch: Partial<ModuleFormValue>) =>
    onChange(modules.map((module, i) => (i === index ? { ...module, ...patch } : module)));
  const move = (from: number, to: number) => {
    const next = [...modules];
    const [module] = next.splice(from, 1);
    if (module) next.splice(to, 0, module);
    onChange(next);
  };

  return (
    <Stack gap="sm" role="group" aria-label={label}>
      {errors[""] ? (
        <Text size="sm" c="red.9" role="alert">
          {errors[""]}
        </Text>
      ) : null}
      {modules.length === 0 ? (
        <Text size="sm" c="dimmed">
          No modules yet.
        </Text>
      ) : null}
      {modules.map((module, index) => {
        const name = `Module ${index + 1}`;
        const unscheduledAllowed = UNSCHEDULED_MODULE_KINDS.includes(module.kind);
        return (
          <Paper key={index} withBorder p="sm" role="group" aria-label={`${label}: ${name}`}>
            <Group justify="space-between" mb="xs">
              <Text fw={600} size="sm">
                {name}
              </Text>
              <Group gap={4}>
                <ActionIcon variant="default" aria-label={`Move ${name.toLowerCase()} up`} disabled={index === 0} onClick={() => move(index, index - 1)}>
                  <span aria-hidden="true">↑</span>
                </ActionIcon>
                <ActionIcon
                  variant="default"
                  aria-label={`Move ${name.toLowerCase()} down`}
                  disabled={index === modules.length - 1}
                  onClick={() => move(index, index + 1)}
                >
                  <span aria-hidden="true">↓</span>
                </ActionIcon>
                <ActionIcon variant="default" aria-label={`Remove ${name.toLowerCase()}`} onClick={() => onChange(modules.filter((_, i) => i !== index))}>
                  <span aria-hidden="true">×</span>
                </ActionIcon>
              </Group>
            </Group>
            <Group align="flex-start" gap="sm" grow>
              <TextInput
                label="Module title"
                required
                value={module.title}
                error={errors[`${index}.title`]}
                onChange={(event) => update(index, { title: event.currentTarget.value })}
                miw={220}
              />
              <Select
                label="Kind"
                data={moduleKindOptions}
                value={module.kind}
                allowDeselect={false}
                error={errors[`${index}.kind`]}
                onChange={(kind) => kind && isModuleKind(kind) && update(index, { kind })}
                miw={180}
              />
              <NumberInput
                label="Length in days"
                min={unscheduledAllowed ? 0 : 1}
                max={MAX_MODULE_LENGTH_DAYS}
                allowDecimal={false}
                value={module.lengthDays}
                description={unscheduledAllowed ? "0 for no scheduled sessions" : undefined}
                error={errors[`${index}.lengthDays`]}
                onChange={(days) => update(index, { lengthDays: typeof days === "number" ? days : Number.parseInt(days, 10) || 0 })}
                miw={120}
              />
              <Select
                label="Delivery"
                placeholder="Not set"
                clearable
                data={deliveryModeOptions}
                value={module.deliveryMode}
                onChange={(mode) => update(index, { deliveryMode: mode && isDeliveryMode(mode) ? mode : null })}
                miw={160}
              />
            </Group>
          </Paper>
        );
      })}
      <Group>
        <Button variant="default" size="xs" onClick={() => onChange([...modules, newModule()])}>
          Add module
        </Button>
      </Group>
    </Stack>
  );
}
