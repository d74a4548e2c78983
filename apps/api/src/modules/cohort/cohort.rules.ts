import { COHORT_NAME_MAX_LENGTH, fromLondon, isValidLocalDate, isValidLocalTime, MAX_COHORT_CAPACITY, UserErrorCode } from "@ascent/domain";
import { UserError, userError } from "../../graphql/user-error";
import { LondonDateTimeInput } from "./dto/cohort.inputs";

export const VENUE_MAX_LENGTH = 300;
export const ONLINE_URL_MAX_LENGTH = 2000;

export function cohortNameProblems(name: string): UserError[] {
  if (name === "") return [userError(["name"], UserErrorCode.REQUIRED, "Enter the cohort's name.")];
  if (name.length > COHORT_NAME_MAX_LENGTH) return [userError(["name"], UserErrorCode.TOO_LONG, `The name can be at most ${COHORT_NAME_MAX_LENGTH} characters.`)];
  return [];
}

export function capacityProblems(capacity: number): UserError[] {
  if (!Number.isInteger(capacity) || capacity < 1) return [userError(["capacity"], UserErrorCode.INVALID, "A cohort needs at least 1 place.")];
  if (capacity > MAX_COHORT_CAPACITY) return [userError(["capacity"], UserErrorCode.INVALID, `A cohort can have at most ${MAX_COHORT_CAPACITY} places.`)];
  return [];
}

export function localDateProblems(field: string[], date: string, what: string): UserError[] {
  if (date.trim() === "") return [userError(field, UserErrorCode.REQUIRED, `Enter ${what}.`)];
  if (!isValidLocalDate(date)) return [userError(field, UserErrorCode.INVALID, `${capitalise(what)} must be a real date written YYYY-MM-DD.`)];
  return [];
}

export function localTimeProblems(field: string[], time: string): UserError[] {
  return isValidLocalTime(time) ? [] : [userError(field, UserErrorCode.INVALID, "Write the time as HH:MM, 24-hour, for example 09:00 or 16:30.")];
}

const capitalise = (text: string) => `${text[0].toUpperCase()}${text.slice(1)}`;

/** A London wall-clock input as an instant, or problems naming date or time. */
export function londonInstant(field: string, input: LondonDateTimeInput, problems: UserError[]): Date | null {
  const before = problems.length;
  problems.push(...localDateProblems([field, "date"], input.date, "the date"), ...localTimeProblems([field, "time"], input.time));
  if (problems.length > before) return null;
  const instant = fromLondon(input);
  if (!instant) {
    problems.push(userError([field, "time"], UserErrorCode.INVALID, `${input.time} doesn't happen on ${input.date} in London: the clocks go forward an hour that night.`));
  }
  return instant;
}

export function onlineUrlProblems(field: string[], url: string | null): UserError[] {
  if (url === null) return [];
  if (url.length > ONLINE_URL_MAX_LENGTH) return [userError(field, UserErrorCode.TOO_LONG, `The link can be at most ${ONLINE_URL_MAX_LENGTH} characters.`)];
  try {
    const parsed = new URL(url);
    if (parsed.protocol === "https:" || parsed.protocol === "http:") return [];
  } catch {
    // reported below
  }
  return [userError(field, UserErrorCode.INVALID, "Enter a web link starting with https://.")];
}

export function venueProblems(field: string[], venue: string | null): UserError[] {
  return venue !== null && venue.length > VENUE_MAX_LENGTH ? [userError(field, UserErrorCode.TOO_LONG, `The venue can be at most ${VENUE_MAX_LENGTH} characters.`)] : [];
}
