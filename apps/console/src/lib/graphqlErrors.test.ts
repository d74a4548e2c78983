import { ApiErrorCode } from "@ascent/domain";
import { CombinedError } from "urql";
import { describe, expect, it } from "vitest";
import { describeProblem, hasErrorCode, problemKindOf, problemSentence } from "./graphqlErrors";

const withCode = (code: string, message = "message from the api") =>
  new CombinedError({ graphQLErrors: [{ message, extensions: { code } }] });

describe("problemKindOf", () => {
  it("reads a network failure (or a proxy error page) as the server being unreachable", () => {
    expect(problemKindOf(new CombinedError({ networkError: new TypeError("Failed to fetch") }))).toBe("unreachable");
  });

  it.each([
    ["UNAUTHENTICATED", "signed-out"],
    ["FORBIDDEN", "forbidden"],
    ["NOT_FOUND", "not-found"],
    ["BAD_USER_INPUT", "rejected"],
    ["THROTTLED", "throttled"],
    ["INTERNAL_SERVER_ERROR", "unexpected"],
  ])("reads %s as %s", (code, kind) => {
    expect(problemKindOf(withCode(code))).toBe(kind);
  });
});

describe("describeProblem", () => {
  it("tells the user the server can't be reached and that retrying may help", () => {
    const problem = describeProblem(new CombinedError({ networkError: new Error("ECONNREFUSED") }));
    expect(problem.title).toBe("Can't reach the Ascent server");
    expect(problem.retryable).toBe(true);
  });

  it("says plainly when the user lacks access, without offering a pointless retry", () => {
    expect(describeProblem(withCode("FORBIDDEN"))).toMatchObject({ title: "You don't have access to this", retryable: false });
  });

  it("passes on the server's own words for input it rejected", () => {
    expect(problemSentence(withCode("BAD_USER_INPUT", "first must be between 1 and 100."))).toBe(
      "The Ascent server did not accept this. first must be between 1 and 100.",
    );
  });
});

describe("hasErrorCode", () => {
  it("finds a code among several errors", () => {
    const error = new CombinedError({
      graphQLErrors: [{ message: "a" }, { message: "b", extensions: { code: "UNAUTHENTICATED" } }],
    });
    expect(hasErrorCode(error, ApiErrorCode.UNAUTHENTICATED)).toBe(true);
    expect(hasErrorCode(error, ApiErrorCode.FORBIDDEN)).toBe(false);
  });
});
