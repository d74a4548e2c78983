import type { CombinedError } from "urql";
import { problemSentence } from "../../lib/graphqlErrors";

interface ServerUserError {
  field?: readonly string[] | null;
  message: string;
}

/** The server's userErrors by field path ("title", "questions.1.templateId"); those naming no field of the form go above it. */
export function errorsByField(userErrors: readonly ServerUserError[], fields: (path: string) => boolean): { byField: Record<string, string>; above: string[] } {
  const byField: Record<string, string> = {};
  const above: string[] = [];
  for (const error of userErrors) {
    const path = error.field?.join(".") ?? "";
    if (path && fields(path)) byField[path] = byField[path] ? `${byField[path]} ${error.message}` : error.message;
    else above.push(error.message);
  }
  return { byField, above };
}

/** What to say above a form when the request itself failed. */
export const requestProblem = (error: CombinedError | undefined): string[] => (error ? [problemSentence(error)] : []);
