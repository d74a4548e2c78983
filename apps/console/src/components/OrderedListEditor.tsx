import { ActionIcon, Button, Fieldset, Group, Stack, Text, Textarea } from "@mantine/core";
import { useId } from "react";

interface OrderedListEditorProps {
  /** The list's name, e.g. "Aims"; also the group's accessible name. */
  legend: string;
  /** What one item is called, for button and field labels: "aim", "learning outcome". */
  itemNoun: string;
  description?: string;
  items: readonly string[];
  onChange: (items: string[]) => void;
  /** Server problems keyed by item index ("0", "3"), or for the whole list (""). */
  errors?: Readonly<Record<string, string>>;
}

/**
 * An ordered list of short text items (aims, outcomes, benefits) that can be
 * added to, removed from and reordered with buttons, so it works by keyboard
 * and screen reader without drag and drop.
 */
export function OrderedListEditor({ legend, itemNoun, description, items, onChange, errors = {} }: OrderedListEditorProps) {
  const idPrefix = useId();
  const move = (from: number, to: number) => {
    const next = [...items];
    const [item] = next.splice(from, 1);
    next.splice(to, 0, item ?? "");
    onChange(next);
  };

  return (
    <Fieldset legend={legend} variant="unstyled">
      <Stack gap="xs">
        {description ? (
          <Text size="sm" c="dimmed">
            {description}
          </Text>
        ) : null}
        {errors[""] ? (
          <Text size="sm" c="red.9" role="alert">
            {errors[""]}
          </Text>
        ) : null}
        {items.length === 0 ? (
          <Text size="sm" c="dimmed">
            No {itemNoun}s yet.
          </Text>
        ) : (
          <Stack gap="xs" component="ol" style={{ listStyle: "none", paddingLeft: 0, margin: 0 }}>
            {items.map((item, index) => {
              const label = `${itemNoun[0]?.toUpperCase()}${itemNoun.slice(1)} ${index + 1}`;
              return (
                <Group key={`${idPrefix}-${index}`} component="li" gap="xs" align="flex-start" wrap="nowrap">
                  {/* Aims and outcomes are sentences: they wrap where they can be read whole, not scroll inside one line. */}
                  <Textarea
                    autosize
                    minRows={1}
                    label={label}
                    style={{ flex: 1 }}
                    value={item}
                    error={errors[String(index)]}
                    onChange={(event) => {
                      const next = [...items];
                      next[index] = event.currentTarget.value;
                      onChange(next);
                    }}
                  />
                  <Group gap={4} mt={26} wrap="nowrap">
                    <ActionIcon
                      variant="default"
                      size="lg"
                      aria-label={`Move ${label.toLowerCase()} up`}
                      disabled={index === 0}
                      onClick={() => move(index, index - 1)}
                    >
                      <span aria-hidden="true">↑</span>
                    </ActionIcon>
                    <ActionIcon
                      variant="default"
                      size="lg"
                      aria-label={`Move ${label.toLowerCase()} down`}
                      disabled={index === items.length - 1}
                      onClick={() => move(index, index + 1)}
                    >
                      <span aria-hidden="true">↓</span>
                    </ActionIcon>
                    <ActionIcon
                      variant="default"
                      size="lg"
                      aria-label={`Remove ${label.toLowerCase()}`}
                      onClick={() => onChange(items.filter((_, i) => i !== index))}
                    >
                      <span aria-hidden="true">×</span>
                    </ActionIcon>
                  </Group>
                </Group>
              );
            })}
          </Stack>
        )}
        <Group>
          <Button variant="default" size="xs" onClick={() => onChange([...items, ""])}>
            Add {itemNoun}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
