import { ApiErrorCode } from "@ascent/domain";
import { cacheExchange, Client, fetchExchange, mapExchange } from "urql";
import { fetchWithEarlyAnswers } from "../lib/earlyGraphql";
import { hasErrorCode } from "../lib/graphqlErrors";
import { HANDLES_UNAUTHENTICATED } from "../lib/sessionContext";

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
    // A query index.html already sent for this address (earlyGraphql.ts) is answered from there, once.
    fetch: fetchWithEarlyAnswers,
    requestPolicy: "cache-first",
    exchanges: [
      cacheExchange,
      mapExchange({
        onError(error, operation) {
          if (operation.context[HANDLES_UNAUTHENTICATED]) return;
          if (hasErrorCode(error, ApiErrorCode.UNAUTHENTICATED)) onUnauthenticated();
        },
      }),
      fetchExchange,
    ],
  });
}
