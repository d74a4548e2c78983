import { isValidOdsCode, normaliseOdsCode, ODS_CODE_RULE_TEXT, ORGANISATION_NAME_MAX_LENGTH, UserErrorCode } from "@ascent/domain";
import { UserError, userError } from "../../graphql/user-error";

/** Trims the name and normalises the ODS code; empty strings mean "none". */
export function normaliseName(name: string): string {
  return name.trim().replace(/\s+/g, " ");
}

export function normaliseOptionalOdsCode(odsCode: string | null | undefined): string | null {
  if (odsCode === null || odsCode === undefined) return null;
  const normalised = normaliseOdsCode(odsCode);
  return normalised === "" ? null : normalised;
}

export function nameProblems(name: string): UserError[] {
  if (name === "") return [userError(["name"], UserErrorCode.REQUIRED, "Enter the organisation's name.")];
  if (name.length > ORGANISATION_NAME_MAX_LENGTH) {
    return [userError(["name"], UserErrorCode.TOO_LONG, `The name can be at most ${ORGANISATION_NAME_MAX_LENGTH} characters.`)];
  }
  return [];
}

export function odsCodeProblems(odsCode: string | null): UserError[] {
  if (odsCode !== null && !isValidOdsCode(odsCode)) return [userError(["odsCode"], UserErrorCode.INVALID, ODS_CODE_RULE_TEXT)];
  return [];
}
