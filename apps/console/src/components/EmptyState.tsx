import { EmptyState as MantineEmptyState } from "@mantine/core";
import type { ReactNode } from "react";

interface EmptyStateProps {
  title: string;
  description: ReactNode;
  /** The next useful step, e.g. a "New organisation" button or "Clear filters". */
  action?: ReactNode;
}

/** Says plainly that there is nothing to show, and why, rather than an empty table. */
export function EmptyState({ title, description, action }: EmptyStateProps) {
  return (
    <MantineEmptyState my="xl" title={title} description={description}>
      {action ? <MantineEmptyState.Actions>{action}</MantineEmptyState.Actions> : null}
    </MantineEmptyState>
  );
}
