import type { ServerUserError } from "./serverUserErrors";

export interface GroupedUserErrors {
  /** Messages by their full path inside the input: "title", "aims.2", "modules.0.lengthDays". */
  byPath: Record<string, string>;
  /** Messages whose path starts with none of the form's fields, to show above it. */
  general: string[];
}

/**
 * Sorts a payload's userErrors by path, for forms with nested lists (a
 * curriculum, ordered aims) where splitUserErrors' exact field names are not enough.
 */
export function groupUserErrors(userErrors: readonly ServerUserError[], roots: readonly string[]): GroupedUserErrors {
  const byPath: Record<string, string> = {};
  const general: string[] = [];
  for (const userError of userErrors) {
    const path = userError.field?.join(".") ?? "";
    const root = userError.field?.[0];
    if (root && roots.includes(root)) byPath[path] = byPath[path] ? `${byPath[path]} ${userError.message}` : userError.message;
    else general.push(userError.message);
  }
  return { byPath, general };
}

/** The messages under `root`, keyed by the rest of their path ("" for `root` itself). */
export function errorsUnder(byPath: Readonly<Record<string, string>>, root: string): Record<string, string> {
  const under: Record<string, string> = {};
  for (const [path, message] of Object.entries(byPath)) {
    if (path === root) under[""] = message;
    else if (path.startsWith(`${root}.`)) under[path.slice(root.length + 1)] = message;
  }
  return under;
}

/** Every message under `root` as one sentence, for a field that shows a single error. */
export function errorAt(byPath: Readonly<Record<string, string>>, root: string): string | undefined {
  const messages = Object.values(errorsUnder(byPath, root));
  return messages.length > 0 ? messages.join(" ") : undefined;
}
