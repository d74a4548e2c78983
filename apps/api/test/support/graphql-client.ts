import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { Kind, print, type DocumentNode } from "graphql";

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  headers: Headers;
  data?: T;
  errors?: Array<{ message: string; path?: string[]; extensions?: { code?: string; [key: string]: unknown } }>;
  extensions?: Record<string, unknown>;
}

/** Variables may be left out when none is required. */
type VariablesArgument<V> = [Record<string, never>] extends [V] ? [variables?: V] : [variables: V];

const operationNameOf = (document: DocumentNode) =>
  document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION)?.name?.value;

/**
 * A caller over real HTTP that keeps its cookies, like a browser would.
 *
 * Tests send the console's and partners' own typed operations from @ascent/client (add one to
 * packages/client/src/operations/<feature>.ts if it is missing), so results are typed and the api is
 * tested with what its clients really send. A query string is for what no client would write on
 * purpose: malformed or hand-crafted queries (fuzz, limits, authorization probes, error cases, introspection).
 */
export class GraphQLClient {
  private cookies = new Map<string, string>();

  constructor(private readonly url: string, private readonly headers: Record<string, string> = {}) {}

  request<R, V>(document: TypedDocumentNode<R, V>, ...variables: VariablesArgument<V>): Promise<GraphQLResponse<R>>;
  request<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, extraHeaders?: Record<string, string>): Promise<GraphQLResponse<T>>;
  request(query: string | DocumentNode, variables?: unknown, extraHeaders: Record<string, string> = {}): Promise<GraphQLResponse> {
    return this.send(query, variables, extraHeaders);
  }

  /** The data, or a failed test naming the errors. */
  data<R, V>(document: TypedDocumentNode<R, V>, ...variables: VariablesArgument<V>): Promise<R>;
  data<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<T>;
  async data(query: string | DocumentNode, variables?: unknown): Promise<unknown> {
    const response = await this.send(query, variables, {});
    if (response.errors?.length || !response.data) throw new Error(`GraphQL errors: ${JSON.stringify(response.errors)}`);
    return response.data;
  }

  private async send(query: string | DocumentNode, variables: unknown, extraHeaders: Record<string, string>): Promise<GraphQLResponse> {
    const body = typeof query === "string" ? { query, variables } : { query: print(query), operationName: operationNameOf(query), variables };
    const response = await fetch(this.url, {
      method: "POST",
      headers: { "content-type": "application/json", ...this.cookieHeader(), ...this.headers, ...extraHeaders },
      body: JSON.stringify(body),
    });
    this.remember(response.headers);
    const answer = (await response.json()) as Omit<GraphQLResponse, "status" | "headers">;
    return { status: response.status, headers: response.headers, ...answer };
  }

  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  setCookie(name: string, value: string) {
    this.cookies.set(name, value);
  }

  private cookieHeader(): Record<string, string> {
    if (this.cookies.size === 0) return {};
    return { cookie: [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ") };
  }

  private remember(headers: Headers) {
    for (const line of headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(";");
      const [name, value] = pair.split("=");
      const expired = attributes.some((a) => /^\s*expires=/i.test(a) && new Date(a.split("=")[1]).getTime() <= Date.now());
      if (expired || value === "") this.cookies.delete(name.trim());
      else this.cookies.set(name.trim(), value);
    }
  }
}
