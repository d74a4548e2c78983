import { GraphQLError } from "graphql";
import pino from "pino";
import { QueryFailedError } from "typeorm";
import { describe, expect, it } from "vitest";
import { createErrorFormatter } from "./format-error";

/** A formatter whose log lines are kept, to see what anyone could make the api write to its error log. */
function formatterWithLog() {
  const lines: Array<{ level: number; msg: string }> = [];
  const log = pino({ level: "trace" }, { write: (line: string) => lines.push(JSON.parse(line)) });
  const format = createErrorFormatter(log);
  return { lines, format: (error: GraphQLError) => format({ message: error.message, extensions: { ...error.extensions, code: error.extensions.code ?? "INTERNAL_SERVER_ERROR" } }, error) };
}

describe("the error formatter", () => {
  it("gives the caller's mistakes a 4xx-class code and logs none of them", () => {
    const { lines, format } = formatterWithLog();
    const nul = new QueryFailedError("SELECT ...", ["a\u0000b"], Object.assign(new Error('invalid byte sequence for encoding "UTF8": 0x00'), { code: "22021", severity: "ERROR" }));
    const cases: Array<[GraphQLError, string]> = [
      [new GraphQLError("provided sha does not match query", { extensions: { http: { status: 400 } } }), "BAD_REQUEST"],
      [new GraphQLError("Unsupported persisted query version", { extensions: { http: { status: 400 } } }), "BAD_REQUEST"],
      [new GraphQLError("Too many errors processing variables, error limit reached. Execution aborted."), "BAD_USER_INPUT"],
      [new GraphQLError("a NUL in a variable", { originalError: nul }), "BAD_USER_INPUT"],
      [new GraphQLError("This API has no subscriptions; use a query or a mutation.", { extensions: { code: "BAD_REQUEST" } }), "BAD_REQUEST"],
    ];
    for (const [error, code] of cases) expect(format(error).extensions?.code, error.message).toBe(code);
    expect(format(new GraphQLError("a NUL in a variable", { originalError: nul })).message).not.toContain("0x00");
    expect(lines).toEqual([]);
  });

  it("logs our own faults as errors and tells the caller nothing about them", () => {
    const { lines, format } = formatterWithLog();
    const answer = format(new GraphQLError("Cannot read properties of undefined", { originalError: new TypeError("Cannot read properties of undefined") }));
    expect(answer).toMatchObject({ extensions: { code: "INTERNAL_SERVER_ERROR" } });
    expect(answer.message).not.toContain("Cannot read");
    expect(lines.map((line) => line.level)).toEqual([50]);
  });
});
