import type { UserErrorCode } from "@ascent/client";

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
