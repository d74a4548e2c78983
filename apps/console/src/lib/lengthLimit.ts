/**
 * Text limits are checked and explained rather than enforced by the input's
 * maxLength, which silently drops whatever is typed or pasted beyond it.
 */
export function tooLongMessage(value: string, max: number): string | null {
  const length = value.trim().length;
  return length > max ? `Use at most ${max} characters: this has ${length}.` : null;
}

/** "48 of 120 characters", shown under a limited field while typing. */
export function lengthHint(value: string, max: number): string {
  return `${value.trim().length} of ${max} characters`;
}
