import { GraphQLFormattedError } from "graphql";
import type { Logger } from "../logger";
import { ErrorCode } from "./errors";
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

/**
 * Every error leaves with a code. Query-limit rejections become
 * QUERY_TOO_COMPLEX; unexpected errors are logged with the request id and
 * reach the client only as a generic INTERNAL_SERVER_ERROR.
 */
export function createErrorFormatter(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = String(formatted.extensions?.code ?? ErrorCode.INTERNAL_SERVER_ERROR);
    if (LIMIT_EXCEEDED.test(formatted.message)) {
      return { message: formatted.message.replace(/^Syntax Error: /, ""), extensions: { code: ErrorCode.QUERY_TOO_COMPLEX } };
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
