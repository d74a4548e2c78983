import { applicationStatusLabels, type ApplicationStatus } from "@ascent/domain";
import { Alert, List, Text } from "@mantine/core";

export interface BulkResultRow {
  id: string;
  application?: { status: ApplicationStatus } | null;
  userErrors: ReadonlyArray<{ message: string }>;
}

/** What a bulk action did to each application, named as the list names it: done, or why not. */
export function BulkResults({ title, results, nameOf }: { title: string; results: readonly BulkResultRow[]; nameOf: (id: string) => string }) {
  if (results.length === 0) return null;
  const refused = results.filter((r) => r.userErrors.length > 0).length;
  const done = results.length - refused;
  return (
    <Alert color={refused > 0 ? "yellow" : "green"} variant="light" title={title} role="status" mb="md">
      <Text size="sm" mb="xs" c="var(--mantine-color-text)">
        {done} done{refused > 0 ? `, ${refused} not done` : ""}.
      </Text>
      <List size="sm" spacing={4}>
        {results.map((result) => (
          <List.Item key={result.id}>
            <Text span fw={600} size="sm" c="var(--mantine-color-text)">
              {nameOf(result.id)}:
            </Text>{" "}
            <Text span size="sm" c="var(--mantine-color-text)">
              {result.userErrors.length > 0
                ? `not done. ${result.userErrors.map((e) => e.message).join(" ")}`
                : result.application
                  ? `done, now ${applicationStatusLabels[result.application.status].toLowerCase()}.`
                  : "done."}
            </Text>
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
