import { describe, expect, it } from "vitest";
import { EARLY_ANSWER_MS, earlyKey, takeEarlyAnswer } from "./earlyGraphql";

/** A key the store can hold (earlyKey is null only for nested variables). */
function keyOf(operationName: string, variables: Record<string, unknown>): string {
  const key = earlyKey(operationName, variables);
  if (key === null) throw new Error("flat variables have a key");
  return key;
}

const body = (operationName: string, variables?: Record<string, unknown>) => JSON.stringify({ operationName, query: `query ${operationName} { x }`, variables });

describe("early GraphQL answers", () => {
  it("keys an operation by its name and its variables in sorted order, as index.html's script does", () => {
    expect(earlyKey("WresTrends", { toYear: 2024, organisationId: "b3Jn", fromYear: 2016 })).toBe('WresTrends|{"fromYear":2016,"organisationId":"b3Jn","toYear":2024}');
    expect(earlyKey("Viewer", undefined)).toBe("Viewer|{}");
  });

  it("never matches a request whose variables nest (their inner keys would be filtered out of the key)", () => {
    expect(earlyKey("WresReport", { filter: { organisationId: "b3Jn" } })).toBeNull();
    const answer = Promise.resolve(new Response("{}"));
    const store: Record<string, Promise<Response>> = { ["WresReport|{\"filter\":{}}"]: answer };
    expect(takeEarlyAnswer(body("WresReport", { filter: { organisationId: "other" } }), store, 900)).toBeUndefined();
    expect(Object.keys(store)).toHaveLength(1);
  });

  it("gives the answer to the same operation and variables once, then nothing", async () => {
    const answer = Promise.resolve(new Response('{"data":{"wresReport":null}}'));
    const store: Record<string, Promise<Response>> = { [keyOf("WresReport", { organisationId: "b3Jn", year: 2024 })]: answer };
    expect(takeEarlyAnswer(body("WresReport", { year: 2024, organisationId: "b3Jn" }), store, 900)).toBe(answer);
    expect(takeEarlyAnswer(body("WresReport", { year: 2024, organisationId: "b3Jn" }), store, 950)).toBeUndefined();
  });

  it("gives nothing for other variables, another operation, a body that is not JSON, or an answer too old to trust", () => {
    const answer = Promise.resolve(new Response("{}"));
    const store = () => ({ [keyOf("WresReport", { organisationId: "b3Jn", year: 2024 })]: answer, [keyOf("Viewer", {})]: answer });
    expect(takeEarlyAnswer(body("WresReport", { organisationId: "b3Jn", year: 2023 }), store(), 900)).toBeUndefined();
    expect(takeEarlyAnswer(body("WresTrends", { organisationId: "b3Jn", year: 2024 }), store(), 900)).toBeUndefined();
    expect(takeEarlyAnswer("not json", store(), 900)).toBeUndefined();
    expect(takeEarlyAnswer(undefined, store(), 900)).toBeUndefined();
    expect(takeEarlyAnswer(body("Viewer"), undefined, 900)).toBeUndefined();
    const old = store();
    expect(takeEarlyAnswer(body("Viewer"), old, EARLY_ANSWER_MS + 1)).toBeUndefined();
    // …and it is dropped, not kept for later.
    expect(Object.keys(old)).toEqual([keyOf("WresReport", { organisationId: "b3Jn", year: 2024 })]);
  });

  it("drops every answer not yet taken at the first mutation (a sign-in, a sign-out, a change of data)", () => {
    const answer = Promise.resolve(new Response("{}"));
    const store: Record<string, Promise<Response>> = { [keyOf("WresReport", { organisationId: "b3Jn", year: 2024 })]: answer };
    const login = JSON.stringify({ operationName: "Login", query: "mutation Login($input: LoginInput!) { login(input: $input) { viewer { user { id } } } }", variables: { input: {} } });
    expect(takeEarlyAnswer(login, store, 900)).toBeUndefined();
    expect(store).toEqual({});
    expect(takeEarlyAnswer(body("WresReport", { organisationId: "b3Jn", year: 2024 }), store, 950)).toBeUndefined();
  });
});
