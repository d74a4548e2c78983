import { ApiErrorCode } from "@ascent/domain";
import type { CombinedError } from "urql";

export function errorCodesOf(error: CombinedError): string[] {
  return error.graphQLErrors.map((graphQLError) => String(graphQLError.extensions?.code ?? "UNKNOWN"));
}

export function hasErrorCode(error: CombinedError, code: ApiErrorCode): boolean {
  return errorCodesOf(error).includes(code);
}

/** What went wrong, in the terms a person needs to decide what to do next. */
export type ProblemKind = "unreachable" | "signed-out" | "forbidden" | "not-found" | "rejected" | "throttled" | "unexpected";

export function problemKindOf(error: CombinedError): ProblemKind {
  // A proxy answering 502/504 while the api is down also arrives as a network error.
  if (error.networkError) return "unreachable";
  if (hasErrorCode(error, ApiErrorCode.UNAUTHENTICATED)) return "signed-out";
  if (hasErrorCode(error, ApiErrorCode.FORBIDDEN)) return "forbidden";
  if (hasErrorCode(error, ApiErrorCode.NOT_FOUND)) return "not-found";
  if (hasErrorCode(error, ApiErrorCode.THROTTLED)) return "throttled";
  if ([ApiErrorCode.BAD_USER_INPUT, ApiErrorCode.QUERY_TOO_COMPLEX, ApiErrorCode.GRAPHQL_VALIDATION_FAILED, ApiErrorCode.BAD_REQUEST].some((code) => hasErrorCode(error, code))) {
    return "rejected";
  }
  return "unexpected";
}

export interface ProblemDescription {
  /** What happened, e.g. "Can't reach the Ascent server". */
  title: string;
  /** What the user can do about it. */
  advice: string;
  /** Whether trying the same thing again could help. */
  retryable: boolean;
}

const descriptions: Record<ProblemKind, ProblemDescription> = {
  unreachable: {
    title: "Can't reach the Ascent server",
    advice: "Check your connection and try again. If it keeps happening, the server may be down.",
    retryable: true,
  },
  "signed-out": {
    title: "Your session has ended",
    advice: "Sign in again to carry on.",
    retryable: false,
  },
  forbidden: {
    title: "You don't have access to this",
    advice: "Your role does not allow it. Ask an Ascent administrator if you need access.",
    retryable: false,
  },
  "not-found": {
    title: "We couldn't find that",
    advice: "It may have been removed, or the link may be out of date.",
    retryable: false,
  },
  rejected: {
    title: "The Ascent server did not accept this",
    advice: "Check what you entered and try again.",
    retryable: false,
  },
  throttled: {
    title: "Too many requests",
    advice: "The Ascent server is busy with this account's requests. Wait a minute, then try again.",
    retryable: true,
  },
  unexpected: {
    title: "Something went wrong on the Ascent server",
    advice: "Try again. If it keeps happening, tell the Ascent team.",
    retryable: true,
  },
};

export function describeProblem(error: CombinedError): ProblemDescription {
  const kind = problemKindOf(error);
  if (kind === "rejected") {
    // The api words BAD_USER_INPUT messages for the person who sent the input.
    const serverMessage = error.graphQLErrors[0]?.message;
    if (serverMessage) return { ...descriptions.rejected, advice: serverMessage };
  }
  return descriptions[kind];
}

/** The problem as one sentence pair, for places with room for a single message (a form alert, a notification). */
export function problemSentence(error: CombinedError): string {
  const { title, advice } = describeProblem(error);
  return `${title}. ${advice}`;
}
