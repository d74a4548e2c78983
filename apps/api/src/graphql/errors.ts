import { GraphQLError } from "graphql";

/** Codes a client can rely on in `errors[].extensions.code`. */
export enum ErrorCode {
  BAD_USER_INPUT = "BAD_USER_INPUT",
  UNAUTHENTICATED = "UNAUTHENTICATED",
  FORBIDDEN = "FORBIDDEN",
  NOT_FOUND = "NOT_FOUND",
  QUERY_TOO_COMPLEX = "QUERY_TOO_COMPLEX",
  THROTTLED = "THROTTLED",
  /** The database is down or restarting; try again shortly. Not the caller's fault, but nothing is broken either. */
  SERVICE_UNAVAILABLE = "SERVICE_UNAVAILABLE",
  INTERNAL_SERVER_ERROR = "INTERNAL_SERVER_ERROR",
}

export const badUserInput = (message: string, extra: Record<string, unknown> = {}) =>
  new GraphQLError(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, ...extra } });

export const unauthenticated = () =>
  new GraphQLError("You need to sign in to do that.", { extensions: { code: ErrorCode.UNAUTHENTICATED } });

export const forbidden = () =>
  new GraphQLError("You don't have permission to do that.", { extensions: { code: ErrorCode.FORBIDDEN } });

export const notFound = (what: string) =>
  new GraphQLError(`${what} was not found.`, { extensions: { code: ErrorCode.NOT_FOUND } });
