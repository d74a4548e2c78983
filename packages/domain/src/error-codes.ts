/**
 * The codes the api puts in `errors[].extensions.code`, so the api and its
 * clients (the console, partner scripts) name them the same way. Form
 * problems are not errors: they come back as `userErrors` (see UserErrorCode).
 */
export enum ApiErrorCode {
  /** The request was understood but its input is unusable; the message says why. */
  BAD_USER_INPUT = "BAD_USER_INPUT",
  /** No session or token, or an ended, revoked or expired one. */
  UNAUTHENTICATED = "UNAUTHENTICATED",
  /** Signed in, but the role or scope does not allow it. */
  FORBIDDEN = "FORBIDDEN",
  /** Nothing the caller may see has that id. */
  NOT_FOUND = "NOT_FOUND",
  /** Over the depth, alias, token or cost limits. */
  QUERY_TOO_COMPLEX = "QUERY_TOO_COMPLEX",
  /** A partner token spent its query budget; `extensions.retryAfterSeconds` says when to try again. */
  THROTTLED = "THROTTLED",
  /** The query does not match the schema. */
  GRAPHQL_VALIDATION_FAILED = "GRAPHQL_VALIDATION_FAILED",
  /** The query is not valid GraphQL. */
  GRAPHQL_PARSE_FAILED = "GRAPHQL_PARSE_FAILED",
  /** The HTTP request itself is malformed (not JSON, a cross-site form post). */
  BAD_REQUEST = "BAD_REQUEST",
  /** Our fault; details are logged with the request id, never sent. */
  INTERNAL_SERVER_ERROR = "INTERNAL_SERVER_ERROR",
}
