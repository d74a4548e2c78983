import { GraphQLError, GraphQLFormattedError } from "graphql";
import type { Logger } from "../logger";
import { ErrorCode } from "./errors";
import { isDatabaseUnavailable } from "../db/unavailable";
import { safeError } from "../log-safe-error";

const LIMIT_EXCEEDED = /limit of \d+ exceeded|contains more th(?:an|at) \d+ tokens/i;

/** Codes that describe the caller's request; anything else is our fault and is not explained. */
const CLIENT_ERROR_CODES = new Set<string>([
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.UNAUTHENTICATED,
  ErrorCode.FORBIDDEN,
  ErrorCode.NOT_FOUND,
  ErrorCode.QUERY_TOO_COMPLEX,
  ErrorCode.THROTTLED,
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_REQUEST",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
]);

/** graphql-js gives up coercing variables after 50 bad values with an error that has no code. */
const TOO_MANY_VARIABLE_ERRORS = "Too many errors processing variables, error limit reached. Execution aborted.";

/**
 * PostgreSQL can't store some text a caller may send (a NUL character): SQLSTATE 22021,
 * "character not in repertoire". It is refused as bad input wherever it is first used.
 */
function databaseRefusedText(error: Error): boolean {
  const driverError = (error as { driverError?: { code?: unknown } }).driverError ?? error;
  return (driverError as { code?: unknown }).code === "22021";
}

const UNSTORABLE_TEXT = "The input contains a character that can't be stored (a NUL character).";

/**
 * The code of an error the caller caused but that arrives without one (or as
 * INTERNAL_SERVER_ERROR, Apollo's default): Apollo's own request checks (a
 * persisted-query hash that doesn't match its query, an unsupported
 * persisted-query version) mark themselves with a 4xx HTTP status.
 */
function callerFaultCode(error: unknown): string | undefined {
  if (!(error instanceof GraphQLError)) return undefined;
  if (error.originalError) return databaseRefusedText(error.originalError) ? ErrorCode.BAD_USER_INPUT : undefined;
  if (error.message === TOO_MANY_VARIABLE_ERRORS) return ErrorCode.BAD_USER_INPUT;
  const status = (error.extensions?.http as { status?: number } | undefined)?.status;
  return status !== undefined && status >= 400 && status < 500 ? "BAD_REQUEST" : undefined;
}

/**
 * Every error leaves with a code. Query-limit rejections become
 * QUERY_TOO_COMPLEX; the caller's mistakes keep (or get) a 4xx-class code and
 * are not logged as errors (anyone could flood the error log with them);
 * unexpected errors are logged with the request id and reach the client only
 * as a generic INTERNAL_SERVER_ERROR.
 */
export function createErrorFormatter(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const given = formatted.extensions?.code;
    const code = String((given === undefined || given === ErrorCode.INTERNAL_SERVER_ERROR ? callerFaultCode(error) : undefined) ?? given ?? ErrorCode.INTERNAL_SERVER_ERROR);
    if (code === ErrorCode.INTERNAL_SERVER_ERROR && isDatabaseUnavailable(error)) {
      // An outage is reported once by /readyz and the pool's own logging; one warning per request is enough here.
      log.warn({ path: formatted.path }, "database unavailable");
      return {
        message: "Ascent can't reach its database just now. Try again in a few seconds.",
        path: formatted.path,
        locations: formatted.locations,
        extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, retryAfterSeconds: 5 },
      };
    }
    if (LIMIT_EXCEEDED.test(formatted.message)) {
      return { message: formatted.message.replace(/^Syntax Error: /, ""), extensions: { code: ErrorCode.QUERY_TOO_COMPLEX } };
    }
    if (code === ErrorCode.BAD_USER_INPUT && error instanceof GraphQLError && error.originalError && databaseRefusedText(error.originalError)) {
      return { message: UNSTORABLE_TEXT, path: formatted.path, locations: formatted.locations, extensions: { code } };
    }
    if (CLIENT_ERROR_CODES.has(code)) {
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions: { ...extensions, code } };
    }
    log.error({ error: safeError(error), path: formatted.path }, "unexpected error while resolving");
    return {
      message: "Something went wrong on our side. It has been logged; please try again.",
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}
