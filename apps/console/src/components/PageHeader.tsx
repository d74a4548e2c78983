import { Group, Title } from "@mantine/core";
import type { ReactNode } from "react";

interface PageHeaderProps {
  title: string;
  /** Buttons for the page's main actions, placed opposite the title. */
  actions?: ReactNode;
  /** A line above the title, e.g. a link back to the list. */
  above?: ReactNode;
}

/** Every page's single h1, so headings give screen-reader users a reliable outline. */
export function PageHeader({ title, actions, above }: PageHeaderProps) {
  return (
    <header>
      {above}
      <Group justify="space-between" align="center" mb="lg" mt={above ? "xs" : 0}>
        <Title order={1} size="h2">
          {title}
        </Title>
        {actions}
      </Group>
    </header>
  );
}
