import { Button, Group } from "@mantine/core";
import { useState, type ReactNode } from "react";

interface ChartOrTableProps {
  /** What is shown, named on the toggle: "Show <name> as table". */
  name: string;
  chart: ReactNode;
  table: ReactNode;
  /** Start with the table. */
  initiallyTable?: boolean;
}

/** A chart with its table alternative, one at a time; the toggle says which it will show. */
export function ChartOrTable({ name, chart, table, initiallyTable = false }: ChartOrTableProps) {
  const [asTable, setAsTable] = useState(initiallyTable);
  return (
    <>
      <Group justify="flex-end" mb="xs">
        <Button variant="default" size="xs" onClick={() => setAsTable((value) => !value)}>
          {asTable ? `Show ${name} as chart` : `Show ${name} as table`}
        </Button>
      </Group>
      {asTable ? table : chart}
    </>
  );
}
