/** Why an input was refused; carried by `userErrors[].code` in mutation payloads. */
export enum UserErrorCode {
  INVALID = "INVALID",
  REQUIRED = "REQUIRED",
  TOO_LONG = "TOO_LONG",
  TAKEN = "TAKEN",
  NOT_FOUND = "NOT_FOUND",
  INVALID_CREDENTIALS = "INVALID_CREDENTIALS",
  FORBIDDEN = "FORBIDDEN",
  INVALID_TRANSITION = "INVALID_TRANSITION",
  TOO_MANY_ATTEMPTS = "TOO_MANY_ATTEMPTS",
  /** A private link (or a deadline) has run out. */
  EXPIRED = "EXPIRED",
}
