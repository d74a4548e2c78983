import type { OutcomeGroup } from "@ascent/client";
import { Table, Text } from "@mantine/core";
import { groupShortLabel } from "./outcomeText";

/** A person's group in an outcomes table, marked when the academy added them to the roster by hand. */
export function OutcomeGroupCell({ group, addedByHand }: { group: OutcomeGroup; addedByHand: boolean }) {
  return (
    <Table.Td>
      {groupShortLabel[group]}
      {addedByHand ? (
        <Text size="sm" c="dimmed">
          Added by hand
        </Text>
      ) : null}
    </Table.Td>
  );
}
