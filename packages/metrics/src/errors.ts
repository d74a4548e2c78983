/** One problem with an input, with a dotted path such as `shortlisting.appointed.bme`. */
export interface InputIssue {
  readonly path: string;
  readonly message: string;
}

/**
 * Thrown when a return cannot be computed (negative or fractional counts,
 * more events than people, ...). The api maps `issues` to `userErrors`
 * (`BAD_USER_INPUT`); call the family's `validate` first to avoid the throw.
 */
export class MetricInputError extends Error {
  readonly issues: readonly InputIssue[];

  constructor(issues: readonly InputIssue[]) {
    super(
      `Invalid metric input: ${issues
        .slice(0, 5)
        .map((issue) => `${issue.path}: ${issue.message}`)
        .join("; ")}${issues.length > 5 ? `; and ${issues.length - 5} more` : ""}`,
    );
    this.name = "MetricInputError";
    this.issues = issues;
  }
}

/** Checks a whole-number count and records an issue when it is not one. */
export function checkCount(value: unknown, path: string, issues: InputIssue[]): value is number {
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0) {
    issues.push({ path, message: `must be a whole number of 0 or more, got ${String(value)}` });
    return false;
  }
  return true;
}
