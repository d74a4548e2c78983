import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, UserErrorCode } from "@ascent/domain";
import { UserError, userError } from "../../graphql/user-error";

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function emailProblems(email: string): UserError[] {
  if (!email) return [userError(["email"], UserErrorCode.REQUIRED, "Enter an email address.")];
  if (email.length > 320 || !EMAIL.test(email)) return [userError(["email"], UserErrorCode.INVALID, "Enter an email address like name@nhs.net.")];
  return [];
}

export function passwordProblems(password: string, field: string[]): UserError[] {
  if (password.length < MIN_PASSWORD_LENGTH) return [userError(field, UserErrorCode.INVALID, `Use at least ${MIN_PASSWORD_LENGTH} characters.`)];
  if (password.length > MAX_PASSWORD_LENGTH) return [userError(field, UserErrorCode.TOO_LONG, `Use at most ${MAX_PASSWORD_LENGTH} characters.`)];
  return [];
}

export function userNameProblems(name: string): UserError[] {
  if (!name) return [userError(["name"], UserErrorCode.REQUIRED, "Enter the person's name.")];
  if (name.length > 200) return [userError(["name"], UserErrorCode.TOO_LONG, "The name can be at most 200 characters.")];
  return [];
}
