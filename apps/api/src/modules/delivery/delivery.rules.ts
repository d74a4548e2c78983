import { AfcBand, PARTICIPANT_REASON_MAX, UserErrorCode } from "@ascent/domain";
import { UserError, userError } from "../../graphql/user-error";
import type { AddParticipantInput } from "./dto/delivery.dto";

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const LINE_MAX = 200;

/** A reason someone typed: required, at most PARTICIPANT_REASON_MAX characters. Nothing is trimmed silently but the ends. */
export function reasonProblems(field: string[], reason: string, what: string, max = PARTICIPANT_REASON_MAX): UserError[] {
  const text = reason.trim();
  if (!text) return [userError(field, UserErrorCode.REQUIRED, `Say ${what}.`)];
  if (text.length > max) return [userError(field, UserErrorCode.TOO_LONG, `The reason can be at most ${max} characters.`)];
  return [];
}

/** Everything wrong with a hand-added participant's own fields (ids are checked by the service). */
export function addParticipantProblems(input: AddParticipantInput): UserError[] {
  const problems: UserError[] = [];
  const name = input.name.trim();
  if (!name) problems.push(userError(["name"], UserErrorCode.REQUIRED, "Enter the person's name."));
  else if (name.length > LINE_MAX) problems.push(userError(["name"], UserErrorCode.TOO_LONG, `The name can be at most ${LINE_MAX} characters.`));
  const email = input.email.trim();
  if (!email) problems.push(userError(["email"], UserErrorCode.REQUIRED, "Enter their work email address."));
  else if (email.length > 320 || !EMAIL.test(email)) problems.push(userError(["email"], UserErrorCode.INVALID, "Enter an email address like name@nhs.net."));
  for (const field of ["organisationName", "jobTitle"] as const) {
    if ((input[field] ?? "").trim().length > LINE_MAX) problems.push(userError([field], UserErrorCode.TOO_LONG, `This can be at most ${LINE_MAX} characters.`));
  }
  if (input.band && !Object.values(AfcBand).includes(input.band)) problems.push(userError(["band"], UserErrorCode.INVALID, "Choose a band from the list."));
  problems.push(...reasonProblems(["reason"], input.reason, "why they are added by hand"));
  return problems;
}

export const blankToNull = (text: string | null | undefined): string | null => (text?.trim() ? text.trim() : null);
