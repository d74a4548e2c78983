import type { CombinedError } from "urql";

/** The `extensions.code` values the Ascent api puts on thrown GraphQL errors. */
export type ApiErrorCode =
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "BAD_USER_INPUT"
  | "NOT_FOUND"
  | "QUERY_TOO_COMPLEX"
  | "INTERNAL_SERVER_ERROR";

export function errorCodesOf(error: CombinedError): string[] {
  return error.graphQLErrors.map((graphQLError) => String(graphQLError.extensions?.code ?? "UNKNOWN"));
}

export function hasErrorCode(error: CombinedError, code: ApiErrorCode): boolean {
  return errorCodesOf(error).includes(code);
}

/** What went wrong, in the terms a person needs to decide what to do next. */
export type ProblemKind = "unreachable" | "signed-out" | "forbidden" | "not-found" | "unexpected";

export function problemKindOf(error: CombinedError): ProblemKind {
  // A proxy answering 502/504 while the api is down also arrives as a network error.
  if (error.networkError) return "unreachable";
  if (hasErrorCode(error, "UNAUTHENTICATED")) return "signed-out";
  if (hasErrorCode(error, "FORBIDDEN")) return "forbidden";
  if (hasErrorCode(error, "NOT_FOUND")) return "not-found";
  return "unexpected";
}

export interface ProblemDescription {
  title: string;
  message: string;
  /** Whether trying the same thing again could help. */
  retryable: boolean;
}

const descriptions: Record<ProblemKind, ProblemDescription> = {
  unreachable: {
    title: "Can't reach the Ascent server",
    message: "Can't reach the Ascent server. Check your connection and try again; if it keeps happening, the server may be down.",
    retryable: true,
  },
  "signed-out": {
    title: "Your session has ended",
    message: "Your session has ended. Sign in again to carry on.",
    retryable: false,
  },
  forbidden: {
    title: "You don't have access",
    message: "You don't have access to this. Ask an Ascent administrator if you need it.",
    retryable: false,
  },
  "not-found": {
    title: "Not found",
    message: "We couldn't find what you were looking for. It may have been removed.",
    retryable: false,
  },
  unexpected: {
    title: "Something went wrong",
    message: "Something went wrong on the Ascent server. Try again; if it keeps happening, tell the Ascent team.",
    retryable: true,
  },
};

export function describeProblem(error: CombinedError): ProblemDescription {
  return descriptions[problemKindOf(error)];
}
