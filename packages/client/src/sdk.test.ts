import { describe, expect, it, vi } from "vitest";
import { organisationsQuery, viewerQuery } from "./index";
import { AscentGraphQLError, AscentResponseError, createAscentClient } from "./sdk";

const URL = "https://ascent.test/graphql";

function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
}

function fakeFetch(response: Response) {
  return vi.fn<typeof fetch>(async () => response);
}

function sentRequest(fetchMock: ReturnType<typeof fakeFetch>) {
  const [url, init] = fetchMock.mock.calls[0]!;
  return { url, init: init!, body: JSON.parse(String(init!.body)) as Record<string, unknown> };
}

describe("createAscentClient", () => {
  it("POSTs the printed document, operation name and variables as JSON", async () => {
    const fetchMock = fakeFetch(
      jsonResponse({
        data: {
          organisations: {
            totalCount: 0,
            pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
            edges: [],
          },
        },
      }),
    );
    const client = createAscentClient({ url: URL, fetch: fetchMock });

    const result = await client.request(organisationsQuery, { first: 10, filter: { search: "Leeds" } });

    expect(result.organisations.totalCount).toBe(0);
    const { url, init, body } = sentRequest(fetchMock);
    expect(url).toBe(URL);
    expect(init.method).toBe("POST");
    expect(new Headers(init.headers).get("content-type")).toBe("application/json");
    expect(body.operationName).toBe("Organisations");
    expect(body.variables).toEqual({ first: 10, filter: { search: "Leeds" } });
    expect(String(body.query)).toContain("fragment OrganisationSummary on Organisation");
  });

  it("sends the partner token as a bearer token, and no Authorization header without one", async () => {
    const withToken = fakeFetch(jsonResponse({ data: { viewer: null } }));
    await createAscentClient({ url: URL, token: "secret-token", fetch: withToken }).request(viewerQuery);
    expect(new Headers(sentRequest(withToken).init.headers).get("authorization")).toBe("Bearer secret-token");

    const withoutToken = fakeFetch(jsonResponse({ data: { viewer: null } }));
    await createAscentClient({ url: URL, fetch: withoutToken }).request(viewerQuery);
    expect(new Headers(sentRequest(withoutToken).init.headers).has("authorization")).toBe(false);
  });

  it("throws an AscentGraphQLError carrying every error and its code", async () => {
    const fetchMock = fakeFetch(
      jsonResponse({
        data: null,
        errors: [
          { message: "Sign in first", extensions: { code: "UNAUTHENTICATED" } },
          { message: "No code here" },
        ],
      }),
    );
    const client = createAscentClient({ url: URL, fetch: fetchMock });

    const failure = await client.request(viewerQuery).catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(AscentGraphQLError);
    const graphQLError = failure as AscentGraphQLError;
    expect(graphQLError.codes).toEqual(["UNAUTHENTICATED", "UNKNOWN"]);
    expect(graphQLError.hasCode("UNAUTHENTICATED")).toBe(true);
    expect(graphQLError.errors[0]!.message).toBe("Sign in first");
    expect(graphQLError.message).toBe("Sign in first; No code here");
  });

  it("reads GraphQL errors from non-2xx responses too (Apollo answers 400 for invalid variables)", async () => {
    const fetchMock = fakeFetch(
      jsonResponse({ errors: [{ message: "Variable $first got invalid value", extensions: { code: "BAD_USER_INPUT" } }] }, 400),
    );
    const failure = await createAscentClient({ url: URL, fetch: fetchMock })
      .request(organisationsQuery, {})
      .catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(AscentGraphQLError);
    expect((failure as AscentGraphQLError).codes).toEqual(["BAD_USER_INPUT"]);
    expect((failure as AscentGraphQLError).status).toBe(400);
  });

  it("throws an AscentResponseError when the answer is not a GraphQL response", async () => {
    const fetchMock = fakeFetch(new Response("<html>Bad gateway</html>", { status: 502 }));
    const failure = await createAscentClient({ url: URL, fetch: fetchMock })
      .request(viewerQuery)
      .catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(AscentResponseError);
    expect((failure as AscentResponseError).status).toBe(502);
  });
});
