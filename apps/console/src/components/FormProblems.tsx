import { Alert, List } from "@mantine/core";

interface FormProblemsProps {
  title: string;
  problems: readonly string[];
}

/** Problems with a form as a whole (not one field), announced to screen readers as they appear. */
export function FormProblems({ title, problems }: FormProblemsProps) {
  if (problems.length === 0) return null;
  return (
    <Alert color="red" variant="light" title={title} role="alert">
      {problems.length === 1 ? (
        problems[0]
      ) : (
        <List size="sm">
          {problems.map((problem) => (
            <List.Item key={problem}>{problem}</List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
