import { loginMutation } from "@ascent/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestServer, TestServer } from "./support/test-server";

let server: TestServer;
beforeAll(async () => {
  server = await createTestServer();
});
afterAll(() => server.close());

const post = (body: string, headers: Record<string, string> = { "content-type": "application/json" }) =>
  fetch(server.url, { method: "POST", headers, body });

const codesOf = async (response: Response) => {
  const body = (await response.json()) as { errors?: Array<{ extensions?: { code?: string } }> };
  return (body.errors ?? []).map((e) => e.extensions?.code);
};

describe("health", () => {
  it("answers /healthz and /readyz", async () => {
    expect(await (await fetch(`${server.baseUrl}/healthz`)).json()).toEqual({ status: "ok" });
    expect(await (await fetch(`${server.baseUrl}/readyz`)).json()).toEqual({ status: "ok", database: "reachable" });
  });
});

// Hand-made HTTP bodies on purpose (malformed JSON, limits, unknown operations): no client would send them.
describe("hostile and broken requests get a 4xx with a code, never a 500", () => {
  it("malformed JSON", async () => {
    const response = await post('{"query": "{ organ');
    expect(response.status).toBe(400);
    expect(await codesOf(response)).toEqual(["BAD_REQUEST"]);
  });

  it("an unknown field, without suggesting real field names", async () => {
    const response = await post(JSON.stringify({ query: "{ organisatio { totalCount } }" }));
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: Array<{ message: string; extensions: { code: string } }> };
    expect(body.errors[0].extensions.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(body.errors[0].message).not.toContain("Did you mean");
  });

  it("a 50-level nested query", async () => {
    const query = `{ organisations { edges { node { ${"parent { ".repeat(50)}id${" }".repeat(50)} } } } }`;
    const response = await post(JSON.stringify({ query }));
    expect(response.status).toBe(400);
    expect(await codesOf(response)).toContain("QUERY_TOO_COMPLEX");
  });

  it("200 aliases", async () => {
    const query = `{ ${Array.from({ length: 200 }, (_, i) => `a${i}: viewer { user { id } }`).join(" ")} }`;
    const response = await post(JSON.stringify({ query }));
    expect(response.status).toBe(400);
    expect(await codesOf(response)).toContain("QUERY_TOO_COMPLEX");
  });

  it("a query with too many tokens", async () => {
    const query = `{ viewer { user { ${Array.from({ length: 3000 }, () => "id").join(" ")} } } }`;
    const response = await post(JSON.stringify({ query }));
    expect(response.status).toBe(400);
    expect(await codesOf(response)).toEqual(["QUERY_TOO_COMPLEX"]);
  });

  it("a JSON body that is not an object, and the same request with another spelling of its content type", async () => {
    for (const body of ["123", '"query"', "null"]) {
      const response = await post(body);
      expect(response.status).toBe(400);
      expect(await codesOf(response)).toEqual(["BAD_REQUEST"]);
    }
    // Through express.json rather than the short path (http/graphql-http.ts): the same answers.
    const spelled = await post(JSON.stringify({ query: "{ __typename }" }), { "content-type": "application/json; charset=UTF-8" });
    expect(await spelled.json()).toEqual({ data: { __typename: "Query" } });
    const malformed = await post('{"query": "{ organ', { "content-type": "application/json; charset=UTF-8" });
    expect(malformed.status).toBe(400);
    expect(await codesOf(malformed)).toEqual(["BAD_REQUEST"]);
  });

  it("an empty body and a wrong content type", async () => {
    const empty = await post("");
    expect(empty.status).toBe(400);
    expect(await codesOf(empty)).toEqual(["BAD_REQUEST"]);
    const plain = await post("{}", { "content-type": "text/plain" });
    expect(plain.status).toBe(400);
    expect(await codesOf(plain)).toEqual(["BAD_REQUEST"]);
  });

  it("a subscription (the API has none)", async () => {
    const response = await post(JSON.stringify({ query: "subscription { viewer { user { id } } }" }));
    expect(response.status).toBe(400);
    expect(await codesOf(response)).toEqual(["BAD_REQUEST"]);
  });

  it("a persisted-query hash that doesn't match its query, an unsupported version, an unknown hash", async () => {
    const mismatch = await post(JSON.stringify({ query: "{ __typename }", extensions: { persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } } }));
    expect(mismatch.status).toBe(400);
    expect(await codesOf(mismatch)).toEqual(["BAD_REQUEST"]);
    const version = await post(JSON.stringify({ query: "{ __typename }", extensions: { persistedQuery: { version: 2, sha256Hash: "0".repeat(64) } } }));
    expect(version.status).toBe(400);
    expect(await codesOf(version)).toEqual(["BAD_REQUEST"]);
    const unknown = await post(JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: "f".repeat(64) } } }));
    expect(await codesOf(unknown)).toEqual(["PERSISTED_QUERY_NOT_FOUND"]);
  });

  it("more than 50 invalid variable values", async () => {
    const query = "query ($r: [NhsRegion!]) { organisations(filter: { regions: $r }) { totalCount } }";
    const response = await post(JSON.stringify({ query, variables: { r: Array.from({ length: 60 }, () => "MARS") } }));
    expect(response.status).toBe(400);
    const codes = await codesOf(response);
    expect(codes.length).toBeGreaterThan(50);
    expect(new Set(codes)).toEqual(new Set(["BAD_USER_INPUT"]));
  });

  it("text PostgreSQL can't store (a NUL character)", async () => {
    const response = await server.anonymous().request(loginMutation, { input: { email: "a\u0000@nhs.net", password: "whatever it is" } });
    expect(response.errors?.map((e) => e.extensions?.code)).toEqual(["BAD_USER_INPUT"]);
    expect(response.errors?.[0].message).toMatch(/NUL/);
  });

  it("several operations without a name, or an unknown one", async () => {
    const twoOperations = await post(JSON.stringify({ query: "query A { __typename } query B { __typename }" }));
    expect(twoOperations.status).toBe(400);
    expect(await codesOf(twoOperations)).toEqual(["OPERATION_RESOLUTION_FAILURE"]);
    const unknownName = await post(JSON.stringify({ query: "query A { __typename }", operationName: "B" }));
    expect(await codesOf(unknownName)).toEqual(["OPERATION_RESOLUTION_FAILURE"]);
  });

  it("broken syntax", async () => {
    const response = await post(JSON.stringify({ query: "{ viewer { user { id }" }));
    expect(response.status).toBe(400);
    expect(await codesOf(response)).toEqual(["GRAPHQL_PARSE_FAILED"]);
  });

  it("an unknown path", async () => {
    const response = await fetch(`${server.baseUrl}/nope`);
    expect(response.status).toBe(404);
    expect(await codesOf(response)).toEqual(["NOT_FOUND"]);
  });
});

describe("request ids", () => {
  it("echoes a well-formed X-Request-Id and makes one otherwise", async () => {
    const kept = await fetch(`${server.baseUrl}/healthz`, { headers: { "x-request-id": "lb-1234" } });
    expect(kept.headers.get("x-request-id")).toBe("lb-1234");
    const made = await fetch(`${server.baseUrl}/healthz`, { headers: { "x-request-id": "bad id with spaces" } });
    expect(made.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe("GraphiQL", () => {
  it("is served by the api with its assets, no CDN", async () => {
    const page = await (await fetch(`${server.baseUrl}/graphiql`)).text();
    expect(page).toContain("/graphiql/static/ruru.js");
    expect(page).not.toMatch(/https?:\/\/(unpkg|cdn|esm\.sh|jsdelivr)/);
    const script = await fetch(`${server.baseUrl}/graphiql/static/ruru.js`);
    expect(script.status).toBe(200);
  });
});
