import { isValidLocalDate, MENTORING_LIMITS, toLondon, UserErrorCode } from "@ascent/domain";
import { UserError, userError } from "../../graphql/user-error";

/** Today's date in London, YYYY-MM-DD: what "not in the future" means for a pairing's dates. */
export const todayInLondon = (): string => toLondon(new Date()).date;

export function dateProblem(field: string, value: string | null | undefined, label: string): UserError | null {
  if (value === null || value === undefined) return null;
  return isValidLocalDate(value) ? null : userError([field], UserErrorCode.INVALID, `Enter ${label} as a date like 2027-01-31.`);
}

/** A reason staff must give: blank is missing; nothing is trimmed away silently beyond the outer spaces. */
export function reasonProblem(field: string, value: string | null | undefined, missing: string): UserError | null {
  const text = value?.trim() ?? "";
  if (!text) return userError([field], UserErrorCode.REQUIRED, missing);
  if (text.length > MENTORING_LIMITS.reasonMaxLength) return userError([field], UserErrorCode.TOO_LONG, `Keep it to ${MENTORING_LIMITS.reasonMaxLength} characters.`);
  return null;
}

export function minimumMonthsProblem(value: number | null | undefined): UserError | null {
  if (value === null || value === undefined) return null;
  const { minimumMonthsMin: min, minimumMonthsMax: max } = MENTORING_LIMITS;
  return Number.isInteger(value) && value >= min && value <= max ? null : userError(["minimumMonths"], UserErrorCode.INVALID, `Enter a whole number of months from ${min} to ${max}, or leave it empty for no minimum.`);
}
