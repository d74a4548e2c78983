import { cacheExchange, Client, fetchExchange, mapExchange } from "urql";
import { hasErrorCode } from "../lib/graphqlErrors";

/**
 * Set on an operation's context when an UNAUTHENTICATED answer is expected and
 * handled by the caller (the "who is signed in?" probe), so it does not
 * trigger a session restart loop.
 */
export const HANDLES_UNAUTHENTICATED = "handlesUnauthenticated";

export interface UrqlClientOptions {
  /** Called when the api says the session is missing or has expired. */
  onUnauthenticated: () => void;
}

export function createUrqlClient({ onUnauthenticated }: UrqlClientOptions): Client {
  return new Client({
    // Same-origin: the dev server (and production's reverse proxy) forward /graphql to the api, so the session cookie just works.
    url: "/graphql",
    // Apollo's CSRF prevention rejects simple GET requests; POST with a JSON body passes.
    preferGetMethod: false,
    fetchOptions: { credentials: "same-origin" },
    requestPolicy: "cache-first",
    exchanges: [
      cacheExchange,
      mapExchange({
        onError(error, operation) {
          if (operation.context[HANDLES_UNAUTHENTICATED]) return;
          if (hasErrorCode(error, "UNAUTHENTICATED")) onUnauthenticated();
        },
      }),
      fetchExchange,
    ],
  });
}
