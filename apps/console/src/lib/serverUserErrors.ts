import type { UserErrorCode } from "@ascent/client";
import type { CombinedError } from "urql";
import { groupUserErrors } from "./userErrorPaths";

/** A `userErrors` entry from a mutation payload; `field` is a path inside the mutation's `input`. */
export interface ServerUserError {
  field: readonly string[] | null;
  message: string;
  code: UserErrorCode;
}

export interface SplitUserErrors {
  /** Messages keyed by form field path ("odsCode", "address.postcode"), to show beside the field. */
  byField: Record<string, string>;
  /** Messages that name no field of this form, to show above it. */
  general: string[];
}

/** Sorts the server's userErrors into those that belong beside a form field and the rest. */
export function splitUserErrors(userErrors: readonly ServerUserError[], formFields: readonly string[]): SplitUserErrors {
  const byField: Record<string, string> = {};
  const general: string[] = [];
  for (const userError of userErrors) {
    const path = userError.field?.join(".");
    if (path && formFields.includes(path)) {
      // Two problems with one field: show both rather than hide one.
      byField[path] = byField[path] ? `${byField[path]} ${userError.message}` : userError.message;
    } else {
      general.push(userError.message);
    }
  }
  return { byField, general };
}

export interface RefusedSave {
  /** Messages to show beside the form's fields. */
  byField: Record<string, string>;
  /** Sentences to show above the form; empty only when every problem sits beside a field. */
  above: string[];
}

/**
 * Explains a save the server refused: its userErrors beside the fields they
 * name (by full path, "modules.0.title", when the path starts with one of the
 * form's `formRoots`), the rest (and any request error) above the form, and
 * `fallback` when the server gave no reason at all.
 */
export function explainRefusedSave(
  userErrors: readonly ServerUserError[],
  formRoots: readonly string[],
  requestError: string | null,
  fallback: string,
): RefusedSave {
  const { byPath: byField, general } = groupUserErrors(userErrors, formRoots);
  const above = requestError ? [requestError, ...general] : general;
  const nothingExplained = above.length === 0 && Object.keys(byField).length === 0;
  return { byField, above: nothingExplained ? [fallback] : above };
}

/** What saving a form produced: nothing (it worked), the server's objections, or a failed request. */
export type SaveOutcome = { saved: true } | { saved: false; userErrors?: readonly ServerUserError[]; error?: CombinedError };
