import { type AnyVariables, type Client, createRequest, type DocumentInput } from "urql";
import { HANDLES_UNAUTHENTICATED } from "./sessionContext";

/*
 * Queries a page needs that depend only on its address can start before the
 * page renders: from its route's `lazy`, alongside the viewer query and the
 * download of the page's code, on the first session's client (set by
 * app/GraphQLClientProvider). The answer waits in that client's cache.
 */

let firstSessionClient: Client | undefined;
const started = new Map<number, number>();

/** Called once with the first session's client. */
export function setEarlyQueryClient(client: Client): void {
  firstSessionClient = client;
}

/** Starts `query` now, before its page has rendered. A sign-in or permission error is left to the page to meet again. */
export function startQueryEarly<Data, Variables extends AnyVariables>(query: DocumentInput<Data, Variables>, variables: Variables): void {
  if (!firstSessionClient) return;
  started.set(createRequest(query, variables).key, performance.now());
  void firstSessionClient.query(query, variables, { [HANDLES_UNAUTHENTICATED]: true }).toPromise();
}

/**
 * "cache-first" when the same query and variables were started early within
 * the last `withinMs` (the answer is as fresh as a new request would be, so a
 * "cache-and-network" page need not ask twice), `otherwise` else.
 */
export function policyAfterEarlyStart<Data, Variables extends AnyVariables>(
  query: DocumentInput<Data, Variables>,
  variables: Variables,
  otherwise: "cache-and-network" | "network-only",
  withinMs = 10_000,
): "cache-first" | "cache-and-network" | "network-only" {
  const at = started.get(createRequest(query, variables).key);
  return at !== undefined && performance.now() - at < withinMs ? "cache-first" : otherwise;
}
