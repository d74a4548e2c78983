import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { Kind, print, type DocumentNode } from "graphql";

/** One entry of a GraphQL response's `errors` array, as the Ascent api sends it. */
export interface AscentGraphQLErrorEntry {
  message: string;
  path?: ReadonlyArray<string | number>;
  extensions?: { code?: string; [key: string]: unknown };
}

/** The api answered with GraphQL errors (UNAUTHENTICATED, FORBIDDEN, BAD_USER_INPUT, ...). */
export class AscentGraphQLError extends Error {
  override readonly name = "AscentGraphQLError";
  /** The `extensions.code` of each error, in order; "UNKNOWN" where the server sent none. */
  readonly codes: readonly string[];

  constructor(
    readonly errors: readonly AscentGraphQLErrorEntry[],
    /** Whatever data came back alongside the errors (GraphQL allows partial results). */
    readonly data: unknown = null,
    readonly status?: number,
  ) {
    super(errors.map((error) => error.message).join("; ") || "GraphQL request failed");
    this.codes = errors.map((error) => error.extensions?.code ?? "UNKNOWN");
  }

  hasCode(code: string): boolean {
    return this.codes.includes(code);
  }
}

/** The server answered with something that is not a GraphQL response (a proxy error page, say). */
export class AscentResponseError extends Error {
  override readonly name = "AscentResponseError";

  constructor(
    readonly status: number,
    readonly body: string,
  ) {
    super(`The Ascent api answered HTTP ${status} without a GraphQL response`);
  }
}

export interface AscentClientOptions {
  /** The api's GraphQL endpoint, e.g. https://ascent.example.nhs.uk/graphql */
  url: string;
  /** A partner API token; sent as `Authorization: Bearer <token>`. */
  token?: string;
  /** Defaults to the global fetch; pass one to add retries, proxies or test doubles. */
  fetch?: typeof globalThis.fetch;
  /** Extra headers sent with every request. */
  headers?: Record<string, string>;
}

/** Operations without variables may omit the argument; all others must pass it. */
type VariablesArgument<TVariables> = [TVariables] extends [Record<string, never>]
  ? [variables?: TVariables]
  : [variables: TVariables];

export interface AscentClient {
  request<TResult, TVariables>(
    document: TypedDocumentNode<TResult, TVariables>,
    ...variables: VariablesArgument<TVariables>
  ): Promise<TResult>;
}

interface GraphQLResponseBody {
  data?: unknown;
  errors?: AscentGraphQLErrorEntry[];
}

function operationNameOf(document: DocumentNode): string | undefined {
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION) return definition.name?.value;
  }
  return undefined;
}

function isGraphQLResponseBody(value: unknown): value is GraphQLResponseBody {
  return typeof value === "object" && value !== null && ("data" in value || "errors" in value);
}

/**
 * A minimal typed client for partners' TypeScript code:
 *
 *   const ascent = createAscentClient({ url, token: process.env.ASCENT_TOKEN });
 *   const { organisations } = await ascent.request(organisationsQuery, { first: 10 });
 */
export function createAscentClient(options: AscentClientOptions): AscentClient {
  const fetchImplementation = options.fetch ?? globalThis.fetch;
  const headers: Record<string, string> = {
    "content-type": "application/json",
    accept: "application/graphql-response+json, application/json",
    ...options.headers,
  };
  if (options.token) headers.authorization = `Bearer ${options.token}`;

  return {
    async request<TResult, TVariables>(
      document: TypedDocumentNode<TResult, TVariables>,
      ...[variables]: VariablesArgument<TVariables>
    ): Promise<TResult> {
      const response = await fetchImplementation(options.url, {
        method: "POST",
        headers,
        body: JSON.stringify({
          query: print(document),
          operationName: operationNameOf(document),
          variables: variables ?? {},
        }),
      });
      const text = await response.text();
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        throw new AscentResponseError(response.status, text);
      }
      if (!isGraphQLResponseBody(body)) throw new AscentResponseError(response.status, text);
      if (body.errors && body.errors.length > 0) {
        throw new AscentGraphQLError(body.errors, body.data ?? null, response.status);
      }
      if (body.data === undefined || body.data === null) throw new AscentResponseError(response.status, text);
      return body.data as TResult;
    },
  };
}
